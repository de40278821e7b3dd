//! The fallback: a message that says it is a bounce (its sender, its
//! Subject) in words of no format known here, read by its addresses and
//! codes alone.

use super::{engine, Format, TextFormat};

pub(super) const FORMAT: TextFormat = TextFormat {
    format: Format::Text,
    starts: &[],
    headers: &[],
    original: &[],
    framing: &[],
    boilerplate: &[],
    decode: engine::blocks,
};
