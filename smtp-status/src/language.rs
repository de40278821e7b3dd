//! The languages that descriptions come in.

use core::fmt;
use core::str::FromStr;

/// A language that descriptions can be given in.
///
/// English is always there: it is the `description` of every code. Other
/// languages are there where a variant gives a text in them (for
/// `SmtpStatusCode`, with the crate's `lang-*` features).
///
/// Parses from a BCP 47 tag (`de`, `de-CH`, `pt-BR`: the primary subtag
/// decides, case-insensitively) or, with [`Language::from_locale`], from a
/// POSIX locale such as `LANG`'s `de_DE.UTF-8`.
///
/// ```
/// use smtp_status::{Language, ParseLanguageError};
///
/// assert_eq!("de-CH".parse(), Ok(Language::German));
/// assert_eq!("FR".parse(), Ok(Language::French));
/// assert_eq!("pt-BR".parse::<Language>(), Err(ParseLanguageError::Unsupported));
/// assert_eq!("d3".parse::<Language>(), Err(ParseLanguageError::Malformed));
/// assert_eq!(Language::from_locale("ru_RU.UTF-8"), Ok(Language::Russian));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Language {
    /// `en`.
    English,
    /// `es`.
    Spanish,
    /// `fr`.
    French,
    /// `de`.
    German,
    /// `it`.
    Italian,
    /// `ru`.
    Russian,
}

impl Language {
    /// Every language, English first.
    pub const ALL: [Language; 6] = [
        Language::English,
        Language::Spanish,
        Language::French,
        Language::German,
        Language::Italian,
        Language::Russian,
    ];

    /// The language's primary subtag, such as `"de"`.
    #[must_use]
    pub const fn tag(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Spanish => "es",
            Language::French => "fr",
            Language::German => "de",
            Language::Italian => "it",
            Language::Russian => "ru",
        }
    }

    /// The language's own name for itself, such as `"Deutsch"`.
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::Spanish => "español",
            Language::French => "français",
            Language::German => "Deutsch",
            Language::Italian => "italiano",
            Language::Russian => "русский",
        }
    }

    /// The language of a BCP 47 primary subtag, in any case.
    fn from_primary(subtag: &str) -> Option<Language> {
        Language::ALL
            .into_iter()
            .find(|language| language.tag().eq_ignore_ascii_case(subtag))
    }

    /// The language of a POSIX locale, as `LANG` or `LC_ALL` name it:
    /// `language[_TERRITORY][.codeset][@modifier]`. `C` and `POSIX` name no
    /// language, so they are errors.
    ///
    /// ```
    /// use smtp_status::Language;
    ///
    /// assert_eq!(Language::from_locale("de_AT.UTF-8@euro"), Ok(Language::German));
    /// assert!(Language::from_locale("C.UTF-8").is_err());
    /// ```
    pub fn from_locale(locale: &str) -> Result<Language, ParseLanguageError> {
        let end = locale.find(['_', '.', '@']).unwrap_or(locale.len());
        locale[..end].parse()
    }
}

impl FromStr for Language {
    type Err = ParseLanguageError;

    /// Parses a BCP 47 tag: a primary subtag of 2 to 8 ASCII letters, then
    /// any subtags of 1 to 8 letters or digits, each after a `-`.
    fn from_str(tag: &str) -> Result<Language, ParseLanguageError> {
        let mut subtags = tag.split('-');
        let primary = subtags.next().unwrap_or_default();
        let primary_ok = (2..=8).contains(&primary.len())
            && primary.bytes().all(|byte| byte.is_ascii_alphabetic());
        let rest_ok = subtags.all(|subtag| {
            (1..=8).contains(&subtag.len())
                && subtag.bytes().all(|byte| byte.is_ascii_alphanumeric())
        });
        if !primary_ok || !rest_ok {
            return Err(ParseLanguageError::Malformed);
        }
        Language::from_primary(primary).ok_or(ParseLanguageError::Unsupported)
    }
}

impl fmt::Display for Language {
    /// The primary subtag, such as `de`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

/// Each language, and whether this build has its texts (by the `lang-*`
/// features), for the tests that check the features.
#[cfg(test)]
pub(crate) const fn in_build() -> [(Language, bool); 6] {
    [
        (Language::English, true),
        (Language::Spanish, cfg!(feature = "lang-es")),
        (Language::French, cfg!(feature = "lang-fr")),
        (Language::German, cfg!(feature = "lang-de")),
        (Language::Italian, cfg!(feature = "lang-it")),
        (Language::Russian, cfg!(feature = "lang-ru")),
    ]
}

/// Why a tag or locale names no [`Language`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ParseLanguageError {
    /// Not a well-formed BCP 47 tag.
    Malformed,
    /// A well-formed tag of a language without descriptions here.
    Unsupported,
}

impl fmt::Display for ParseLanguageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ParseLanguageError::Malformed => "not a language tag such as `de` or `de-CH`",
            ParseLanguageError::Unsupported => {
                "unsupported language: descriptions come in en, es, fr, de, it and ru"
            }
        })
    }
}

impl core::error::Error for ParseLanguageError {}
