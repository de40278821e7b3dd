//! Postfix's text where it sent no report: "This is the mail system at
//! host ...", then "<address>: host ... said: ... (in reply to RCPT TO
//! command)" per recipient.

use super::{engine, Format, TextFormat};

pub(super) const FORMAT: TextFormat = TextFormat {
    format: Format::Postfix,
    starts: &["this is the mail system at host", "the mail system"],
    headers: &[],
    original: &[],
    framing: &[],
    boilerplate: &[
        "this is the mail system at host",
        "i'm sorry to have to inform you",
        "could not be delivered to one or more",
        "for further assistance, please send mail to",
        "if you do so, please include this problem report",
        "you can delete your own text from the attached",
        "the mail system",
    ],
    decode: engine::blocks,
};
