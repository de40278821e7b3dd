//! What each registered enhanced status code means: the IANA "SMTP Enhanced
//! Status Codes" registry (RFC 3463, 3886, 4468, 4954, 5248, 6531, 6710,
//! 7293, 7372, 7505, 8617, 8689), in our own words: English always, other
//! languages with the crate's `lang-*` features.
//!
//! One table per subject, indexed by detail: every subject's details run
//! from 0 without gaps, so a lookup is two bounds checks and a load. (The
//! perfect hash of the code enums would add nothing to such a dense key.)

use crate::Language;

#[cfg(feature = "lang-de")]
mod de;
mod en;
#[cfg(feature = "lang-es")]
mod es;
#[cfg(feature = "lang-fr")]
mod fr;
#[cfg(feature = "lang-it")]
mod it;
#[cfg(feature = "lang-ru")]
mod ru;

/// The tables of one language: by subject, then by detail.
type Tables = [&'static [&'static str]; 8];

/// The tables of `language`, if they are in this build.
const fn tables(language: Language) -> Option<&'static Tables> {
    match language {
        Language::English => Some(&en::SUBJECTS),
        #[cfg(feature = "lang-es")]
        Language::Spanish => Some(&es::SUBJECTS),
        #[cfg(feature = "lang-fr")]
        Language::French => Some(&fr::SUBJECTS),
        #[cfg(feature = "lang-de")]
        Language::German => Some(&de::SUBJECTS),
        #[cfg(feature = "lang-it")]
        Language::Italian => Some(&it::SUBJECTS),
        #[cfg(feature = "lang-ru")]
        Language::Russian => Some(&ru::SUBJECTS),
        #[allow(unreachable_patterns)]
        _ => None,
    }
}

const fn lookup(tables: &'static Tables, subject: u16, detail: u16) -> Option<&'static str> {
    let (subject, detail) = (subject as usize, detail as usize);
    if subject < tables.len() && detail < tables[subject].len() {
        Some(tables[subject][detail])
    } else {
        None
    }
}

/// What `X.subject.detail` means in English, if the registry lists it.
pub(crate) const fn description(subject: u16, detail: u16) -> Option<&'static str> {
    lookup(&en::SUBJECTS, subject, detail)
}

/// What `X.subject.detail` means in `language`, if the registry lists it
/// and this build has the language.
pub(crate) const fn translated(
    language: Language,
    subject: u16,
    detail: u16,
) -> Option<&'static str> {
    match tables(language) {
        Some(tables) => lookup(tables, subject, detail),
        None => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every language in the build has a text for every registered code,
    /// no more, and no text twice.
    #[test]
    fn every_language_has_the_shape_of_english() {
        for language in Language::ALL {
            let Some(tables) = tables(language) else {
                continue;
            };
            let mut seen = std::vec::Vec::new();
            for (subject, details) in en::SUBJECTS.iter().enumerate() {
                assert_eq!(
                    tables[subject].len(),
                    details.len(),
                    "{language} X.{subject}"
                );
                for text in tables[subject] {
                    assert!(!text.trim().is_empty());
                    assert!(!seen.contains(text), "{language}: {text}");
                    seen.push(*text);
                }
            }
        }
    }

    /// Each language's tables are in the build exactly when its feature is.
    #[test]
    fn languages_follow_their_features() {
        for (language, present) in crate::language::in_build() {
            assert_eq!(translated(language, 1, 1).is_some(), present, "{language}");
        }
    }
}
