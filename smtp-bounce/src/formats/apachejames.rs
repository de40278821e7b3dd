//! Apache James' notices (its `Bounce` and `NotifySender` mailets): the
//! mailet's message and "Error message below:" with the error, then
//! "Message details:" with the returned message's fields, one recipient a
//! `RCPT TO:` line. Its Subject is often the returned message's own with
//! "Re:" before it, and its sender no mail system's name, so the notice is
//! known by its layout, not by its header.

use super::{Context, Entry};
use crate::text;

/// The line before the returned message's fields.
const DETAILS: &str = "message details:";

/// The line before the error, where the mailet quotes it.
const ERROR_BELOW: &str = "error message below:";

/// One entry per `RCPT TO:` under "Message details:"; none where the text
/// is not laid out so, or nothing marks it as James': the line before the
/// error, or its header (a Subject of `[BOUNCE]`, a JavaMail Message-ID,
/// James' Received line).
pub(crate) fn decode(context: &Context<'_>) -> Vec<Entry> {
    let Some(details) = line_start(&context.lower, DETAILS) else {
        return Vec::new();
    };
    let marked = line_start(&context.lower[..details], ERROR_BELOW).is_some()
        || context.subject.trim().eq_ignore_ascii_case("[bounce]")
        || context.header_has("Message-ID", ".javamail.")
        || context.header_has("Received", "james smtp server");
    if !marked {
        return Vec::new();
    }
    // Everything above the details is what the mailet said, the error
    // among it; the marker line is the mailet's own.
    let said: Vec<&str> = context.text[..details]
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.eq_ignore_ascii_case(ERROR_BELOW))
        .collect();
    let diagnostic = said.join(" ");
    context.text[details..]
        .lines()
        .skip(1)
        .filter_map(|line| {
            let (field, value) = line.split_once(':')?;
            field
                .trim()
                .eq_ignore_ascii_case("rcpt to")
                .then(|| text::first_address(value))?
        })
        .map(|address| Entry {
            address: address.to_owned(),
            reply_code: text::reply_code_in(&diagnostic),
            status: text::enhanced_in(&diagnostic),
            command: text::command_in(&diagnostic),
            diagnostic: diagnostic.clone(),
            ..Entry::default()
        })
        .collect()
}

/// Where the first line that starts with `words` (lowercase, after the
/// line's leading blanks) starts in `lower`.
fn line_start(lower: &str, words: &str) -> Option<usize> {
    let mut at = 0;
    for line in lower.split_inclusive('\n') {
        if line.trim_start().starts_with(words) {
            return Some(at);
        }
        at += line.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::testing::{only, read};
    use crate::{Format, Kind};
    use smtp_status::Reason;

    /// The notice as James' NotifySender writes it, under a Subject that
    /// is the returned message's own.
    const NOTICE: &str = "Error: Invalid user address\n\nError message below:\n\
        550 - Requested action not taken: no such user here\n\nMessage details:\n\
        \x20 Subject: hello\n  Sent date: Wed Jun 12 02:21:53 GMT 2013\n\
        \x20 MAIL FROM: sender@example.org\n  RCPT TO: erin@example.com\n\
        \x20 From: sender@example.org\n  Size (in bytes): 39\n  Number of lines: 2\n";

    #[test]
    fn reads_james_notices() {
        let bounce = read("postmaster-james@mx.example.com", "Re:hello", NOTICE);
        assert_eq!(bounce.kind(), Kind::TextBounce);
        let erin = only(&bounce);
        assert_eq!(
            (
                erin.address.as_str(),
                erin.format,
                erin.reply_code.map(|c| c.as_u16())
            ),
            ("erin@example.com", Format::ApacheJames, Some(550))
        );
        let diagnostic = erin.diagnostic.as_deref().unwrap_or("");
        assert!(diagnostic.contains("no such user here"), "{erin:#?}");
        assert!(!diagnostic.contains("Error message below"));
        // Said of no command: the address is not tied to the refusal.
        assert_eq!(erin.reason, Reason::Filtered);
    }

    #[test]
    fn the_layout_alone_is_not_enough() {
        // A person's mail that happens to hold a "Message details:" list,
        // without the line before an error or James' header.
        let bounce = read(
            "Carol <carol@example.com>",
            "Re: your order",
            "Thanks.\n\nMessage details:\n  RCPT TO: erin@example.com\n",
        );
        assert_eq!(bounce.kind(), Kind::NotBounce);
        assert!(bounce.recipients().is_empty());
    }
}
