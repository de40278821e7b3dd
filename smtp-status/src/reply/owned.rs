//! Owned replies: [`ReplyBuf`].

use super::parse::Detached;
use crate::{
    BuildReplyError, EnhancedStatusCode, OutgoingReply, PeerText, Reply, ReplyCode, ReplyError,
    SmtpCodes,
};
use alloc::vec::Vec;
use core::fmt;

/// A reply that owns its bytes: one to keep (in an error type, say) after
/// the buffer it was read from is gone, or one built to send.
///
/// Every accessor of [`Reply`] is reached through [`as_reply`](Self::as_reply);
/// [`as_bytes`](Self::as_bytes) is the exact wire form, CRLFs included.
///
/// ```
/// use smtp_status::{Reply, ReplyBuf, ReplyCode, SmtpStatusCode};
///
/// // Kept from what a server sent.
/// let (reply, _) = Reply::parse(b"451 4.7.1 Greylisted\r\n")?;
/// let kept = ReplyBuf::from(reply);
/// assert_eq!(kept.as_reply().code().as_u16(), 451);
///
/// // Built to send.
/// let code = SmtpStatusCode::MailboxUnavailable.reply_code().unwrap();
/// let built = ReplyBuf::new(code, "5.1.1".parse().ok(), "<bob@example.com>: no such user")?;
/// assert_eq!(built.as_bytes(), b"550 5.1.1 <bob@example.com>: no such user\r\n");
/// assert_eq!(built.to_string(), "550 5.1.1 <bob@example.com>: no such user\n");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct ReplyBuf {
    bytes: Vec<u8>,
    parsed: Detached,
}

impl ReplyBuf {
    /// Builds a reply to send, with the rules of [`OutgoingReply`]: `\n`
    /// starts a line, long lines are split to fit 512 octets, the enhanced
    /// code starts every line, and CR, NUL or an enhanced code of another
    /// class are errors.
    ///
    /// # Errors
    ///
    /// [`BuildReplyError`] says which rule the reply breaks.
    pub fn new(
        code: ReplyCode,
        enhanced: Option<EnhancedStatusCode>,
        text: &str,
    ) -> Result<ReplyBuf, BuildReplyError> {
        Ok(ReplyBuf::from(OutgoingReply::new(code, enhanced, text)?))
    }

    /// Builds a reply with the code of a variant of a code enum, such as
    /// `SmtpStatusCode::MailboxUnavailable`; see [`ReplyBuf::new`].
    ///
    /// # Errors
    ///
    /// [`BuildReplyError::NotAReplyCode`] for a sentinel, or as
    /// [`ReplyBuf::new`].
    pub fn with_code<E: SmtpCodes>(
        code: E,
        enhanced: Option<EnhancedStatusCode>,
        text: &str,
    ) -> Result<ReplyBuf, BuildReplyError> {
        let reply_code = code
            .reply_code()
            .ok_or(BuildReplyError::NotAReplyCode(code.code()))?;
        ReplyBuf::new(reply_code, enhanced, text)
    }

    /// Parses one reply from `input` and keeps it; the bytes after it are
    /// not looked at.
    ///
    /// # Errors
    ///
    /// As [`Reply::parse`].
    pub fn parse(input: &[u8]) -> Result<ReplyBuf, ReplyError> {
        Reply::parse(input).map(|(reply, _)| ReplyBuf::from(reply))
    }

    /// The reply, borrowed, with all of [`Reply`]'s accessors.
    #[must_use]
    pub fn as_reply(&self) -> Reply<'_> {
        self.parsed.attach(&self.bytes)
    }

    /// The reply code.
    #[must_use]
    pub fn code(&self) -> ReplyCode {
        self.as_reply().code()
    }

    /// The enhanced status code, if the first line carries one.
    #[must_use]
    pub fn enhanced(&self) -> Option<EnhancedStatusCode> {
        self.as_reply().enhanced()
    }

    /// The wire form, CRLFs included.
    #[must_use]
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// The wire form, owned.
    #[must_use]
    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }
}

impl From<Reply<'_>> for ReplyBuf {
    fn from(reply: Reply<'_>) -> ReplyBuf {
        ReplyBuf {
            bytes: reply.as_bytes().to_vec(),
            parsed: reply.detach(),
        }
    }
}

impl From<OutgoingReply<'_>> for ReplyBuf {
    fn from(reply: OutgoingReply<'_>) -> ReplyBuf {
        let mut bytes = Vec::new();
        let lines = reply.append_to(&mut bytes);
        // What `Reply::parse` finds in these bytes, without parsing them:
        // the enhanced code given, else one that the text starts with
        // (RFC 2034's rule, as the parser applies it).
        let enhanced = reply.enhanced().or_else(|| {
            let first = reply.text().split('\n').next().unwrap_or_default();
            EnhancedStatusCode::parse_prefix(first.as_bytes())
                .map(|(enhanced, _)| enhanced)
                .filter(|enhanced| enhanced.class() == reply.code().class())
        });
        ReplyBuf {
            bytes,
            parsed: Detached::new(reply.code(), enhanced, lines),
        }
    }
}

impl Reply<'_> {
    /// The reply, owning its bytes.
    #[must_use]
    pub fn to_reply_buf(&self) -> ReplyBuf {
        ReplyBuf::from(*self)
    }
}

impl fmt::Debug for ReplyBuf {
    /// As [`Reply`]'s: the code, the enhanced code and the lines as escaped
    /// text.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.as_reply(), f)
    }
}

impl fmt::Display for ReplyBuf {
    /// Each line as code, separator and text, ended by `\n` instead of
    /// CRLF, with the text's control characters escaped (see
    /// [`PeerText`]). Parsing it with
    /// [`allow_bare_lf(true)`](crate::ReplyOptions::allow_bare_lf) gives
    /// the same reply back, where the text had no control characters.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let reply = self.as_reply();
        let last = reply.line_count().saturating_sub(1);
        for (index, text) in reply.lines().enumerate() {
            let separator = if index == last { ' ' } else { '-' };
            writeln!(f, "{}{separator}{}", reply.code(), PeerText::new(text))?;
        }
        Ok(())
    }
}
