//! The languages a variant may describe itself in beside English, as the
//! runtime crate's `Language` names them.

/// Each language's BCP 47 primary subtag, as `localized(...)` takes it, and
/// its variant of `Language`.
pub const LANGUAGES: [(&str, &str); 5] = [
    ("es", "Spanish"),
    ("fr", "French"),
    ("de", "German"),
    ("it", "Italian"),
    ("ru", "Russian"),
];

/// The subtags as error messages list them.
pub const TAGS: &str = "`es`, `fr`, `de`, `it` and `ru`";

/// The index in [`LANGUAGES`] of `tag`.
pub fn position(tag: &str) -> Option<usize> {
    LANGUAGES.iter().position(|(known, _)| *known == tag)
}
