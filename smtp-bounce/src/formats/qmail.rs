//! qmail's qmail-send: "Hi. This is the qmail-send program at ...", then
//! each address in angle brackets followed by a colon, and what the remote
//! host said.

use super::{engine, Format, TextFormat};

pub(super) const FORMAT: TextFormat = TextFormat {
    format: Format::Qmail,
    starts: &[
        "this is the qmail-send program",
        "this is the qmail program",
        "i'm afraid i wasn't able to deliver your message",
    ],
    headers: &[],
    original: &[
        "--- below this line is a copy of the message.",
        "--- enclosed are the original headers of the message.",
    ],
    framing: &["remote host said:"],
    boilerplate: &[
        "this is the qmail-send program",
        "i'm afraid i wasn't able to deliver",
        "this is a permanent error; i've given up",
        "sorry it didn't work out",
        // qmail's word that it gave up, after the server's own: the
        // reason is in what the server said.
        "i'm not going to try again; this message has been in the queue too long",
    ],
    decode: engine::blocks,
};

#[cfg(test)]
mod tests {
    use super::super::testing::{only, read};
    use crate::{Format, Kind};
    use smtp_status::{Command, Reason};

    #[test]
    fn reads_qmail_send() {
        let bounce = read(
            "MAILER-DAEMON@mx.example.net",
            "failure notice",
            "Hi. This is the qmail-send program at mx.example.net.\n\
             I'm afraid I wasn't able to deliver your message to the following addresses.\n\
             This is a permanent error; I've given up. Sorry it didn't work out.\n\n\
             <carol@example.com>:\n192.0.2.7 does not like recipient.\n\
             Remote host said: 552 5.2.2 <carol@example.com>: mailbox over quota\n\
             Giving up on 192.0.2.7.\n\n\
             --- Below this line is a copy of the message.\n\n\
             Return-Path: <sender@example.org>\nMessage-ID: <sent-1@example.org>\nSubject: hello\n\nhi\n",
        );
        assert_eq!(bounce.kind(), Kind::TextBounce);
        let carol = only(&bounce);
        assert_eq!(
            (carol.address.as_str(), carol.format),
            ("carol@example.com", Format::Qmail)
        );
        assert_eq!(carol.reason, Reason::MailboxFull);
        assert_eq!(carol.command, Some(Command::Rcpt));
        assert_eq!(carol.reply_code.map(|code| code.as_u16()), Some(552));
        assert_eq!(
            carol.diagnostic.as_deref(),
            Some("552 5.2.2 <carol@example.com>: mailbox over quota Giving up on 192.0.2.7.")
        );
        assert_eq!(
            bounce.original().message_id.as_deref(),
            Some("sent-1@example.org")
        );
        assert_eq!(bounce.original().returned, Some(crate::Returned::Inline));
    }

    #[test]
    fn reads_an_expired_qmail_message() {
        let bounce = read(
            "MAILER-DAEMON@mx.example.net",
            "failure notice",
            "Hi. This is the qmail-send program at mx.example.net.\n\n\
             <dave@example.com>:\nSorry, I wasn't able to establish an SMTP connection. (#4.4.1)\n\
             I'm not going to try again; this message has been in the queue too long.\n",
        );
        assert_eq!(only(&bounce).reason, Reason::Expired);
    }

    #[test]
    fn the_reason_is_the_servers_not_the_queues() {
        let bounce = read(
            "MAILER-DAEMON@mx.example.net",
            "failure notice",
            "Hi. This is the qmail-send program at mx.example.net.\n\
             I'm afraid I wasn't able to deliver your message to the following addresses.\n\
             This is a permanent error; I've given up. Sorry it didn't work out.\n\n\
             <dave@example.com>:\n\
             Connected to 192.0.2.7 but sender was rejected.\n\
             Remote host said: 421 4.7.0 Messages from 192.0.2.1 temporarily deferred due to user complaints\n\
             I'm not going to try again; this message has been in the queue too long.\n\n\
             --- Below this line is a copy of the message.\n\nSubject: hello\n\nhi\n",
        );
        let dave = only(&bounce);
        assert_eq!(dave.reason, Reason::BadReputation, "{:?}", dave.diagnostic);
        assert!(!dave.diagnostic.as_deref().unwrap_or("").contains("queue"));
    }
}
