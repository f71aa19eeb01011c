//! Language identification, so that only articles in a language the pipeline handles are
//! extracted.
//!
//! **Invariant:** a language is named only when the identifier is confident; short or mixed text
//! gets `None`, never a guess, and callers treat `None` as "not known to be foreign".

/// Fewer letters than this say too little about a language.
const MIN_LETTERS: usize = 20;

/// The ISO 639-1 code of the text's language, when whatlang is confident of it.
pub fn identify(text: &str) -> Option<String> {
    let sample: String = text.chars().take(2000).collect();
    if sample.chars().filter(|c| c.is_alphabetic()).count() < MIN_LETTERS {
        return None;
    }
    let info = whatlang::detect(&sample)?;
    // whatlang's own flag is strict on one-sentence texts (a plain English sentence scored 0.64
    // and "unreliable"); a confidence of one half already separates languages well.
    if !info.is_reliable() && info.confidence() < 0.5 {
        return None;
    }
    let code3 = info.lang().code();
    Some(iso639_1(code3).unwrap_or(code3).to_string())
}

/// ISO 639-3 → 639-1 for the languages whatlang knows that have a two-letter code.
fn iso639_1(code3: &str) -> Option<&'static str> {
    Some(match code3 {
        "eng" => "en",
        "fra" => "fr",
        "deu" => "de",
        "spa" => "es",
        "por" => "pt",
        "ita" => "it",
        "nld" => "nl",
        "rus" => "ru",
        "ukr" => "uk",
        "pol" => "pl",
        "ces" => "cs",
        "slk" => "sk",
        "slv" => "sl",
        "hrv" => "hr",
        "srp" => "sr",
        "bul" => "bg",
        "ron" => "ro",
        "hun" => "hu",
        "fin" => "fi",
        "swe" => "sv",
        "dan" => "da",
        "nob" => "nb",
        "est" => "et",
        "lav" => "lv",
        "lit" => "lt",
        "ell" => "el",
        "tur" => "tr",
        "ara" => "ar",
        "heb" => "he",
        "pes" => "fa",
        "urd" => "ur",
        "hin" => "hi",
        "ben" => "bn",
        "tam" => "ta",
        "tel" => "te",
        "mar" => "mr",
        "guj" => "gu",
        "kan" => "kn",
        "mal" => "ml",
        "pan" => "pa",
        "cmn" => "zh",
        "jpn" => "ja",
        "kor" => "ko",
        "vie" => "vi",
        "tha" => "th",
        "ind" => "id",
        "tgl" => "tl",
        "swa" => "sw",
        "afr" => "af",
        "cat" => "ca",
        "epo" => "eo",
        "bel" => "be",
        "kat" => "ka",
        "hye" => "hy",
        "aze" => "az",
        "uzb" => "uz",
        "yid" => "yi",
        "lat" => "la",
        "zul" => "zu",
        "amh" => "am",
        "sna" => "sn",
        "nep" => "ne",
        "sin" => "si",
        "khm" => "km",
        "mya" => "my",
        "ori" => "or",
        "mkd" => "mk",
        "tuk" => "tk",
        "jav" => "jv",
        "aka" => "ak",
        "cym" => "cy",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_and_french_news_are_told_apart() {
        assert_eq!(
            identify("Protesters clashed with police in Nairobi on Tuesday after parliament passed a finance bill.").as_deref(),
            Some("en")
        );
        assert_eq!(
            identify("Les manifestants se sont heurtés à la police mardi à Nairobi après le vote du budget par le parlement.").as_deref(),
            Some("fr")
        );
    }

    #[test]
    fn too_little_text_is_not_named() {
        assert_eq!(identify("OK"), None);
        assert_eq!(identify(""), None);
    }
}
