//! Amazon SES notifications: JSON, sent through SNS to an address (or
//! written raw), of a bounce (`bouncedRecipients`), a complaint
//! (`complainedRecipients`) or a delivery (`delivery.recipients`).

use super::{Context, Entry};
use serde_json::Value;
use smtp_status::{Action, Reason};

/// The notification in the message's text: the SNS envelope's `Message`
/// (itself JSON, as a string), or the text itself. A mail system that
/// folded the long lines leaves "\n " inside the strings; they are joined
/// back.
fn notification(text: &str) -> Option<Value> {
    let start = text.find('{')?;
    let end = text.rfind('}')?;
    let json = text.get(start..=end)?;
    let value: Value = serde_json::from_str(json)
        .or_else(|_| serde_json::from_str(&json.replace("\r\n ", "").replace("\n ", "")))
        .ok()?;
    let inner = match value.get("Message").and_then(Value::as_str) {
        Some(message) => serde_json::from_str(message).ok()?,
        None => value,
    };
    inner
        .get("notificationType")
        .or_else(|| inner.get("eventType"))?;
    Some(inner)
}

/// A string field of `value`.
fn text_of(value: &Value, name: &str) -> Option<String> {
    value.get(name).and_then(Value::as_str).map(str::to_owned)
}

/// One entry per recipient the notification names; none where the text
/// holds no SES notification.
pub(crate) fn decode(context: &Context<'_>) -> Vec<Entry> {
    if !context.text.contains("notificationType") && !context.text.contains("eventType") {
        return Vec::new();
    }
    let Some(note) = notification(context.text) else {
        return Vec::new();
    };
    let kind = note
        .get("notificationType")
        .or_else(|| note.get("eventType"))
        .and_then(Value::as_str)
        .unwrap_or("");
    let (list, key, action, reason) = match kind {
        "Bounce" => ("bounce", "bouncedRecipients", None, None),
        "Complaint" => (
            "complaint",
            "complainedRecipients",
            None,
            Some(Reason::Feedback),
        ),
        "Delivery" => (
            "delivery",
            "recipients",
            Some(Action::Delivered),
            Some(Reason::Delivered),
        ),
        _ => return Vec::new(),
    };
    let Some(section) = note.get(list) else {
        return Vec::new();
    };
    // SES's bounce subtypes for an address it did not send to at all: on
    // its global suppression list (a recent history of hard bounces) or on
    // the account's own. What the diagnostic says repeats that.
    let suppressed = matches!(
        section.get("bounceSubType").and_then(Value::as_str),
        Some("Suppressed" | "OnAccountSuppressionList")
    );
    let reason = reason.or(suppressed.then_some(Reason::Suppressed));
    let reporting_mta = text_of(section, "reportingMTA")
        .map(|mta| mta.trim_start_matches("dsn;").trim().to_owned());
    let recipients = section
        .get(key)
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    recipients
        .iter()
        .filter_map(|recipient| {
            // A delivery lists addresses; the others list objects.
            let address = recipient
                .as_str()
                .map(str::to_owned)
                .or_else(|| text_of(recipient, "emailAddress"))?;
            let diagnostic = text_of(recipient, "diagnosticCode")
                .or_else(|| text_of(section, "smtpResponse"))
                .unwrap_or_default();
            let diagnostic = diagnostic.trim_start_matches("smtp;").trim().to_owned();
            Some(Entry {
                address,
                action: action.or_else(|| match text_of(recipient, "action").as_deref() {
                    Some("failed") => Some(Action::Failed),
                    Some("delayed") => Some(Action::Delayed),
                    _ => None,
                }),
                status: text_of(recipient, "status").and_then(|status| status.parse().ok()),
                reply_code: crate::text::reply_code_in(&diagnostic),
                diagnostic_type: Some("smtp".to_owned()).filter(|_| !diagnostic.is_empty()),
                reporting_mta: reporting_mta.clone(),
                last_attempt: text_of(section, "timestamp"),
                feedback_type: text_of(section, "complaintFeedbackType"),
                diagnostic,
                reason,
                ..Entry::default()
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::{Bounce, Format, Kind};
    use smtp_status::Reason;

    fn notification(message: &str) -> Bounce {
        let escaped = message.replace('"', "\\\"");
        let raw = format!(
            "From: SES <no-reply@sns.amazonaws.com>\r\nTo: ops@example.org\r\nSubject: AWS Notification Message\r\n\r\n\
             {{\r\n  \"Type\" : \"Notification\",\r\n  \"Message\" : \"{escaped}\"\r\n}}\r\n"
        );
        Bounce::parse(raw.as_bytes()).unwrap()
    }

    #[test]
    fn reads_a_bounce_notification() {
        let bounce = notification(
            r#"{"notificationType":"Bounce","bounce":{"bounceType":"Permanent","bouncedRecipients":[{"emailAddress":"bob@example.com","action":"failed","status":"5.1.1","diagnosticCode":"smtp; 550 5.1.1 user unknown"}],"reportingMTA":"dsn; a1.smtp-out.example.com"}}"#,
        );
        assert_eq!(bounce.kind(), Kind::DeliveryStatus);
        let [bob] = bounce.recipients() else {
            panic!("{bounce:#?}")
        };
        assert_eq!(
            (bob.address.as_str(), bob.format, bob.reason),
            ("bob@example.com", Format::AmazonSes, Reason::UserUnknown)
        );
        assert_eq!(
            bob.reporting_mta.as_deref(),
            Some("a1.smtp-out.example.com")
        );
    }

    #[test]
    fn an_address_on_a_suppression_list() {
        for subtype in ["Suppressed", "OnAccountSuppressionList"] {
            let bounce = notification(&format!(
                r#"{{"notificationType":"Bounce","bounce":{{"bounceType":"Permanent","bounceSubType":"{subtype}","bouncedRecipients":[{{"emailAddress":"erin@example.com","action":"failed","status":"5.1.1","diagnosticCode":"Amazon SES did not send the message to this address because it is on the suppression list for your account."}}]}}}}"#
            ));
            let [erin] = bounce.recipients() else {
                panic!("{bounce:#?}")
            };
            assert_eq!(erin.reason, Reason::Suppressed, "{subtype}");
            assert!(!erin.hard_bounce, "{subtype}");
        }
        // Any other subtype leaves the reason to the diagnostic.
        let bounce = notification(
            r#"{"notificationType":"Bounce","bounce":{"bounceType":"Permanent","bounceSubType":"General","bouncedRecipients":[{"emailAddress":"bob@example.com","status":"5.1.1","diagnosticCode":"smtp; 550 5.1.1 user unknown"}]}}"#,
        );
        assert_eq!(bounce.recipients()[0].reason, Reason::UserUnknown);
    }

    #[test]
    fn reads_complaints_and_deliveries() {
        let bounce = notification(
            r#"{"notificationType":"Complaint","complaint":{"complainedRecipients":[{"emailAddress":"carol@example.com"}],"complaintFeedbackType":"abuse"}}"#,
        );
        assert_eq!(bounce.kind(), Kind::Feedback);
        assert_eq!(bounce.recipients()[0].reason, Reason::Feedback);
        let bounce = notification(
            r#"{"notificationType":"Delivery","delivery":{"recipients":["dave@example.com"],"smtpResponse":"250 2.0.0 OK"}}"#,
        );
        assert_eq!(bounce.kind(), Kind::DeliveryReport);
        assert_eq!(bounce.recipients()[0].reason, Reason::Delivered);
    }
}
