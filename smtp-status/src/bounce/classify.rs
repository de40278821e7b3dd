//! The decision: a reply's code, enhanced code and text to a [`Reason`].

use super::phrases::PHRASES;
use super::Reason;
use crate::{Class, EnhancedStatusCode, Reply, ReplyCode};

impl Reason {
    /// Why a delivery failed, from what is known of the reply: its code,
    /// its enhanced status code and its text (any bytes; any of the three
    /// may be missing, as in a delivery status notification with only a
    /// `Status:` field, or a diagnostic with text only).
    ///
    /// In order: an enhanced code that names one reason (X.1.1 an unknown
    /// user, X.2.2 a full mailbox, X.3.4 a message too big, X.7.26 failed
    /// authentication...); then the phrases that real servers write (one
    /// table per reason, case-insensitive); then what the enhanced code's
    /// subject says in general; then the reply code; else `Undefined`. A
    /// 2yz code or an enhanced code of class 2 is `Delivered`.
    ///
    /// It allocates nothing, and costs a pass over the text per phrase
    /// table at most.
    ///
    /// ```
    /// use smtp_status::{Reason, ReplyCode};
    ///
    /// let code = ReplyCode::new(550);
    /// let text = b"5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org";
    /// assert_eq!(Reason::classify(code, "5.7.1".parse().ok(), text), Reason::Blocked);
    /// assert_eq!(Reason::classify(None, "5.2.2".parse().ok(), b""), Reason::MailboxFull);
    /// assert_eq!(Reason::classify(None, None, b"Host or domain name not found"), Reason::HostUnknown);
    /// assert_eq!(Reason::classify(code, None, b"no reason given"), Reason::Rejected);
    /// ```
    #[must_use]
    pub fn classify(
        code: Option<ReplyCode>,
        enhanced: Option<EnhancedStatusCode>,
        text: &[u8],
    ) -> Reason {
        let class = code
            .map(ReplyCode::class)
            .or(enhanced.map(EnhancedStatusCode::class));
        if class == Some(Class::PositiveCompletion) {
            return Reason::Delivered;
        }
        if let Some(reason) = enhanced.and_then(specific) {
            return reason;
        }
        if let Some(reason) = by_phrase(text) {
            return reason;
        }
        if let Some(reason) = enhanced.and_then(general) {
            return reason;
        }
        code.map_or(Reason::Undefined, by_code)
    }
}

impl Reply<'_> {
    /// Why this reply refuses, from its code, enhanced code and text; see
    /// [`Reason::classify`].
    #[must_use]
    pub fn reason(&self) -> Reason {
        // The whole reply's bytes: a phrase may stand on any line.
        Reason::classify(Some(self.code()), self.enhanced(), self.as_bytes())
    }
}

/// The reason that an enhanced code names by itself (RFC 3463 and the IANA
/// registry), whatever the text says.
const fn specific(enhanced: EnhancedStatusCode) -> Option<Reason> {
    Some(match (enhanced.subject(), enhanced.detail()) {
        (1, 1) => Reason::UserUnknown,
        (1, 2) => Reason::HostUnknown,
        (1, 6) => Reason::HasMoved,
        (2, 1) => Reason::Suspend,
        (2, 2) => Reason::MailboxFull,
        (2, 3) => Reason::ExceedLimit,
        (3, 1) => Reason::SystemFull,
        (3, 4) => Reason::MesgTooBig,
        (4, 7) => Reason::Expired,
        (7, 8 | 9 | 11 | 12) => Reason::SecurityError,
        (7, 13) => Reason::Suspend,
        (7, 17 | 18) => Reason::HasMoved,
        (7, 20..=24 | 26 | 29) => Reason::AuthFailure,
        (7, 25) => Reason::RequirePtr,
        (7, 27) => Reason::Rejected,
        (7, 28) => Reason::Speeding,
        (6, _) => Reason::ContentError,
        _ => return None,
    })
}

/// What an enhanced code's subject says when neither its detail nor the
/// text named a reason.
const fn general(enhanced: EnhancedStatusCode) -> Option<Reason> {
    Some(match (enhanced.subject(), enhanced.detail()) {
        (1, 3 | 4 | 0) => Reason::UserUnknown,
        // X.1.10 is "recipient address has null MX", but Exchange and
        // Microsoft 365 send 5.1.10 for "recipient not found": the text
        // decides first.
        (1, 10) => Reason::NotAccept,
        (1, 7 | 8) => Reason::Rejected,
        (2, _) => Reason::MailboxFull,
        (3, 2) => Reason::NotAccept,
        (3, _) => Reason::SystemError,
        (4, 4) => Reason::HostUnknown,
        (4, _) => Reason::NetworkError,
        (5, 3) => Reason::ExceedLimit,
        (5, _) => Reason::SyntaxError,
        (7, 1) => Reason::PolicyViolation,
        (7, _) => Reason::SecurityError,
        _ => return None,
    })
}

/// What the reply code alone says (RFC 5321 §4.2.3).
const fn by_code(code: ReplyCode) -> Reason {
    match code.as_u16() {
        200..=299 => Reason::Delivered,
        421 => Reason::SystemError,
        450 => Reason::Undefined,
        451 => Reason::SystemError,
        452 => Reason::SystemFull,
        500..=504 => Reason::SyntaxError,
        530 | 534 | 535 | 538 => Reason::SecurityError,
        551 => Reason::HasMoved,
        552 => Reason::MailboxFull,
        553 => Reason::UserUnknown,
        550 | 554 => Reason::Rejected,
        _ => Reason::Undefined,
    }
}

/// The first reason one of whose phrases stands in `text`.
fn by_phrase(text: &[u8]) -> Option<Reason> {
    PHRASES.iter().find_map(|(reason, phrases)| {
        phrases
            .iter()
            .any(|phrase| contains_ignoring_case(text, phrase.as_bytes()))
            .then_some(*reason)
    })
}

/// Whether `needle` (lowercase ASCII) stands in `haystack`, ASCII letters
/// compared without case; other bytes exactly.
fn contains_ignoring_case(haystack: &[u8], needle: &[u8]) -> bool {
    let Some((&first, rest)) = needle.split_first() else {
        return true;
    };
    let last_start = match haystack.len().checked_sub(needle.len()) {
        Some(last) => last,
        None => return false,
    };
    (0..=last_start).any(|start| {
        haystack[start].to_ascii_lowercase() == first
            && haystack[start + 1..start + needle.len()]
                .iter()
                .zip(rest)
                .all(|(byte, wanted)| byte.to_ascii_lowercase() == *wanted)
    })
}

#[cfg(test)]
mod tests {
    use super::contains_ignoring_case;

    #[test]
    fn finds_phrases_whatever_their_case() {
        assert!(contains_ignoring_case(b"550 User Unknown", b"user unknown"));
        assert!(contains_ignoring_case(b"USER UNKNOWN", b"user unknown"));
        assert!(!contains_ignoring_case(b"user unknow", b"user unknown"));
        assert!(contains_ignoring_case(
            b"\xff\xfeuser unknown\xff",
            b"user unknown"
        ));
        assert!(!contains_ignoring_case(b"", b"a"));
        assert!(contains_ignoring_case(b"", b""));
    }
}
