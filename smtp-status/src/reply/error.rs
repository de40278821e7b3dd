//! Why bytes are not (yet) a complete, valid reply.

use core::fmt;

/// Why [`Reply::parse`](crate::Reply::parse) returned no reply.
///
/// [`is_incomplete`](ReplyError::is_incomplete) tells the one case that is
/// no error at all: the input is the start of a reply, and the caller
/// should read more and parse again.
///
/// ```
/// use smtp_status::{Reply, ReplyErrorKind};
///
/// let error = Reply::parse(b"250-first line\r\n").unwrap_err();
/// assert!(error.is_incomplete());
///
/// let error = Reply::parse(b"250-first\r\n251 second\r\n").unwrap_err();
/// assert_eq!(error.kind(), ReplyErrorKind::CodeMismatch);
/// assert_eq!(error.line(), 2);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ReplyError {
    kind: ReplyErrorKind,
    line: usize,
}

/// The kinds of [`ReplyError`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReplyErrorKind {
    /// The input ends before the reply does: read more and parse again.
    Incomplete,
    /// A line does not start with a valid reply code (three digits, the
    /// first 2 to 5, the second 0 to 5).
    BadCode,
    /// A line's code differs from the first line's (RFC 5321 §4.2.1: every
    /// line of a reply carries the same code).
    CodeMismatch,
    /// After the code comes neither `' '` nor `'-'`, nor the end of a
    /// line that holds the code alone.
    BadSeparator,
    /// A line ends with LF alone, not CRLF (accepted only with
    /// [`ReplyOptions::allow_bare_lf`](crate::ReplyOptions::allow_bare_lf)).
    BareLf,
    /// A CR that is not followed by LF.
    BareCr,
    /// A line is longer than the limit (512 octets with CRLF by default,
    /// RFC 5321 §4.5.3.1.5).
    LineTooLong,
    /// The reply has more lines than the limit.
    TooManyLines,
}

impl ReplyError {
    pub(crate) const fn new(kind: ReplyErrorKind, line: usize) -> ReplyError {
        ReplyError { kind, line }
    }

    /// What is wrong.
    #[must_use]
    pub const fn kind(&self) -> ReplyErrorKind {
        self.kind
    }

    /// The line of the reply (from 1) where it went wrong.
    #[must_use]
    pub const fn line(&self) -> usize {
        self.line
    }

    /// `true` if the input is the start of a reply and more is needed.
    #[must_use]
    pub const fn is_incomplete(&self) -> bool {
        matches!(self.kind, ReplyErrorKind::Incomplete)
    }
}

impl fmt::Display for ReplyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.kind {
            ReplyErrorKind::Incomplete => "incomplete reply: more input is needed",
            ReplyErrorKind::BadCode => {
                "bad reply code: expected three digits, the first 2-5 and the second 0-5"
            }
            ReplyErrorKind::CodeMismatch => "reply code differs from the code of the first line",
            ReplyErrorKind::BadSeparator => "expected ' ' or '-' after the reply code",
            ReplyErrorKind::BareLf => "line ends with a bare LF instead of CRLF",
            ReplyErrorKind::BareCr => "bare CR in a reply line",
            ReplyErrorKind::LineTooLong => "reply line is longer than the limit",
            ReplyErrorKind::TooManyLines => "reply has more lines than the limit",
        };
        write!(f, "{what} (line {})", self.line)
    }
}

impl core::error::Error for ReplyError {}
