//! OpenSMTPD's text: "This is the MAILER-DAEMON, please DO NOT REPLY to
//! this email.", then "address: reply" per recipient.

use super::{engine, Format, TextFormat};

pub(super) const FORMAT: TextFormat = TextFormat {
    format: Format::OpenSmtpd,
    starts: &[
        "this is the mailer-daemon, please do not reply to this e",
        "an error has occurred while attempting to deliver a message",
        "a message is delayed for more than",
    ],
    headers: &[],
    original: &["below is a copy of the original message:"],
    framing: &[],
    boilerplate: &[
        "this is the mailer-daemon",
        "an error has occurred while attempting to deliver",
        "for the following list of recipients",
        "recipient(s)",
        // The notice of a delay, which OpenSMTPD also sends when the
        // queue's time to live runs out.
        "a message is delayed for more than",
        "please note that this is only a temporary failure report",
        "the message is kept in the queue for up to",
        "you do not need to re-send the message",
    ],
    decode: engine::blocks,
};

#[cfg(test)]
mod tests {
    use super::super::testing::{only, read};
    use crate::Format;
    use smtp_status::Reason;

    #[test]
    fn reads_opensmtpd_text() {
        let bounce = read(
            "Mailer Daemon <MAILER-DAEMON@mx.example.net>",
            "Delivery status notification: error",
            "Hi!\n\nThis is the MAILER-DAEMON, please DO NOT REPLY to this email.\n\n\
             An error has occurred while attempting to deliver a message for\n\
             the following list of recipients:\n\n\
             grace@example.com: 550 5.2.2 Mailbox full\n\n\
             Below is a copy of the original message:\n\nSubject: hello\n",
        );
        let grace = only(&bounce);
        assert_eq!(
            (grace.address.as_str(), grace.format, grace.reason),
            ("grace@example.com", Format::OpenSmtpd, Reason::MailboxFull)
        );
    }
}
