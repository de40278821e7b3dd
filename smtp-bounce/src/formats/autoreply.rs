//! Automatic replies (RFC 3834): out-of-office and vacation notices. Not
//! bounces: the message was delivered, and its recipient answered by
//! machine.

use super::{Context, Entry};
use crate::text::{first_address, first_paragraph};
use smtp_status::Reason;

/// Subjects that automatic replies begin with, in the languages seen most
/// (lowercase).
const SUBJECTS: [&str; 14] = [
    "auto:",
    "automatic reply",
    "auto reply",
    "auto-reply",
    "autoreply",
    "out of office",
    "out of the office",
    "vacation",
    "away from",
    "réponse automatique",
    "risposta automatica",
    "automatische antwort",
    "abwesenheitsnotiz",
    "自動応答",
];

/// Whether the message is an automatic reply: RFC 3834's
/// `Auto-Submitted: auto-replied`, the vendor fields that say the same
/// (`X-Autoreply`, `X-Autorespond`, `Precedence: auto_reply`), or a
/// Subject that says so; from a person's address, not a mail system's.
pub(crate) fn is_auto_reply(context: &Context<'_>) -> bool {
    // A mail system's own mail is no person's answer, whatever it says.
    let from = context.message.header_raw("From").and_then(first_address);
    if from.is_none_or(crate::text::is_system_address) {
        return false;
    }
    let header = |name: &str| {
        context
            .message
            .header_raw(name)
            .map(|value| value.trim().to_ascii_lowercase())
    };
    header("Auto-Submitted").is_some_and(|value| value.starts_with("auto-replied"))
        || header("X-Autoreply").is_some()
        || header("X-Autorespond").is_some()
        || header("X-Autoresponder").is_some()
        || header("Precedence").is_some_and(|value| value == "auto_reply")
        || {
            let subject = context.subject.trim().to_lowercase();
            SUBJECTS.iter().any(|words| subject.starts_with(words))
        }
}

/// The reply's one entry: who answered (its From).
pub(crate) fn decode(context: &Context<'_>) -> Vec<Entry> {
    let Some(address) = context.message.header_raw("From").and_then(first_address) else {
        return Vec::new();
    };
    let diagnostic = first_paragraph(context.text);
    vec![Entry {
        address: address.to_owned(),
        diagnostic,
        reason: Some(Reason::Vacation),
        ..Entry::default()
    }]
}

#[cfg(test)]
mod tests {
    use super::super::testing::read;
    use crate::Kind;

    #[test]
    fn an_out_of_office_by_its_subject() {
        let bounce = read(
            "Carol <carol@example.com>",
            "Out of Office: hello",
            "I am away until Monday.\n",
        );
        assert_eq!(bounce.kind(), Kind::AutoReply);
        assert_eq!(bounce.recipients()[0].address, "carol@example.com");
    }

    #[test]
    fn a_mail_systems_notice_is_no_vacation() {
        let bounce = read(
            "postmaster@example.com",
            "Automatic reply: notice",
            "Something happened.\n",
        );
        assert_ne!(bounce.kind(), Kind::AutoReply);
    }
}
