//! Delivery status notifications (RFC 3464, and RFC 6533's global ones):
//! the `message/delivery-status` part, read with smtp-status's
//! [`DeliveryStatus`], and the bounce's text where the report's own
//! diagnostic is empty.

use super::{engine, text as fallback, Context, Entry, TEXT_FORMATS};
use crate::text::{command_in, enhanced_in, reply_code_in, unfold};
use smtp_status::{DeliveryStatus, EnhancedStatusCode, RecipientStatus};
use std::borrow::Cow;

/// The report's body with only the lines a report has: fields, their
/// continuations, blank lines. A MIME boundary or other stray line that a
/// broken MTA left inside the part goes.
fn fields_only(body: &[u8]) -> Cow<'_, [u8]> {
    let is_field_line = |line: &[u8]| {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        line.iter().all(u8::is_ascii_whitespace)
            || matches!(line.first(), Some(b' ' | b'\t'))
            || line.iter().position(|&b| b == b':').is_some_and(|colon| {
                colon > 0 && line[..colon].iter().all(|&b| b.is_ascii_graphic())
            })
    };
    if body.split(|&b| b == b'\n').all(is_field_line) {
        return Cow::Borrowed(body);
    }
    let mut kept = Vec::with_capacity(body.len());
    for line in body
        .split(|&b| b == b'\n')
        .filter(|line| is_field_line(line))
    {
        kept.extend_from_slice(line);
        kept.push(b'\n');
    }
    Cow::Owned(kept)
}

/// A field's value as text: decoded as UTF-8 (RFC 6533 allows it),
/// unfolded, angle brackets around an address removed.
fn value(bytes: &[u8]) -> String {
    unfold(&String::from_utf8_lossy(bytes))
}

/// An address field's address: without its angle brackets.
fn address(bytes: &[u8]) -> Option<String> {
    let text = value(bytes);
    let text = text
        .trim()
        .trim_start_matches('<')
        .trim_end_matches('>')
        .trim();
    (!text.is_empty()).then(|| text.to_owned())
}

/// One entry per recipient group of the report; none where the body is no
/// report.
pub(crate) fn decode(body: &[u8], context: &Context<'_>) -> Vec<Entry> {
    let body = fields_only(body);
    let Ok(status) = DeliveryStatus::parse(&body) else {
        return Vec::new();
    };
    let reporting_mta = status.reporting_mta().map(value);
    // What the bounce's text says of each address, for a report whose
    // diagnostic is empty or names no command: read with the words of the
    // text's own format where it is one (its notice's lines are no
    // diagnostic), else with none.
    let format = TEXT_FORMATS
        .into_iter()
        .find(|format| engine::is_format(context, format))
        .unwrap_or(&fallback::FORMAT);
    let from_text = engine::blocks(context, format);
    status
        .recipients()
        .filter_map(|recipient| entry(&recipient, reporting_mta.as_deref(), &from_text, context))
        .collect()
}

/// The entry of one recipient group, `None` for a group that names no
/// recipient.
fn entry(
    recipient: &RecipientStatus<'_>,
    reporting_mta: Option<&str>,
    from_text: &[Entry],
    context: &Context<'_>,
) -> Option<Entry> {
    let address = recipient
        .final_recipient()
        .and_then(address)
        .or_else(|| recipient.original_recipient().and_then(address))?;
    let diagnostic = recipient.diagnostic_code();
    let mut text = diagnostic.map(|d| value(d.text)).unwrap_or_default();
    let said = from_text
        .iter()
        .find(|entry| entry.address.eq_ignore_ascii_case(&address));
    if text.is_empty() {
        match said {
            Some(said) => text.clone_from(&said.diagnostic),
            // A recipient that is no address (Exim's "save to /path",
            // "pipe to |program"): the text's paragraph that names it.
            None => text = engine::paragraph_naming(context.text, &address).unwrap_or_default(),
        }
    }
    let command = command_in(&text).or_else(|| said.and_then(|said| said.command));
    // A local program's diagnostic (X-Unix: an exit code such as "75")
    // holds no reply code; Postfix's own (X-Postfix) may quote one.
    let local_program = diagnostic
        .and_then(|d| d.kind)
        .is_some_and(|kind| kind.eq_ignore_ascii_case(b"x-unix"));
    let reply_code = if local_program {
        None
    } else {
        reply_code_in(&text)
    };
    Some(Entry {
        action: recipient.action(),
        status: finer_status(recipient.status(), enhanced_in(&text)),
        reply_code,
        diagnostic_type: diagnostic.and_then(|d| d.kind).map(value),
        remote_mta: recipient
            .remote_mta()
            .map(value)
            .or_else(|| said.and_then(|said| said.remote_mta.clone())),
        reporting_mta: recipient
            .fields()
            .get("Reporting-MTA")
            .map(value)
            .map(|mta| strip_type(&mta))
            .or_else(|| reporting_mta.map(str::to_owned)),
        last_attempt: recipient.last_attempt_date().map(value),
        command,
        diagnostic: text,
        address,
        ..Entry::default()
    })
}

