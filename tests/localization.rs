//! Descriptions in six languages: `SmtpStatusCode` in all of them (this
//! crate turns on `all-languages`), user enums with partial translations,
//! and language tags.

use smtp_status::{Language, ParseLanguageError, Reason, SmtpCodes, SmtpStatusCode};
use std::collections::HashSet;

#[path = "support/registered.rs"]
mod registered;
use registered::REGISTERED;

#[test]
fn every_documented_code_is_described_in_every_language() {
    for language in Language::ALL {
        let mut seen = HashSet::new();
        for code in SmtpStatusCode::ALL {
            assert!(code.has_description_in(language), "{code:?} in {language}");
            let text = code.description_in(language);
            assert!(!text.trim().is_empty(), "{code:?} in {language}");
            assert!(seen.insert(text), "{code:?} repeats {text:?} in {language}");
            if language != Language::English {
                assert_ne!(
                    text,
                    code.description(),
                    "{code:?} in {language} is English"
                );
            }
        }
    }
    assert_eq!(
        SmtpStatusCode::Ok.description_in(Language::English),
        SmtpStatusCode::Ok.description()
    );
}

#[test]
fn texts_are_in_their_language() {
    // A word each translation of 550 must use: the mailbox, in its language.
    let mailbox = [
        (Language::Spanish, "buzón"),
        (Language::French, "boîte aux lettres"),
        (Language::German, "Postfach"),
        (Language::Italian, "casella di posta"),
        (Language::Russian, "почтовый ящик"),
    ];
    for (language, word) in mailbox {
        let text = SmtpStatusCode::MailboxUnavailable.description_in(language);
        assert!(text.contains(word), "{language}: {text}");
    }
}

#[test]
fn every_registered_enhanced_code_is_described_in_every_language() {
    use smtp_status::EnhancedStatusCode;
    for language in Language::ALL {
        let mut seen = HashSet::new();
        for (subject, highest) in REGISTERED {
            for detail in 0..=highest {
                let code = EnhancedStatusCode::new(5, subject, detail).unwrap();
                assert!(code.has_description_in(language), "{code} in {language}");
                let text = code.description_in(language).unwrap();
                assert!(seen.insert(text), "{code} repeats {text:?} in {language}");
                if language != Language::English {
                    assert_ne!(Some(text), code.description(), "{code} in {language}");
                }
            }
        }
        let unregistered = EnhancedStatusCode::new(5, 7, 99).unwrap();
        assert_eq!(unregistered.description_in(language), None);
        assert!(!unregistered.has_description_in(language));
    }
    let full = EnhancedStatusCode::new(4, 2, 2).unwrap();
    assert_eq!(
        full.description_in(Language::German),
        Some("Das Postfach ist voll.")
    );
    assert_eq!(
        full.description_in(Language::Russian),
        Some("Почтовый ящик переполнен.")
    );
}

/// A user enum translated in part.
#[derive(SmtpCodes, Debug, Clone, Copy, PartialEq, Eq)]
enum Partial {
    /// Accepted.
    #[smtp(code = 250, localized(de = "Angenommen.", fr = "Accepté."))]
    Accepted,
    /// Try again later.
    #[smtp(code = 451, localized(de = "Später erneut versuchen."))]
    Later,
    /// No translation at all.
    #[smtp(code = 550)]
    Refused,
}

#[test]
fn partial_translations_fall_back_to_english() {
    assert_eq!(
        Partial::Accepted.description_in(Language::German),
        "Angenommen."
    );
    assert_eq!(
        Partial::Accepted.description_in(Language::French),
        "Accepté."
    );
    assert_eq!(
        Partial::Later.description_in(Language::French),
        "Try again later."
    );
    assert_eq!(
        Partial::Refused.description_in(Language::German),
        "No translation at all."
    );
    assert_eq!(
        Partial::Accepted.description_in(Language::Russian),
        "Accepted."
    );
    assert!(Partial::Later.has_description_in(Language::German));
    assert!(!Partial::Later.has_description_in(Language::French));
    assert!(Partial::Refused.has_description_in(Language::English));
    assert_eq!(
        Partial::Later.translated_description(Language::Italian),
        None
    );
}

#[test]
fn language_tags() {
    let cases = [
        ("de", Ok(Language::German)),
        ("DE", Ok(Language::German)),
        ("de-CH", Ok(Language::German)),
        ("de-Latn-CH-1996", Ok(Language::German)),
        ("Ru-ru", Ok(Language::Russian)),
        ("es-419", Ok(Language::Spanish)),
        ("en-GB", Ok(Language::English)),
        ("pt-BR", Err(ParseLanguageError::Unsupported)),
        ("zh", Err(ParseLanguageError::Unsupported)),
        ("", Err(ParseLanguageError::Malformed)),
        ("d", Err(ParseLanguageError::Malformed)),
        ("d3", Err(ParseLanguageError::Malformed)),
        ("de-", Err(ParseLanguageError::Malformed)),
        ("de_CH", Err(ParseLanguageError::Malformed)),
        ("de-CH!", Err(ParseLanguageError::Malformed)),
        ("de-toolongsubtag", Err(ParseLanguageError::Malformed)),
        ("deutsch-de", Err(ParseLanguageError::Unsupported)),
        ("ру", Err(ParseLanguageError::Malformed)),
    ];
    for (tag, expected) in cases {
        assert_eq!(tag.parse::<Language>(), expected, "{tag:?}");
    }
    for language in Language::ALL {
        assert_eq!(language.to_string().parse(), Ok(language));
        assert!(!language.name().is_empty());
    }
    assert!(ParseLanguageError::Unsupported
        .to_string()
        .contains("en, es, fr, de, it and ru"));
}

#[test]
fn posix_locales() {
    assert_eq!(Language::from_locale("de_DE.UTF-8"), Ok(Language::German));
    assert_eq!(Language::from_locale("it_IT"), Ok(Language::Italian));
    assert_eq!(Language::from_locale("fr.UTF-8"), Ok(Language::French));
    assert_eq!(Language::from_locale("ru_RU@ruble"), Ok(Language::Russian));
    assert_eq!(
        Language::from_locale("C"),
        Err(ParseLanguageError::Malformed)
    );
    assert_eq!(
        Language::from_locale("POSIX"),
        Err(ParseLanguageError::Unsupported)
    );
    assert_eq!(
        Language::from_locale(""),
        Err(ParseLanguageError::Malformed)
    );
}

#[test]
fn every_bounce_reason_is_described_in_every_language() {
    for language in Language::ALL {
        let mut seen = HashSet::new();
        for reason in Reason::ALL {
            let text = reason.translated_description(language);
            assert_eq!(
                text,
                Some(reason.description_in(language)),
                "{reason} in {language}"
            );
            let text = reason.description_in(language);
            assert!(
                text.ends_with('.') && text.len() > 10,
                "{reason} in {language}: {text:?}"
            );
            assert!(seen.insert(text), "{reason} repeats {text:?} in {language}");
            if language != Language::English {
                assert_ne!(
                    text,
                    reason.description(),
                    "{reason} in {language} is English"
                );
            }
        }
    }
    // The full mailbox, in each language's own word for it.
    for (language, word) in [
        (Language::English, "mailbox"),
        (Language::Spanish, "buzón"),
        (Language::French, "boîte aux lettres"),
        (Language::German, "Postfach"),
        (Language::Italian, "casella"),
        (Language::Russian, "ящик"),
    ] {
        let text = Reason::MailboxFull.description_in(language);
        assert!(text.contains(word), "{language}: {text}");
    }
}
