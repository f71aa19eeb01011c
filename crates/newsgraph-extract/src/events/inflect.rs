//! English inflection generation for lexicon lemmas: one lexicon entry (`arrest`, `hold talk`)
//! covers every form a text may show (`arrests`, `arrested`, `arresting`; `talks`).
//!
//! **Invariant:** generation only; the generated forms always include the lemma itself, and
//! irregular forms come from the table here, never from guessing at run time.

/// Irregular verbs: lemma, past, past participle.
const IRREGULAR_VERBS: &[(&str, &str, &str)] = &[
    ("arise", "arose", "arisen"),
    ("bear", "bore", "borne"),
    ("beat", "beat", "beaten"),
    ("become", "became", "become"),
    ("begin", "began", "begun"),
    ("bid", "bid", "bid"),
    ("bind", "bound", "bound"),
    ("blow", "blew", "blown"),
    ("break", "broke", "broken"),
    ("bring", "brought", "brought"),
    ("broadcast", "broadcast", "broadcast"),
    ("build", "built", "built"),
    ("burn", "burnt", "burnt"),
    ("buy", "bought", "bought"),
    ("cast", "cast", "cast"),
    ("catch", "caught", "caught"),
    ("choose", "chose", "chosen"),
    ("come", "came", "come"),
    ("cut", "cut", "cut"),
    ("deal", "dealt", "dealt"),
    ("do", "did", "done"),
    ("draw", "drew", "drawn"),
    ("drive", "drove", "driven"),
    ("fall", "fell", "fallen"),
    ("feel", "felt", "felt"),
    ("fight", "fought", "fought"),
    ("find", "found", "found"),
    ("flee", "fled", "fled"),
    ("fly", "flew", "flown"),
    ("forbid", "forbade", "forbidden"),
    ("forgive", "forgave", "forgiven"),
    ("freeze", "froze", "frozen"),
    ("get", "got", "gotten"),
    ("give", "gave", "given"),
    ("go", "went", "gone"),
    ("grind", "ground", "ground"),
    ("hang", "hanged", "hung"),
    ("have", "had", "had"),
    ("hear", "heard", "heard"),
    ("hide", "hid", "hidden"),
    ("hit", "hit", "hit"),
    ("hold", "held", "held"),
    ("hurt", "hurt", "hurt"),
    ("keep", "kept", "kept"),
    ("lay", "laid", "laid"),
    ("lead", "led", "led"),
    ("leave", "left", "left"),
    ("lend", "lent", "lent"),
    ("let", "let", "let"),
    ("lose", "lost", "lost"),
    ("make", "made", "made"),
    ("meet", "met", "met"),
    ("mislead", "misled", "misled"),
    ("overrun", "overran", "overrun"),
    ("oversee", "oversaw", "overseen"),
    ("overthrow", "overthrew", "overthrown"),
    ("pay", "paid", "paid"),
    ("put", "put", "put"),
    ("quit", "quit", "quit"),
    ("read", "read", "read"),
    ("rebuild", "rebuilt", "rebuilt"),
    ("ride", "rode", "ridden"),
    ("rise", "rose", "risen"),
    ("run", "ran", "run"),
    ("say", "said", "said"),
    ("see", "saw", "seen"),
    ("seek", "sought", "sought"),
    ("sell", "sold", "sold"),
    ("send", "sent", "sent"),
    ("set", "set", "set"),
    ("shake", "shook", "shaken"),
    ("shed", "shed", "shed"),
    ("shoot", "shot", "shot"),
    ("shut", "shut", "shut"),
    ("sink", "sank", "sunk"),
    ("slay", "slew", "slain"),
    ("speak", "spoke", "spoken"),
    ("spend", "spent", "spent"),
    ("split", "split", "split"),
    ("spread", "spread", "spread"),
    ("stand", "stood", "stood"),
    ("steal", "stole", "stolen"),
    ("stick", "stuck", "stuck"),
    ("strike", "struck", "struck"),
    ("swear", "swore", "sworn"),
    ("take", "took", "taken"),
    ("teach", "taught", "taught"),
    ("tear", "tore", "torn"),
    ("tell", "told", "told"),
    ("think", "thought", "thought"),
    ("throw", "threw", "thrown"),
    ("undertake", "undertook", "undertaken"),
    ("retake", "retook", "retaken"),
    ("uphold", "upheld", "upheld"),
    ("wage", "waged", "waged"),
    ("wear", "wore", "worn"),
    ("win", "won", "won"),
    ("withdraw", "withdrew", "withdrawn"),
    ("withhold", "withheld", "withheld"),
    ("write", "wrote", "written"),
];

