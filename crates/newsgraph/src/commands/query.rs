use std::process::ExitCode;

#[derive(clap::Args)]
pub struct EventsArgs {}
#[derive(clap::Args)]
pub struct SearchArgs {}
#[derive(clap::Args)]
pub struct ActorsArgs {}
#[derive(clap::Args)]
pub struct TimelineArgs {}

pub fn events(_a: EventsArgs) -> anyhow::Result<ExitCode> {
    Err(super::not_built("events"))
}
pub fn search(_a: SearchArgs) -> anyhow::Result<ExitCode> {
    Err(super::not_built("search"))
}
pub fn actors(_a: ActorsArgs) -> anyhow::Result<ExitCode> {
    Err(super::not_built("actors"))
}
pub fn timeline(_a: TimelineArgs) -> anyhow::Result<ExitCode> {
    Err(super::not_built("timeline"))
}
