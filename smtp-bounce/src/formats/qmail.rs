//! qmail's qmail-send: "Hi. This is the qmail-send program at ...", then
//! each address in angle brackets followed by a colon, and what the remote
//! host said.

use super::{engine, Format, TextFormat};

pub(super) const FORMAT: TextFormat = TextFormat {
    format: Format::Qmail,
    starts: &["this is the qmail-send program", "this is the qmail program", "i'm afraid i wasn't able to deliver your message"],
    headers: &[],
    original: &["--- below this line is a copy of the message.", "--- enclosed are the original headers of the message."],
    framing: &["remote host said:"],
    boilerplate: &[
        "this is the qmail-send program",
        "i'm afraid i wasn't able to deliver",
        "this is a permanent error; i've given up",
        "sorry it didn't work out",
    ],
    decode: engine::blocks,
};