/// Verbs whose final consonant doubles before -ed/-ing although they have two syllables, or one
/// syllable of more than four letters, which the consonant-vowel-consonant rule does not reach
/// ("stripped of their citizenship", "scrapped the deal").
const DOUBLING: &[&str] = &[
    "strip", "scrap", "admit", "commit", "permit", "submit", "omit", "acquit", "regret", "refer",
    "prefer", "occur", "compel", "expel", "repel", "propel", "control", "patrol", "equip",
    "transfer", "deter", "rebut", "embed", "abet", "outstrip", "kidnap", "worship", "handicap",
    "confer", "infer",
];

const IRREGULAR_NOUNS: &[(&str, &str)] = &[
    ("man", "men"),
    ("woman", "women"),
    ("child", "children"),
    ("person", "people"),
    ("crisis", "crises"),
    ("analysis", "analyses"),
    ("thesis", "theses"),
];

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

/// Whether a regular verb doubles its last consonant (`ban` → `banned`, `admit` → `admitted`).
fn doubles(lemma: &str) -> bool {
    if DOUBLING.contains(&lemma) {
        return true;
    }
    let c: Vec<char> = lemma.chars().collect();
    let n = c.len();
    // Short consonant-vowel-consonant verbs: ban, plan, stop, rob, bar, jail is not (two vowels).
    (3..=4).contains(&n)
        && !is_vowel(c[n - 1])
        && !matches!(c[n - 1], 'w' | 'x' | 'y')
        && is_vowel(c[n - 2])
        && !is_vowel(c[n - 3])
        && c[..n - 2].iter().filter(|&&ch| is_vowel(ch)).count() == 0
}

fn sibilant(lemma: &str) -> bool {
    ["s", "x", "z", "ch", "sh"]
        .iter()
        .any(|e| lemma.ends_with(e))
}

fn consonant_y(lemma: &str) -> bool {
    let c: Vec<char> = lemma.chars().collect();
    c.len() >= 2 && c[c.len() - 1] == 'y' && !is_vowel(c[c.len() - 2])
}

/// Every form of a verb: lemma, third person singular, past, past participle, -ing form.
/// British and American spellings of -ise/-ize verbs are both generated.
pub fn verb_forms(lemma: &str) -> Vec<String> {
    let mut out = Vec::new();
    for l in spellings(lemma) {
        out.extend(regular_or_irregular_verb(&l));
    }
    out.sort();
    out.dedup();
    out
}

fn spellings(lemma: &str) -> Vec<String> {
    let mut v = vec![lemma.to_string()];
    if let Some(stem) = lemma.strip_suffix("ize") {
        v.push(format!("{stem}ise"));
    } else if let Some(stem) = lemma.strip_suffix("ise")
        && stem.len() >= 4
    {
        v.push(format!("{stem}ize"));
    }
    v
}

/// The past tense and past participle of a verb, in every spelling [`verb_forms`] generates
/// ("struck"; "shot"; "cut", the lemma itself): the forms that make a clause's verb in news copy
/// and that a tagger may still read as a noun or an adjective.
pub fn past_forms(lemma: &str) -> Vec<String> {
    let mut out = Vec::new();
    for l in spellings(lemma) {
        out.extend(past_and_participle(&l));
    }
    out.sort();
    out.dedup();
    out
}

