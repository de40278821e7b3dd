//! Exim's text: "This message was created automatically by mail delivery
//! software", then the failed addresses, each with what the remote server
//! or the local transport said; Exim also names them in
//! `X-Failed-Recipients`.

use super::{engine, Format, TextFormat};

pub(super) const FORMAT: TextFormat = TextFormat {
    format: Format::Exim,
    starts: &[
        "this message was created automatically by mail delivery software",
        "a message that you sent could not be delivered",
        "a message that you sent has not yet been delivered",
    ],
    headers: &[("X-Mailer", "exim"), ("X-Failed-Recipients", "@")],
    original: &[
        "------ this is a copy of the message, including all the headers.",
        "------ this is a copy of the body of the message, without the headers.",
        "------ this is a copy of the message's headers.",
    ],
    framing: &["smtp error from remote mail server after ", "smtp error from remote mailer after "],
    boilerplate: &[
        "this message was created automatically",
        "a message that you sent could not be delivered",
        "recipients. this is a permanent error",
        "the following address(es) failed",
        "permanent error. the following",
        "a message that you sent has not yet been delivered",
        "no action is required on your part",
        "delivery attempts will continue",
        "if the message is still not delivered",
    ],
    decode: engine::blocks,
};
