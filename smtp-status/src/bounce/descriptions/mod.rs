//! What each [`Reason`] means in the languages other than English, with
//! the crate's `lang-*` features (English is [`Reason::description`]). One
//! file per language, each an exhaustive `match`: a reason added without
//! its translations does not compile.

use crate::{Language, Reason};

#[cfg(feature = "lang-de")]
mod de;
#[cfg(feature = "lang-es")]
mod es;
#[cfg(feature = "lang-fr")]
mod fr;
#[cfg(feature = "lang-it")]
mod it;
#[cfg(feature = "lang-ru")]
mod ru;

/// What `reason` means in `language`, if this build has the language.
pub(super) const fn translated(reason: Reason, language: Language) -> Option<&'static str> {
    match language {
        Language::English => Some(reason.description()),
        #[cfg(feature = "lang-es")]
        Language::Spanish => Some(es::description(reason)),
        #[cfg(feature = "lang-fr")]
        Language::French => Some(fr::description(reason)),
        #[cfg(feature = "lang-de")]
        Language::German => Some(de::description(reason)),
        #[cfg(feature = "lang-it")]
        Language::Italian => Some(it::description(reason)),
        #[cfg(feature = "lang-ru")]
        Language::Russian => Some(ru::description(reason)),
        #[allow(unreachable_patterns)]
        _ => None,
    }
}
