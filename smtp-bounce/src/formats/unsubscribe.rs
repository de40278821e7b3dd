//! Unsubscribe requests that a mail program sends for its user to a
//! list's `List-Unsubscribe` mailto address. Apple Mail marks its own with
//! `X-Apple-Unsubscribe: true` (beside RFC 3834's `Auto-Submitted:
//! auto-replied`, which alone would read as an automatic reply): the
//! sender of the request asks to be taken off the list, a feedback of
//! ARF's type `opt-out`.

use super::{Context, Entry};
use crate::text::{first_address, first_paragraph};
use smtp_status::Reason;

/// The request's one entry: who asks to be removed (its From); none for
/// any other message.
pub(crate) fn decode(context: &Context<'_>) -> Vec<Entry> {
    let marked = context
        .message
        .header_raw("X-Apple-Unsubscribe")
        .is_some_and(|value| value.trim().eq_ignore_ascii_case("true"));
    let from = context.message.header_raw("From").and_then(first_address);
    match (marked, from) {
        (true, Some(address)) => vec![Entry {
            address: address.to_owned(),
            feedback_type: Some("opt-out".to_owned()),
            diagnostic: first_paragraph(context.text),
            reason: Some(Reason::Feedback),
            ..Entry::default()
        }],
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use crate::{Bounce, Format, Kind};
    use smtp_status::{Reason, Verdict};

    /// A request from Apple Mail, as it writes them, with `marker` for its
    /// `X-Apple-Unsubscribe` field.
    fn request(marker: &str) -> Bounce {
        let raw = format!(
            "From: reader@icloud.example\r\nTo: list-unsubscribe+42@list.example.org\r\n\
             Subject: unsubscribe\r\nAuto-Submitted: auto-replied\r\n{marker}\
             Content-Type: text/plain; charset=UTF-8\r\n\r\n\
             Apple Mail sent this email to unsubscribe from the message \"Weekly news\".\r\n"
        );
        Bounce::parse(raw.as_bytes()).unwrap()
    }

    #[test]
    fn apple_mails_request_is_an_opt_out() {
        let bounce = request("X-Apple-Unsubscribe: true\r\n");
        assert_eq!(bounce.kind(), Kind::Feedback);
        let [reader] = bounce.recipients() else {
            panic!("{bounce:#?}")
        };
        assert_eq!(
            (
                reader.address.as_str(),
                reader.reason,
                reader.format,
                reader.feedback_type.as_deref(),
                reader.verdict
            ),
            (
                "reader@icloud.example",
                Reason::Feedback,
                Format::Unsubscribe,
                Some("opt-out"),
                Verdict::Done
            )
        );
    }

    #[test]
    fn without_the_mark_it_is_an_automatic_reply() {
        let bounce = request("");
        assert_eq!(bounce.kind(), Kind::AutoReply);
        assert_eq!(bounce.recipients()[0].reason, Reason::Vacation);
    }
}