/// The report's status, or the diagnostic's where the report says only
/// its class (`5.0.0`, as OpenSMTPD writes over a `550 5.1.1` reply) and
/// the diagnostic's code is a finer one of the same class.
fn finer_status(
    reported: Option<EnhancedStatusCode>,
    diagnostic: Option<EnhancedStatusCode>,
) -> Option<EnhancedStatusCode> {
    match (reported, diagnostic) {
        (Some(reported), Some(diagnostic))
            if reported.subject() == 0
                && reported.detail() == 0
                && diagnostic.class() == reported.class() =>
        {
            Some(diagnostic)
        }
        (None, diagnostic) => diagnostic,
        (reported, _) => reported,
    }
}

/// A typed value's value: what follows `dns;`.
fn strip_type(value: &str) -> String {
    match value.split_once(';') {
        Some((kind, rest)) if !kind.contains(' ') => rest.trim().to_owned(),
        _ => value.to_owned(),
    }
}

/// A report written into the bounce's text instead of a part of its own
/// (a multipart whose boundaries were lost, a forwarder that flattened
/// it): the fields from the first per-message or recipient field on. Only
/// in a message that says it is a bounce, so that mail that merely quotes
/// such fields is not read as one.
pub(crate) fn decode_in_text(context: &Context<'_>) -> Option<Vec<Entry>> {
    if !engine::looks_like_bounce(context) {
        return None;
    }
    let text = context.text;
    let start = [
        "Reporting-MTA:",
        "Original-Envelope-Id:",
        "Final-Recipient:",
        "Original-Recipient:",
    ]
    .iter()
    .filter_map(|field| line_starting(text, field))
    .min()?;
    let entries = decode(&text.as_bytes()[start..], context);
    (!entries.is_empty()).then_some(entries)
}

/// Where the first line that starts with `field` (any case) starts.
fn line_starting(text: &str, field: &str) -> Option<usize> {
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        if line
            .as_bytes()
            .get(..field.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(field.as_bytes()))
        {
            return Some(at);
        }
        at += line.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::fields_only;

    #[test]
    fn keeps_only_a_reports_lines() {
        let body = b"Reporting-MTA: dns; mx\n--boundary\nFinal-Recipient: rfc822; a@b.example\n  folded\n\nAction: failed\n";
        assert_eq!(&*fields_only(body), &b"Reporting-MTA: dns; mx\nFinal-Recipient: rfc822; a@b.example\n  folded\n\nAction: failed\n\n"[..]);
        let clean = b"Action: failed\n";
        assert!(matches!(fields_only(clean), std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    fn a_report_in_a_bounces_text() {
        let bounce = super::super::testing::read(
            "Mail Delivery Subsystem <MAILER-DAEMON@mx.example.net>",
            "Returned mail: User unknown",
            "The original message was received.\n\nReporting-MTA: dns; mx.example.net\n\n\
             Final-Recipient: RFC822; <bob@example.com>\nAction: failed\nStatus: 5.1.1\n",
        );
        let [bob] = bounce.recipients() else {
            panic!("{bounce:#?}")
        };
        assert_eq!(
            (bob.address.as_str(), bob.reason),
            ("bob@example.com", smtp_status::Reason::UserUnknown)
        );
    }

    #[test]
    fn fields_that_quote_a_report_in_a_persons_mail_are_not_one() {
        let bounce = super::super::testing::read("Bob <bob@example.org>", "about that bounce", "It said:\n\nFinal-Recipient: rfc822; carol@example.com\nAction: failed\nStatus: 5.1.1\n");
        assert!(bounce.recipients().is_empty());
    }
}