fn regular_or_irregular_verb(lemma: &str) -> Vec<String> {
    let mut out = vec![lemma.to_string()];
    let third = if sibilant(lemma) || lemma.ends_with('o') {
        format!("{lemma}es")
    } else if consonant_y(lemma) {
        format!("{}ies", &lemma[..lemma.len() - 1])
    } else {
        format!("{lemma}s")
    };
    out.push(third);
    let ing = if let Some(stem) = lemma.strip_suffix("ie") {
        format!("{stem}ying")
    } else if lemma.ends_with('e') && !lemma.ends_with("ee") && lemma.len() > 2 {
        format!("{}ing", &lemma[..lemma.len() - 1])
    } else if doubles(lemma) {
        format!("{lemma}{}ing", &lemma[lemma.len() - 1..])
    } else {
        format!("{lemma}ing")
    };
    out.push(ing);
    // British copy doubles a final "l" after one vowel where American does not: "travelling"
    // beside "traveling" (the past forms are in [`past_and_participle`]).
    if british_l_doubling(lemma) && IRREGULAR_VERBS.iter().all(|(l, _, _)| *l != lemma) {
        out.push(format!("{lemma}ling"));
    }
    out.extend(past_and_participle(lemma));
    out
}

fn past_and_participle(lemma: &str) -> Vec<String> {
    if let Some((_, past, part)) = IRREGULAR_VERBS.iter().find(|(l, _, _)| *l == lemma) {
        return vec![past.to_string(), part.to_string()];
    }
    let mut out = Vec::new();
    let ed = if lemma.ends_with('e') {
        format!("{lemma}d")
    } else if consonant_y(lemma) {
        format!("{}ied", &lemma[..lemma.len() - 1])
    } else if doubles(lemma) {
        format!("{lemma}{}ed", &lemma[lemma.len() - 1..])
    } else {
        format!("{lemma}ed")
    };
    out.push(ed);
    // British copy doubles a final "l" after one vowel where American does not: "cancelled",
    // "signalled" beside "canceled". Both spellings are news spelling.
    if british_l_doubling(lemma) {
        out.push(format!("{lemma}led"));
    }
    out
}

/// Whether a verb of two or more syllables ends in one vowel and "l" (cancel, travel, signal,
/// label), the verbs British spelling doubles; not "appeal" or "fail" (two vowels) nor a verb
/// that doubles in both spellings (expel, control: [`DOUBLING`]). An "-ial" ending is two
/// syllables, its "a" one vowel of its own: "initialled" beside "initialed".
fn british_l_doubling(lemma: &str) -> bool {
    let c: Vec<char> = lemma.chars().collect();
    let n = c.len();
    n >= 5
        && c[n - 1] == 'l'
        && is_vowel(c[n - 2])
        && (!is_vowel(c[n - 3]) || lemma.ends_with("ial"))
        && !DOUBLING.contains(&lemma)
}

/// A noun's singular and plural.
pub fn noun_forms(lemma: &str) -> Vec<String> {
    let mut out = vec![lemma.to_string()];
    if let Some((_, pl)) = IRREGULAR_NOUNS.iter().find(|(l, _)| *l == lemma) {
        out.push(pl.to_string());
    } else if sibilant(lemma) {
        out.push(format!("{lemma}es"));
    } else if consonant_y(lemma) {
        out.push(format!("{}ies", &lemma[..lemma.len() - 1]));
    } else if !lemma.ends_with('s') {
        out.push(format!("{lemma}s"));
    }
    out
}

