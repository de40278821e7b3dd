//! Microsoft Exchange's text (Exchange 2000/2003, its Internet Mail
//! Service): "Your message ... did not reach the following recipient(s):",
//! then each address with the date, the server's words, and an IMS code
//! ("MSEXCH:IMS:... (000C05A6) Unknown Recipient") that names the reason.

use super::{engine, Context, Entry, Format, TextFormat};
use smtp_status::Reason;

pub(super) const FORMAT: TextFormat = TextFormat {
    format: Format::Exchange,
    starts: &[
        "did not reach the following recipient(s)",
        "did not reach some or all of the intended recipients",
    ],
    headers: &[
        ("X-Mailer", "internet mail service"),
        ("X-MimeOLE", "exchange"),
    ],
    original: &[],
    framing: &[],
    boilerplate: &[
        "your message did not reach some or all",
        "did not reach the following recipient(s)",
        "subject:",
        "sent:",
        "the following recipient(s) cannot be reached",
        "the following recipient(s) could not be reached",
    ],
    decode,
};

/// The IMS codes Exchange writes in parentheses, and what each names.
const IMS_CODES: [(&str, Reason); 5] = [
    ("000C05A6", Reason::UserUnknown),   // Unknown Recipient
    ("000C0595", Reason::Filtered),      // Ambiguous Recipient
    ("000B0981", Reason::SecurityError), // the server does not support AUTH
    ("00010256", Reason::SystemError),   // too many recipients
    ("000D06B5", Reason::SystemError),   // no proxy for the recipient
];

/// The shared engine's entries, each with the reason its IMS code names.
fn decode(context: &Context<'_>, format: &TextFormat) -> Vec<Entry> {
    let mut entries = engine::blocks(context, format);
    for entry in &mut entries {
        entry.reason = IMS_CODES
            .iter()
            .find(|(code, _)| entry.diagnostic.contains(&format!("({code})")))
            .map(|(_, reason)| *reason);
    }
    entries
}

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

    #[test]
    fn reads_an_ims_code() {
        let bounce = read(
            "System Administrator <postmaster@exchange.example.net>",
            "Undeliverable: hello",
            "Your message\n\n  To:      someone@example.org\n  Subject: hello\n\n\
             did not reach the following recipient(s):\n\n\
             trent@example.com on Tue, 1 Dec 2026 10:00:00 +0000\n    \
             The recipient name is not recognized\n    MSEXCH:IMS:EXAMPLE:SITE:MX 0 (000C05A6) Unknown Recipient\n",
        );
        let trent = only(&bounce);
        assert_eq!(
            (trent.address.as_str(), trent.format, trent.reason),
            ("trent@example.com", Format::Exchange, Reason::UserUnknown)
        );
    }
}
