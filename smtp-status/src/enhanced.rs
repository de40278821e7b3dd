//! Enhanced mail system status codes (RFC 3463): `class.subject.detail`.

use crate::{Class, Language};
use core::fmt;
use core::str::FromStr;

/// An enhanced status code (RFC 3463), such as `5.1.1`.
///
/// The class is 2, 4 or 5 (success, persistent transient failure, permanent
/// failure); subject and detail are numbers of one to three digits without
/// leading zeros, so each reaches 999. Codes order by class, then subject,
/// then detail.
///
/// ```
/// use smtp_status::{Class, EnhancedStatusCode, Subject};
///
/// let code: EnhancedStatusCode = "5.1.1".parse()?;
/// assert_eq!(code.class(), Class::PermanentNegative);
/// assert_eq!(code.subject(), 1);
/// assert_eq!(code.detail(), 1);
/// assert_eq!(code.subject_kind(), Some(Subject::Addressing));
/// assert_eq!(code.description(), Some("The mailbox named as the recipient does not exist."));
/// assert_eq!(code.to_string(), "5.1.1");
/// # Ok::<(), smtp_status::ParseEnhancedError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EnhancedStatusCode {
    class: Class,
    subject: u16,
    detail: u16,
}

/// The largest subject or detail: three digits.
const MAX_PART: u16 = 999;

impl EnhancedStatusCode {
    /// The code `class.subject.detail`, or `None` unless the class is 2, 4
    /// or 5 and subject and detail are at most 999.
    ///
    /// ```
    /// use smtp_status::EnhancedStatusCode;
    ///
    /// assert!(EnhancedStatusCode::new(4, 7, 1).is_some());
    /// assert!(EnhancedStatusCode::new(3, 0, 0).is_none());
    /// assert!(EnhancedStatusCode::new(5, 1000, 0).is_none());
    /// ```
    #[must_use]
    #[inline]
    pub const fn new(class: u8, subject: u16, detail: u16) -> Option<EnhancedStatusCode> {
        let class = match class {
            2 => Class::PositiveCompletion,
            4 => Class::TransientNegative,
            5 => Class::PermanentNegative,
            _ => return None,
        };
        if subject > MAX_PART || detail > MAX_PART {
            return None;
        }
        Some(EnhancedStatusCode {
            class,
            subject,
            detail,
        })
    }

    /// Reads the code that starts `text`, if one does: the code, then the
    /// end of `text` or a space. Returns the code and its length in bytes.
    ///
    /// ```
    /// use smtp_status::EnhancedStatusCode;
    ///
    /// let (code, len) = EnhancedStatusCode::parse_prefix(b"4.2.2 Mailbox full").unwrap();
    /// assert_eq!((code.to_string().as_str(), len), ("4.2.2", 5));
    /// assert!(EnhancedStatusCode::parse_prefix(b"4.2.02 Mailbox full").is_none());
    /// assert!(EnhancedStatusCode::parse_prefix(b"4.2.2.1").is_none());
    /// ```
    #[must_use]
    #[inline]
    pub const fn parse_prefix(text: &[u8]) -> Option<(EnhancedStatusCode, usize)> {
        let [class, b'.', rest @ ..] = text else {
            return None;
        };
        let Some((subject, rest)) = number(rest) else {
            return None;
        };
        let [b'.', rest @ ..] = rest else {
            return None;
        };
        let Some((detail, rest)) = number(rest) else {
            return None;
        };
        if let [next, ..] = rest {
            if *next != b' ' {
                return None;
            }
        }
        match EnhancedStatusCode::new(class.wrapping_sub(b'0'), subject, detail) {
            Some(code) => Some((code, text.len() - rest.len())),
            None => None,
        }
    }

    /// The class: positive completion (2), transient negative (4) or
    /// permanent negative (5).
    #[must_use]
    #[inline]
    pub const fn class(self) -> Class {
        self.class
    }

    /// The subject number, the middle part.
    #[must_use]
    #[inline]
    pub const fn subject(self) -> u16 {
        self.subject
    }

    /// The detail number, the last part.
    #[must_use]
    #[inline]
    pub const fn detail(self) -> u16 {
        self.detail
    }

    /// The subject, where RFC 3463 names it (0 to 7).
    #[must_use]
    #[inline]
    pub const fn subject_kind(self) -> Option<Subject> {
        Subject::from_number(self.subject)
    }