/// The singular of a regular plural ("missiles" -> "missile", "casualties" -> "casualty",
/// "ambushes" -> "ambush"); `None` for a word that is not one ("gas", "crisis", "status").
pub fn singular(plural: &str) -> Option<String> {
    if let Some(stem) = plural.strip_suffix("ies") {
        return (!stem.is_empty()).then(|| format!("{stem}y"));
    }
    if let Some(stem) = plural.strip_suffix("es")
        && sibilant(stem)
    {
        return Some(stem.to_string());
    }
    let keeps_s = ["ss", "us", "is", "as", "os"]
        .iter()
        .any(|e| plural.ends_with(e));
    let stem = plural.strip_suffix('s').filter(|_| !keeps_s)?;
    (stem.len() > 1).then(|| stem.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn singulars_of_regular_plurals_only() {
        assert_eq!(singular("missiles").as_deref(), Some("missile"));
        assert_eq!(singular("casualties").as_deref(), Some("casualty"));
        assert_eq!(singular("ambushes").as_deref(), Some("ambush"));
        for word in ["gas", "crisis", "status", "s"] {
            assert_eq!(singular(word), None, "{word}");
        }
    }

    #[test]
    fn past_forms_are_the_past_tense_and_participle_only() {
        assert_eq!(past_forms("strike"), ["struck"]);
        assert_eq!(past_forms("bomb"), ["bombed"]);
        // A past the same as the lemma is a past all the same ("police cut the power").
        assert_eq!(past_forms("cut"), ["cut"]);
        assert_eq!(past_forms("cancel"), ["canceled", "cancelled"]);
        assert_eq!(past_forms("criticize"), ["criticised", "criticized"]);
        // Never the forms that are nouns as often: "strikes", "bombing".
        assert!(!past_forms("bomb").contains(&"bombing".to_string()));
        assert!(!past_forms("travel").contains(&"travelling".to_string()));
        assert!(verb_forms("travel").contains(&"travelling".to_string()));
    }

    #[test]
    fn regular_verbs() {
        assert_eq!(
            verb_forms("arrest"),
            ["arrest", "arrested", "arresting", "arrests"]
        );
        assert!(verb_forms("arrive").contains(&"arrived".to_string()));
        assert!(verb_forms("arrive").contains(&"arriving".to_string()));
        assert!(verb_forms("deny").contains(&"denies".to_string()));
        assert!(verb_forms("deny").contains(&"denied".to_string()));
        assert!(verb_forms("ban").contains(&"banned".to_string()));
        assert!(verb_forms("expel").contains(&"expelled".to_string()));
        assert!(verb_forms("accuse").contains(&"accuses".to_string()));
        // "visit" does not double: visited, not visitted.
        assert!(verb_forms("visit").contains(&"visited".to_string()));
        assert!(!verb_forms("visit").contains(&"visitted".to_string()));
        assert!(!verb_forms("jail").contains(&"jailled".to_string()));
        // One syllable but five letters: "stripped them of their citizenship".
        assert!(verb_forms("strip").contains(&"stripped".to_string()));
        // British and American copy: "Seoul cancelled the exercises", "canceled" in US copy;
        // "appealed" has two vowels before its "l" and never doubles.
        assert!(verb_forms("cancel").contains(&"cancelled".to_string()));
        assert!(verb_forms("cancel").contains(&"canceled".to_string()));
        assert!(!verb_forms("appeal").contains(&"appealled".to_string()));
        // "-ial" is two syllables: "the ministers initialled the treaty".
        assert!(verb_forms("initial").contains(&"initialled".to_string()));
        assert!(verb_forms("initial").contains(&"initialed".to_string()));
        assert!(!verb_forms("shoot").contains(&"shootted".to_string()));
    }

    #[test]
    fn irregular_verbs_and_spellings() {
        let meet = verb_forms("meet");
        assert!(meet.contains(&"met".to_string()) && meet.contains(&"meeting".to_string()));
        assert!(verb_forms("leave").contains(&"left".to_string()));
        assert!(verb_forms("criticize").contains(&"criticised".to_string()));
        assert!(verb_forms("criticise").contains(&"criticizes".to_string()));
    }

    #[test]
    fn nouns() {
        assert_eq!(noun_forms("talk"), ["talk", "talks"]);
        assert_eq!(noun_forms("sanction"), ["sanction", "sanctions"]);
        assert_eq!(noun_forms("ally"), ["ally", "allies"]);
        assert_eq!(noun_forms("crisis"), ["crisis", "crises"]);
    }
}
