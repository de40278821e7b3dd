//! Microsoft Exchange's text (Exchange 2003 and like it): "Your message
//! did not reach some or all of the intended recipients.", then each
//! address with the date and what the server said.

use super::{engine, Format, TextFormat};

pub(super) const FORMAT: TextFormat = TextFormat {
    format: Format::Exchange,
    starts: &[
        "did not reach some or all of the intended recipients",
        "the following recipient(s) could not be reached",
    ],
    headers: &[
        ("X-Mailer", "microsoft exchange"),
        ("X-MimeOLE", "exchange"),
    ],
    original: &[],
    framing: &[],
    boilerplate: &[
        "your message did not reach some or all",
        "subject:",
        "sent:",
        "the following recipient(s) cannot be reached",
        "the following recipient(s) could not be reached",
    ],
    decode: engine::blocks,
};

#[cfg(test)]
mod tests {
    use super::super::testing::{only, read};
    use crate::Format;
    use smtp_status::Reason;

    #[test]
    fn reads_exchange_text() {
        let bounce = read(
            "System Administrator <postmaster@exchange.example.net>",
            "Undeliverable: hello",
            "Your message did not reach some or all of the intended recipients.\n\n      \
             Subject:\thello\n      Sent:\t12/1/2026 10:00 AM\n\n\
             The following recipient(s) cannot be reached:\n\n      \
             mallory@example.com on 12/1/2026 10:00 AM\n            \
             The e-mail account does not exist at the organization this message was sent to.\n            \
             <mx.example.com #5.1.1 smtp;550 5.1.1 User unknown>\n",
        );
        let mallory = only(&bounce);
        assert_eq!(
            (mallory.format, mallory.reason),
            (Format::Exchange, Reason::UserUnknown)
        );
    }
}
