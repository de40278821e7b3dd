//! fml's refusals (the mailing list manager, <https://www.fml.org>): the
//! list's `-admin` address tells a poster the post was not taken, "You
//! are not a member of this mailing list <list@example.org>.", with the
//! post after "Original mail as follows:". The address reported on is the
//! list's, as fml names it: the poster has no address there to drop.
//!
//! fml sends other mail from the same address (its guides, its replies to
//! commands), so a notice is read only where it says why it refused.

use super::{Context, Entry};
use crate::text;
use smtp_status::Reason;

/// Where the returned post starts.
const ORIGINAL: &str = "original mail as follows:";

/// fml's words in the notice, and what each says (lowercase).
const SAID: [(&str, Reason); 9] = [
    (
        "you are not a member of this mailing list",
        Reason::Rejected,
    ),
    ("not member article from", Reason::Rejected),
    ("reject mail from", Reason::Rejected),
    ("reject spammers:", Reason::Rejected),
    ("header may cause mail loop", Reason::Rejected),
    ("duplicated message-id", Reason::NotCompliantRfc),
    ("security alert:", Reason::SecurityError),
    ("has detected a loop condition", Reason::SystemError),
    ("loop back warning:", Reason::SystemError),
];

/// fml's Subjects of its notices, where the text names no reason.
const SUBJECTS: [(&str, Reason); 8] = [
    ("are not member", Reason::Rejected),
    ("not member article from", Reason::Rejected),
    ("reject mail", Reason::Rejected),
    ("spam mail from a spammer is rejected", Reason::Rejected),
    ("fml system error message", Reason::SystemError),
    ("loop alert:", Reason::SystemError),
    ("warning: unix from loop", Reason::SystemError),
    ("security alert", Reason::SecurityError),
];

/// One entry per address in angle brackets in fml's notice; none where
/// the message is not fml's own (its `X-MLServer`, an `-admin` sender, an
/// fml Message-ID) or does not say why it refused.
pub(crate) fn decode(context: &Context<'_>) -> Vec<Entry> {
    if !(context.header_has("X-MLServer", "fml")
        && context.header_has("From", "-admin@")
        && context.header_has("Message-ID", ".fml"))
    {
        return Vec::new();
    }
    let end = context.lower.find(ORIGINAL).unwrap_or(context.lower.len());
    let notice = &context.text[..end];
    let lower = &context.lower[..end];
    let subject = context.subject.to_ascii_lowercase();
    let Some(reason) =
        text::reason_named(lower, &SAID).or_else(|| text::reason_named(&subject, &SUBJECTS))
    else {
        return Vec::new();
    };
    let said = text::unfold(notice);
    notice
        .lines()
        .filter_map(|line| {
            let found = text::addresses(line).next()?;
            // Named in angle brackets, as fml names the list.
            let bracketed =
                line[..found.start].ends_with('<') && line[found.end..].starts_with('>');
            bracketed.then(|| found.address.to_owned())
        })
        .map(|address| Entry {
            address,
            diagnostic: said.clone(),
            reason: Some(reason),
            ..Entry::default()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::{Bounce, Format, Kind};
    use smtp_status::Reason;

    fn notice(subject: &str, body: &str) -> Bounce {
        let raw = format!(
            "From: list-admin@example.org\r\nTo: dave@example.com\r\nSubject: {subject}\r\n\
             Message-ID: <200504292334.FMLAAA.list@example.org>\r\n\
             X-MLServer: fml [fml 4.0.3 release (20011202/4.0.3)]\r\n\r\n{body}"
        );
        Bounce::parse(raw.as_bytes()).unwrap()
    }

    #[test]
    fn reads_a_refused_post() {
        let bounce = notice(
            "You dave@example.com are not member (list ML)",
            "You are not a member of this mailing list <list@example.org>.\r\n\r\n\
             If you know the general guide of this list, please send mail with\r\n\
             the mail body\r\n\r\n\tguide\r\n\r\nOriginal mail as follows:\r\n\r\nFrom: dave@example.com\r\n",
        );
        assert_eq!(bounce.kind(), Kind::TextBounce);
        let [list] = bounce.recipients() else {
            panic!("{bounce:#?}")
        };
        assert_eq!(
            (list.address.as_str(), list.format, list.reason),
            ("list@example.org", Format::Fml, Reason::Rejected)
        );
    }

    #[test]
    fn its_other_mail_is_no_bounce() {
        let bounce = notice(
            "Guide (list ML)",
            "This is the guide of the list <list@example.org>.\r\n",
        );
        assert_eq!(bounce.kind(), Kind::NotBounce);
    }
}
