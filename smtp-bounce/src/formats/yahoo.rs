//! Yahoo's text: "Sorry, we were unable to deliver your message to the
//! following address.", then the address and what the remote host said.

use super::{engine, Format, TextFormat};

pub(super) const FORMAT: TextFormat = TextFormat {
    format: Format::Yahoo,
    starts: &["sorry, we were unable to deliver your message to the following address"],
    headers: &[],
    original: &["--- below this line is a copy of the message."],
    framing: &["remote host said:"],
    boilerplate: &["sorry, we were unable to deliver your message"],
    decode: engine::blocks,
};
