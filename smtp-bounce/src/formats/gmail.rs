//! Gmail's text: "Delivery to the following recipient failed permanently:"
//! (or "has been delayed"), the address on a line of its own, then the
//! technical details and "The error that the other server returned was:".

use super::{engine, Format, TextFormat};

pub(super) const FORMAT: TextFormat = TextFormat {
    format: Format::Gmail,
    starts: &[
        "delivery to the following recipient failed permanently",
        "delivery to the following recipients failed permanently",
        "delivery to the following recipient has been delayed",
        "delivery to the following recipients has been delayed",
        "delivery to the following recipient failed",
    ],
    headers: &[],
    original: &["----- original message -----"],
    framing: &["the error that the other server returned was:"],
    boilerplate: &["delivery to the following recipient"],
    decode: engine::blocks,
};

#[cfg(test)]
mod tests {
    use super::super::testing::{only, read};
    use crate::Format;
    use smtp_status::Reason;

    #[test]
    fn reads_gmail_text() {
        let bounce = read(
            "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
            "Delivery Status Notification (Failure)",
            "Delivery to the following recipient failed permanently:\n\n     ivan@example.com\n\n\
             Technical details of permanent failure:\n\
             Google tried to deliver your message, but it was rejected by the server for the recipient domain example.com.\n\n\
             The error that the other server returned was:\n550 5.1.1 <ivan@example.com>: No such user\n\n\
             ----- Original message -----\n\nMessage-ID: <sent-3@example.org>\n",
        );
        let ivan = only(&bounce);
        assert_eq!(
            (ivan.format, ivan.reason),
            (Format::Gmail, Reason::UserUnknown)
        );
        assert_eq!(
            ivan.diagnostic.as_deref(),
            Some("550 5.1.1 <ivan@example.com>: No such user")
        );
        assert_eq!(
            bounce.original().message_id.as_deref(),
            Some("sent-3@example.org")
        );
    }
}
