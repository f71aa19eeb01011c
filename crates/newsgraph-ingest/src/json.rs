//! JSON and JSONL records: one object per article with `title`, `body` (or `text`), `published`,
//! `url`, `source` and `id`; other fields are ignored.
//!
//! **Invariant:** a record becomes an article only with a non-empty body; every present field of
//! the wrong type is an error naming that field, never silently dropped.

use crate::error::{Problem, json_kind};
use newsgraph_text::{Article, Published};
use serde_json::{Map, Value};

/// Builds an article from one JSON record.
pub(crate) fn article_from_record(record: Value) -> Result<Article, Problem> {
    let Value::Object(fields) = record else {
        return Err(Problem::NotAnObject {
            found: json_kind(&record),
        });
    };
    let title = string_field(&fields, "title")?;
    let body = match string_field(&fields, "body")? {
        Some(b) if !b.trim().is_empty() => b,
        _ => string_field(&fields, "text")?.unwrap_or_default(),
    };
    if body.trim().is_empty() {
        return Err(Problem::NoBody);
    }
    let id = match fields.get("id") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s.clone()),
        // Numeric ids are common in exports; their decimal form is the id.
        Some(Value::Number(n)) => Some(n.to_string()),
        Some(other) => {
            return Err(Problem::FieldType {
                field: "id",
                found: json_kind(other),
                expected: "string or number",
            });
        }
    };
    let published = match string_field(&fields, "published")? {
        Some(s) if !s.trim().is_empty() => Some(Published::parse(s).map_err(Problem::BadDate)?),
        _ => None,
    };
    let mut article = Article::new(id, title, body);
    article.published = published;
    article.url = string_field(&fields, "url")?
        .filter(|s| !s.trim().is_empty())
        .map(|s| s.trim().to_string());
    article.source = string_field(&fields, "source")?
        .filter(|s| !s.trim().is_empty())
        .map(|s| s.trim().to_string());
    Ok(article)
}

/// A field that must be a string when present; `null` counts as absent.
fn string_field<'a>(
    fields: &'a Map<String, Value>,
    field: &'static str,
) -> Result<Option<&'a str>, Problem> {
    match fields.get(field) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(other) => Err(Problem::FieldType {
            field,
            found: json_kind(other),
            expected: "string",
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn record_fields_become_article_fields() {
        let a = article_from_record(json!({
            "id": 42, "title": "Talks in Sochi", "body": "Pompeo met Lavrov.",
            "published": "2019-05-14", "url": "https://example.org/x", "source": "Wire",
            "section": "ignored"
        }))
        .unwrap();
        assert_eq!(a.id, "42");
        assert_eq!(a.text(), "Talks in Sochi\nPompeo met Lavrov.");
        assert_eq!(a.published.unwrap().to_string(), "2019-05-14");
        assert_eq!(a.url.as_deref(), Some("https://example.org/x"));
        assert_eq!(a.source.as_deref(), Some("Wire"));
    }

    #[test]
    fn text_is_the_body_when_body_is_missing() {
        let a = article_from_record(json!({"text": "Protesters marched."})).unwrap();
        assert_eq!(a.title, None);
        assert_eq!(a.body(), "Protesters marched.");
    }

    #[test]
    fn bad_records_name_the_problem() {
        assert!(matches!(
            article_from_record(json!({"title": "Only a title"})),
            Err(Problem::NoBody)
        ));
        assert!(matches!(
            article_from_record(json!(["a"])),
            Err(Problem::NotAnObject { found: "array" })
        ));
        let e = article_from_record(json!({"body": "B", "title": 3})).unwrap_err();
        assert_eq!(
            e.to_string(),
            "has \"title\" as a JSON number: make it a string"
        );
        let e = article_from_record(json!({"body": "B", "published": "last week"})).unwrap_err();
        assert!(e.to_string().contains("YYYY-MM-DD"));
    }
}
