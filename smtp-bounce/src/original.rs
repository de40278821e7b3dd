//! The message a bounce is about: what a sender needs to link the bounce
//! to what it sent.

use mail_parser::Message;

/// How the bounce carries the message it returns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Returned {
    /// Whole, as a `message/rfc822` (or RFC 6533 `message/global`) part.
    Whole,
    /// Its header alone, as a `text/rfc822-headers` part.
    Headers,
    /// In the bounce's text, after a marker such as "----- Original
    /// message -----".
    Inline,
}

impl Returned {
    /// The stable lowercase name: `"whole"`, `"headers"` or `"inline"`.
    ///
    /// ```
    /// assert_eq!(smtp_bounce::Returned::Headers.as_str(), "headers");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Returned::Whole => "whole",
            Returned::Headers => "headers",
            Returned::Inline => "inline",
        }
    }
}

/// The header fields of the returned message that identify it. Each is
/// the field's text as written (unfolded), where the bounce returned it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct OriginalMessage {
    /// How it was returned; `None` where nothing of it came back.
    pub returned: Option<Returned>,
    /// Its Message-ID, without angle brackets.
    pub message_id: Option<String>,
    /// Its From.
    pub from: Option<String>,
    /// Its To.
    pub to: Option<String>,
    /// Its Subject, decoded.
    pub subject: Option<String>,
    /// Its Date, as written.
    pub date: Option<String>,
}

impl OriginalMessage {
    /// The fields of a parsed message (or header block).
    pub(crate) fn from_message(message: &Message<'_>, returned: Returned) -> OriginalMessage {
        let raw = |name: &str| {
            message
                .header_raw(name)
                .map(crate::text::unfold)
                .filter(|value| !value.is_empty())
        };
        OriginalMessage {
            returned: Some(returned),
            message_id: message
                .message_id()
                .map(str::to_owned)
                .or_else(|| raw("Message-ID").map(|id| id.trim_matches(['<', '>']).to_owned())),
            from: raw("From"),
            to: raw("To"),
            subject: message
                .subject()
                .map(str::to_owned)
                .or_else(|| raw("Subject")),
            date: raw("Date"),
        }
    }

    /// `true` where not one field came back.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.message_id.is_none()
            && self.from.is_none()
            && self.to.is_none()
            && self.subject.is_none()
            && self.date.is_none()
    }
}
