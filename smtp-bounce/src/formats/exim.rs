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
    framing: &[
        "smtp error from remote mail server after ",
        "smtp error from remote mailer after ",
    ],
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

#[cfg(test)]
mod tests {
    use super::super::testing::read;
    use crate::Format;
    use smtp_status::{Command, Reason};

    #[test]
    fn reads_exim_text() {
        let bounce = read(
            "Mail Delivery System <Mailer-Daemon@mx.example.net>",
            "Mail delivery failed: returning message to sender",
            "This message was created automatically by mail delivery software.\n\n\
             A message that you sent could not be delivered to one or more of its\n\
             recipients. This is a permanent error. The following address(es) failed:\n\n  \
             bob@example.com\n    host mx.example.com [192.0.2.25]\n    \
             SMTP error from remote mail server after RCPT TO:<bob@example.com>:\n    \
             550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown\n  \
             alice@example.com\n    host mx.example.com [192.0.2.25]\n    \
             SMTP error from remote mail server after end of data:\n    \
             550 5.7.1 Message rejected as spam\n\n\
             ------ This is a copy of the message, including all the headers. ------\n\n\
             Message-ID: <sent-2@example.org>\nTo: bob@example.com, alice@example.com\n\nhi\n",
        );
        let [bob, alice] = bounce.recipients() else {
            panic!("{bounce:#?}")
        };
        assert_eq!(
            (bob.address.as_str(), bob.format, bob.reason),
            ("bob@example.com", Format::Exim, Reason::UserUnknown)
        );
        assert_eq!(bob.command, Some(Command::Rcpt));
        assert_eq!(bob.remote_mta.as_deref(), Some("mx.example.com"));
        assert!(bob.hard_bounce);
        assert_eq!(
            (alice.address.as_str(), alice.reason, alice.command),
            (
                "alice@example.com",
                Reason::SpamDetected,
                Some(Command::DataEnd)
            )
        );
        assert_eq!(
            bounce.original().message_id.as_deref(),
            Some("sent-2@example.org")
        );
    }
}
