//! Feedback reports (RFC 5965, ARF): a recipient complained of a message
//! (`Feedback-Type: abuse`), or asked to be removed (`opt-out`).

use super::{Context, Entry};
use crate::original::OriginalMessage;
use crate::text::{first_address, unfold};
use smtp_status::Reason;

/// The value of the field `name` in a feedback report's body.
fn field<'a>(body: &'a str, name: &str) -> Option<&'a str> {
    body.lines().find_map(|line| {
        let (field, value) = line.split_once(':')?;
        field.trim().eq_ignore_ascii_case(name).then(|| value.trim())
    })
}

/// The complaint's one entry: the recipient the report names
/// (Original-Rcpt-To, Removal-Recipient), else the returned message's To.
pub(crate) fn decode(body: &[u8], context: &Context<'_>, original: Option<&OriginalMessage>) -> Vec<Entry> {
    let body = String::from_utf8_lossy(body);
    let address = ["Original-Rcpt-To", "Removal-Recipient"]
        .iter()
        .find_map(|name| field(&body, name).and_then(first_address))
        .or_else(|| original.and_then(|original| original.to.as_deref()).and_then(first_address));
    let Some(address) = address else {
        return Vec::new();
    };
    // The person's words: the report's text part, its first paragraph.
    let diagnostic = context.text.split("\n\n").map(str::trim).find(|paragraph| !paragraph.is_empty()).map(unfold).unwrap_or_default();
    vec![Entry {
        address: address.to_owned(),
        feedback_type: field(&body, "Feedback-Type").map(|kind| kind.to_ascii_lowercase()),
        reporting_mta: field(&body, "Reporting-MTA").map(|mta| mta.split_once(';').map_or(mta, |(_, name)| name).trim().to_owned()),
        last_attempt: field(&body, "Arrival-Date").or_else(|| field(&body, "Received-Date")).map(str::to_owned),
        diagnostic,
        reason: Some(Reason::Feedback),
        ..Entry::default()
    }]
}
