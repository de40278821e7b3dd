//! Feedback reports (RFC 5965, ARF): a recipient complained of a message
//! (`Feedback-Type: abuse`), or asked to be removed (`opt-out`).

use super::{Context, Entry};
use crate::original::OriginalMessage;
use crate::text::{first_address, first_paragraph};
use smtp_status::Reason;

/// The values of the fields `name` in a feedback report's body.
fn fields<'a>(body: &'a str, name: &'a str) -> impl Iterator<Item = &'a str> {
    body.lines().filter_map(move |line| {
        let (field, value) = line.split_once(':')?;
        field
            .trim()
            .eq_ignore_ascii_case(name)
            .then(|| value.trim())
    })
}

/// The value of the first field `name`.
fn field<'a>(body: &'a str, name: &'a str) -> Option<&'a str> {
    fields(body, name).next()
}

/// The complaint's entries: one per recipient the report names
/// (Original-Rcpt-To, Removal-Recipient), else the returned message's To.
pub(crate) fn decode(
    body: &[u8],
    context: &Context<'_>,
    original: Option<&OriginalMessage>,
) -> Vec<Entry> {
    let body = String::from_utf8_lossy(body);
    let mut addresses: Vec<&str> = ["Original-Rcpt-To", "Removal-Recipient"]
        .iter()
        .flat_map(|name| fields(&body, name).filter_map(first_address))
        .collect();
    addresses.dedup_by(|a, b| a.eq_ignore_ascii_case(b));
    if addresses.is_empty() {
        addresses.extend(
            original
                .and_then(|original| original.to.as_deref())
                .and_then(first_address),
        );
    }
    // The person's words: the report's text part, its first paragraph.
    let diagnostic = first_paragraph(context.text);
    let entry = Entry {
        feedback_type: field(&body, "Feedback-Type").map(|kind| kind.to_ascii_lowercase()),
        reporting_mta: field(&body, "Reporting-MTA").map(|mta| {
            mta.split_once(';')
                .map_or(mta, |(_, name)| name)
                .trim()
                .to_owned()
        }),
        last_attempt: field(&body, "Arrival-Date")
            .or_else(|| field(&body, "Received-Date"))
            .map(str::to_owned),
        diagnostic,
        reason: Some(Reason::Feedback),
        ..Entry::default()
    };
    addresses
        .into_iter()
        .map(|address| Entry {
            address: address.to_owned(),
            ..entry.clone()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::fields;

    #[test]
    fn reads_repeated_fields() {
        let body = "Feedback-Type: abuse\nOriginal-Rcpt-To: <a@example.com>\noriginal-rcpt-to: b@example.com\n";
        assert_eq!(
            fields(body, "Original-Rcpt-To").collect::<Vec<_>>(),
            ["<a@example.com>", "b@example.com"]
        );
        assert_eq!(fields(body, "Removal-Recipient").count(), 0);
    }
}
