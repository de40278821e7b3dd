//! The limits and leniency of reading replies.

#[cfg(doc)]
use crate::Reply;

/// Limits and leniency for [`Reply::parse_with`].
///
/// ```
/// use smtp_status::{Reply, ReplyOptions};
///
/// let options = ReplyOptions::new().allow_bare_lf(true).max_lines(10);
/// let (reply, _) = Reply::parse_with(b"220 ready\n", &options)?;
/// assert_eq!(reply.code().as_u16(), 220);
/// assert!(Reply::parse(b"220 ready\n").is_err());
/// # Ok::<(), smtp_status::ReplyError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ReplyOptions {
    pub(super) max_line_length: usize,
    pub(super) max_lines: usize,
    pub(super) allow_bare_lf: bool,
}

impl ReplyOptions {
    /// The longest reply line RFC 5321 §4.5.3.1.5 lets a server send: 512
    /// octets, code and CRLF included. Every reply this crate writes holds
    /// to it; reading does not, by default (see
    /// [`DEFAULT_MAX_LINE_LENGTH`](Self::DEFAULT_MAX_LINE_LENGTH)).
    pub const RFC_MAX_LINE_LENGTH: usize = 512;

    /// The default line limit for reading: 8,192 octets, CRLF included.
    ///
    /// Real servers send longer lines than RFC 5321 allows: Postfix echoes a
    /// long address in reply lines of 647 and 781 octets, Exim in one of
    /// 719, and RFC 5321 §4.5.3.1 asks a receiver to impose no limit it
    /// can avoid. 8,192 is what CPython's `smtplib` reads; with
    /// [`DEFAULT_MAX_LINES`](Self::DEFAULT_MAX_LINES) it bounds one reply
    /// at about 800 KiB, whatever a hostile server sends. Set
    /// [`RFC_MAX_LINE_LENGTH`](Self::RFC_MAX_LINE_LENGTH) to hold servers
    /// to the RFC.
    pub const DEFAULT_MAX_LINE_LENGTH: usize = 8192;
    /// The default limit on lines in one reply. RFC 5321 sets none; real
    /// EHLO replies have a few dozen at most.
    pub const DEFAULT_MAX_LINES: usize = 100;

    /// Strict parsing with the default limits.
    #[must_use]
    pub const fn new() -> ReplyOptions {
        ReplyOptions {
            max_line_length: Self::DEFAULT_MAX_LINE_LENGTH,
            max_lines: Self::DEFAULT_MAX_LINES,
            allow_bare_lf: false,
        }
    }

    /// The longest line accepted, in octets with its line end.
    #[must_use]
    pub const fn max_line_length(self, octets: usize) -> ReplyOptions {
        ReplyOptions {
            max_line_length: octets,
            ..self
        }
    }

    /// The most lines one reply may have.
    #[must_use]
    pub const fn max_lines(self, lines: usize) -> ReplyOptions {
        ReplyOptions {
            max_lines: lines,
            ..self
        }
    }

    /// Whether a line may end with LF alone, as some non-conforming servers
    /// send. Off by default.
    #[must_use]
    pub const fn allow_bare_lf(self, allow: bool) -> ReplyOptions {
        ReplyOptions {
            allow_bare_lf: allow,
            ..self
        }
    }
}

impl Default for ReplyOptions {
    fn default() -> Self {
        ReplyOptions::new()
    }
}
