//! Microsoft Exchange's text. Exchange 2000/2003 (its Internet Mail
//! Service): "Your message ... did not reach the following recipient(s):",
//! then each address with the date, the server's words, and an IMS code
//! ("MSEXCH:IMS:... (000C05A6) Unknown Recipient") that names the reason.
//! Exchange 2007 and later: a sentence for the sender, then "Diagnostic
//! information for administrators:", the generating server, and each
//! address with its refusal between `#` and `##` ("#550 5.1.1
//! RESOLVER.ADR.RecipNotFound; not found ##") or quoted after "Remote
//! Server returned", which is read from there.

use super::{engine, Context, Entry, Format, TextFormat};
use smtp_status::Reason;

pub(super) const FORMAT: TextFormat = TextFormat {
    format: Format::Exchange,
    starts: &[
        "did not reach the following recipient(s)",
        "did not reach some or all of the intended recipients",
        // Exchange 2007 and later, in English, French and Italian.
        "diagnostic information for administrators:",
        "informations de diagnostic pour les administrateurs",
        "informazioni di diagnostica per gli amministratori",
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
        "diagnostic information for administrators",
        "informations de diagnostic pour les administrateurs",
        "informazioni di diagnostica per gli amministratori",
        "generating server:",
        "serveur de g",
        "server di generazione:",
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

/// The refusal that Exchange 2007 and later write between `#` and `##`
/// ("mx.example.com #550 5.1.1 User unknown ##"), or quote after "Remote
/// Server returned" ("Remote Server returned '550 5.1.1 ...'").
fn refusal(diagnostic: &str) -> Option<&str> {
    const RETURNED: &str = "remote server returned '";
    between_hashes(diagnostic).or_else(|| {
        let at = crate::text::find_ignoring_case(diagnostic, RETURNED)? + RETURNED.len();
        let rest = &diagnostic[at..];
        Some(rest[..rest.find('\'').unwrap_or(rest.len())].trim())
    })
}

/// From the reply code after a `#` to the closing `##`.
fn between_hashes(diagnostic: &str) -> Option<&str> {
    let bytes = diagnostic.as_bytes();
    let start = (0..bytes.len().saturating_sub(4)).find(|&at| {
        bytes[at] == b'#'
            && bytes[at + 1..at + 4].iter().all(u8::is_ascii_digit)
            && bytes[at + 4] == b' '
    })? + 1;
    let end = diagnostic[start..]
        .find(" ##")
        .map_or(diagnostic.len(), |at| start + at);
    Some(diagnostic[start..end].trim())
}

/// The shared engine's entries, each with the refusal between `#` and
/// `##` where Exchange wrote one, and the reason its IMS code names.
fn decode(context: &Context<'_>, format: &TextFormat) -> Vec<Entry> {
    let mut entries = engine::blocks(context, format);
    for entry in &mut entries {
        if let Some(refusal) = refusal(&entry.diagnostic) {
            let refusal = refusal.to_owned();
            entry.reply_code = crate::text::reply_code_in(&refusal);
            entry.status = crate::text::enhanced_in(&refusal);
            entry.diagnostic = refusal;
        }
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
    fn reads_exchange_2007s_text() {
        let bounce = read(
            "Microsoft Exchange <postmaster@example.com>",
            "Undeliverable: hello",
            "Delivery has failed to these recipients or groups:\n\n\
             bob@example.com\n\
             The e-mail address you entered couldn't be found. Please check the recipient's e-mail address.\n\n\
             Diagnostic information for administrators:\n\n\
             Generating server: mail.example.com\n\n\
             bob@example.com\n\
             #550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##\n\n\
             carol@example.net\n\
             mx.example.net #552 5.2.2 Mailbox full ##\n\n\
             Original message headers:\n\nTo: bob@example.com\n",
        );
        let found: Vec<_> = bounce
            .recipients()
            .iter()
            .map(|recipient| {
                (
                    recipient.address.as_str(),
                    recipient.format,
                    recipient.reason,
                    recipient.diagnostic.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            found,
            [
                (
                    "bob@example.com",
                    Format::Exchange,
                    Reason::UserUnknown,
                    Some("550 5.1.1 RESOLVER.ADR.RecipNotFound; not found")
                ),
                (
                    "carol@example.net",
                    Format::Exchange,
                    Reason::MailboxFull,
                    Some("552 5.2.2 Mailbox full")
                )
            ]
        );
        assert_eq!(
            super::refusal(
                "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'"
            ),
            Some("550 5.1.1 RESOLVER.ADR.RecipNotFound; not found")
        );
        assert_eq!(bounce.recipients()[0].reply_code.unwrap().as_u16(), 550);
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
