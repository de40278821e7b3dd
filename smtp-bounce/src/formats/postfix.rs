//! Postfix's text where it sent no report: "This is the mail system at
//! host ...", then "`<address>:` host ... said: ... (in reply to RCPT TO
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

#[cfg(test)]
mod tests {
    use super::super::testing::{only, read};
    use crate::Format;
    use smtp_status::{Command, Reason};

    #[test]
    fn reads_postfix_text() {
        let bounce = read(
            "MAILER-DAEMON@mx.example.net (Mail Delivery System)",
            "Undelivered Mail Returned to Sender",
            "This is the mail system at host mx.example.net.\n\n\
             I'm sorry to have to inform you that your message could not\n\
             be delivered to one or more recipients.\n\n\
             <erin@example.com>: host mx.example.com[192.0.2.9] said: 550 5.7.1\n    \
             Service unavailable; client [198.51.100.4] blocked using zen.spamhaus.org\n    \
             (in reply to RCPT TO command)\n",
        );
        let erin = only(&bounce);
        assert_eq!(
            (erin.format, erin.reason, erin.command),
            (Format::Postfix, Reason::Blocked, Some(Command::Rcpt))
        );
        assert_eq!(erin.remote_mta.as_deref(), Some("mx.example.com"));
        assert!(erin
            .diagnostic
            .as_deref()
            .unwrap()
            .starts_with("550 5.7.1 Service unavailable"));
        assert!(!erin.hard_bounce);
    }
}