    /// What the subject and detail mean, for each pair in the IANA "SMTP
    /// Enhanced Status Codes" registry; `None` for a pair it does not list.
    ///
    /// ```
    /// use smtp_status::EnhancedStatusCode;
    ///
    /// let code = EnhancedStatusCode::new(4, 7, 28).unwrap();
    /// let flood = "The sender is sending too much mail too quickly; it looks like a flood.";
    /// assert_eq!(code.description(), Some(flood));
    /// assert_eq!(EnhancedStatusCode::new(5, 7, 999).unwrap().description(), None);
    /// ```
    #[must_use]
    #[inline]
    pub const fn description(self) -> Option<&'static str> {
        crate::enhanced_registry::description(self.subject, self.detail)
    }

    /// What the code means in `language`, in English where this build lacks
    /// that language (see the `lang-*` features); `None` for a pair that the
    /// registry does not list.
    ///
    /// ```
    /// use smtp_status::{EnhancedStatusCode, Language};
    ///
    /// let code = EnhancedStatusCode::new(5, 2, 2).unwrap();
    /// let text = code.description_in(Language::German).unwrap();
    /// if code.has_description_in(Language::German) {
    ///     assert_eq!(text, "Das Postfach ist voll.");
    /// } else {
    ///     assert_eq!(text, "The mailbox is full.");
    /// }
    /// ```
    #[must_use]
    #[inline]
    pub const fn description_in(self, language: Language) -> Option<&'static str> {
        match crate::enhanced_registry::translated(language, self.subject, self.detail) {
            Some(text) => Some(text),
            None => self.description(),
        }
    }

    /// Whether this build has the code's meaning in `language`: the registry
    /// lists the code and the language's feature is on (English always is).
    #[must_use]
    #[inline]
    pub const fn has_description_in(self, language: Language) -> bool {
        crate::enhanced_registry::translated(language, self.subject, self.detail).is_some()
    }
}

/// Reads the number of one to three digits, without a leading zero, that
/// starts `text`; returns it and the rest of `text`. A fourth digit, or a
/// digit after a leading zero, makes it no number.
const fn number(text: &[u8]) -> Option<(u16, &[u8])> {
    const fn digit(byte: u8) -> u16 {
        (byte - b'0') as u16
    }
    let (value, rest) = match text {
        [a @ b'1'..=b'9', b @ b'0'..=b'9', c @ b'0'..=b'9', rest @ ..] => {
            (digit(*a) * 100 + digit(*b) * 10 + digit(*c), rest)
        }
        [a @ b'1'..=b'9', b @ b'0'..=b'9', rest @ ..] => (digit(*a) * 10 + digit(*b), rest),
        [a @ b'0'..=b'9', rest @ ..] => (digit(*a), rest),
        _ => return None,
    };
    match rest {
        [b'0'..=b'9', ..] => None,
        _ => Some((value, rest)),
    }
}

/// Why text is not an enhanced status code.
///
/// ```
/// use smtp_status::EnhancedStatusCode;
///
/// let error = "5.01.1".parse::<EnhancedStatusCode>().unwrap_err();
/// assert!(error.to_string().contains("class.subject.detail"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ParseEnhancedError;

impl fmt::Display for ParseEnhancedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(
            "expected an enhanced status code class.subject.detail: class 2, 4 or 5, subject and detail of 1 to 3 digits without leading zeros (RFC 3463)",
        )
    }
}

impl core::error::Error for ParseEnhancedError {}

impl FromStr for EnhancedStatusCode {
    type Err = ParseEnhancedError;

    /// Parses exactly one code, such as `"5.1.1"`, with nothing around it.
    fn from_str(text: &str) -> Result<EnhancedStatusCode, ParseEnhancedError> {
        match EnhancedStatusCode::parse_prefix(text.as_bytes()) {
            Some((code, len)) if len == text.len() => Ok(code),
            _ => Err(ParseEnhancedError),
        }
    }
}

impl fmt::Display for EnhancedStatusCode {
    /// `class.subject.detail`, as `5.1.1`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.class.digit(), self.subject, self.detail)
    }
}

/// The subject of an enhanced status code: its middle number (RFC 3463 §3).
///
/// ```
/// use smtp_status::Subject;
///
/// assert_eq!(Subject::from_number(7), Some(Subject::SecurityPolicy));
/// assert_eq!(Subject::SecurityPolicy.to_string(), "security or policy status");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Subject {
    /// `X.0.X`: no more specific subject applies.
    Other = 0,
    /// `X.1.X`: the originator or destination address.
    Addressing = 1,
    /// `X.2.X`: the destination mailbox.
    Mailbox = 2,
    /// `X.3.X`: the destination mail system.
    MailSystem = 3,
    /// `X.4.X`: the network or routing between systems.
    NetworkRouting = 4,
    /// `X.5.X`: the mail delivery protocol.
    MailDelivery = 5,
    /// `X.6.X`: the message content or media.
    MessageContent = 6,
    /// `X.7.X`: security or policy.
    SecurityPolicy = 7,
}

impl Subject {
    /// The subject that a number names, or `None` above 7.
    #[must_use]
    #[inline]
    pub const fn from_number(number: u16) -> Option<Subject> {
        match number {
            0 => Some(Subject::Other),
            1 => Some(Subject::Addressing),
            2 => Some(Subject::Mailbox),
            3 => Some(Subject::MailSystem),
            4 => Some(Subject::NetworkRouting),
            5 => Some(Subject::MailDelivery),
            6 => Some(Subject::MessageContent),
            7 => Some(Subject::SecurityPolicy),
            _ => None,
        }
    }

    /// A short lower-case phrase for the subject.
    #[must_use]
    #[inline]
    pub const fn as_str(self) -> &'static str {
        match self {
            Subject::Other => "other or undefined status",
            Subject::Addressing => "addressing status",
            Subject::Mailbox => "mailbox status",
            Subject::MailSystem => "mail system status",
            Subject::NetworkRouting => "network and routing status",
            Subject::MailDelivery => "mail delivery protocol status",
            Subject::MessageContent => "message content or media status",
            Subject::SecurityPolicy => "security or policy status",
        }
    }
}

impl fmt::Display for Subject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
