//! OpenSMTPD's text: "This is the MAILER-DAEMON, please DO NOT REPLY to
//! this email.", then "address: reply" per recipient.

use super::{engine, Format, TextFormat};

pub(super) const FORMAT: TextFormat = TextFormat {
    format: Format::OpenSmtpd,
    starts: &["this is the mailer-daemon, please do not reply to this e", "an error has occurred while attempting to deliver a message"],
    headers: &[],
    original: &["below is a copy of the original message:"],
    framing: &[],
    boilerplate: &[
        "this is the mailer-daemon",
        "an error has occurred while attempting to deliver",
        "for the following list of recipients",
        "recipient(s)",
    ],
    decode: engine::blocks,
};
