//! The reply to EHLO (RFC 5321 §4.1.1.1): the server's name on its first
//! line, then one service extension a line, its keyword and parameters.
//! `Ehlo` reads a client's; `ehlo_reply` writes a server's.

#[cfg(feature = "alloc")]
mod build;
mod extension;
mod limits;

#[cfg(feature = "alloc")]
pub use build::{ehlo_reply, Advertised};
pub use extension::Extension;
pub use limits::Limits;

use crate::{Reply, ReplyCode};
use core::fmt;

/// A server's reply to EHLO, read: its domain and the extensions it
/// advertises, borrowed from the reply. Nothing is allocated.
///
/// Keywords compare without case. A line that is no keyword (RFC 5321's
/// `ehlo-keyword`: a letter or digit, then letters, digits and hyphens) is
/// skipped, as Python's smtplib skips it: one odd line does not lose the
/// rest.
///
/// ```
/// use smtp_status::{Ehlo, Extension, Reply};
///
/// let (reply, _) = Reply::parse(
///     b"250-mx.example.com Hello client.example.org\r\n\
///       250-PIPELINING\r\n\
///       250-SIZE 35882577\r\n\
///       250-AUTH PLAIN LOGIN\r\n\
///       250-AUTH=LOGIN\r\n\
///       250 STARTTLS\r\n",
/// )?;
/// let ehlo = Ehlo::parse(&reply)?;
/// assert_eq!(ehlo.domain(), "mx.example.com");
/// assert!(ehlo.has(Extension::Pipelining) && ehlo.has(Extension::StartTls));
/// assert!(!ehlo.has(Extension::SmtpUtf8));
/// assert_eq!(ehlo.size(), Some(35_882_577));
/// assert_eq!(ehlo.params("size"), Some("35882577"));
/// assert_eq!(ehlo.auth_mechanisms().collect::<Vec<_>>(), ["PLAIN", "LOGIN", "LOGIN"]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ehlo<'a> {
    reply: Reply<'a>,
}

/// Why a reply is not a successful EHLO reply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EhloError {
    /// The reply's code is not 250: the server refused EHLO (a client
    /// falls back to HELO on a 5yz), or answered something else.
    NotAccepted(ReplyCode),
}

impl fmt::Display for EhloError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EhloError::NotAccepted(code) => write!(
                f,
                "the reply to EHLO is {code}, not 250: no extensions were advertised"
            ),
        }
    }
}

impl core::error::Error for EhloError {}

impl<'a> Ehlo<'a> {
    /// Reads a reply to EHLO.
    ///
    /// # Errors
    ///
    /// [`EhloError::NotAccepted`] for a code other than 250.
    pub fn parse(reply: &Reply<'a>) -> Result<Ehlo<'a>, EhloError> {
        if reply.code().as_u16() != 250 {
            return Err(EhloError::NotAccepted(reply.code()));
        }
        Ok(Ehlo { reply: *reply })
    }

    /// The server's domain: the first word of the first line (`""` where
    /// it is not UTF-8).
    #[must_use]
    pub fn domain(&self) -> &'a str {
        let first = self.reply.lines().next().unwrap_or_default();
        let word = first.split(|&b| b == b' ').next().unwrap_or_default();
        core::str::from_utf8(word).unwrap_or("")
    }

    /// The extensions advertised, as `(keyword, params)` in the order
    /// sent: the keyword as written, its parameters after it (`""` for
    /// none). The old form `AUTH=LOGIN PLAIN` gives `("AUTH", "LOGIN
    /// PLAIN")`.
    pub fn keywords(&self) -> impl Iterator<Item = (&'a str, &'a str)> + 'a {
        self.reply.lines().skip(1).filter_map(keyword_line)
    }

    /// The parameters of the first line whose keyword is `keyword` (any
    /// case): `""` for a keyword advertised without any, `None` for one
    /// not advertised.
    #[must_use]
    pub fn params(&self, keyword: &str) -> Option<&'a str> {
        self.keywords()
            .find(|(name, _)| name.eq_ignore_ascii_case(keyword))
            .map(|(_, params)| params)
    }

    /// Whether the server advertises `extension`.
    #[must_use]
    pub fn has(&self, extension: Extension) -> bool {
        self.params(extension.keyword()).is_some()
    }

    /// The largest message the server takes (`SIZE n`, RFC 1870): `None`
    /// without SIZE, or with SIZE and no number. `SIZE 0`, RFC 1870's "no
    /// fixed limit", is `Some(0)`.
    #[must_use]
    pub fn size(&self) -> Option<u64> {
        self.params("SIZE")?
            .split_ascii_whitespace()
            .next()?
            .parse()
            .ok()
    }

    /// The AUTH mechanisms advertised, in order, from every `AUTH` line
    /// and the old `AUTH=` form alike (a mechanism named by both comes
    /// twice).
    pub fn auth_mechanisms(&self) -> impl Iterator<Item = &'a str> + 'a {
        self.keywords()
            .filter(|(name, _)| name.eq_ignore_ascii_case("AUTH"))
            .flat_map(|(_, params)| params.split_ascii_whitespace())
    }

    /// RFC 9422's LIMITS, where advertised.
    #[must_use]
    pub fn limits(&self) -> Option<Limits> {
        self.params("LIMITS").map(Limits::parse)
    }

    /// The reply read.
    #[must_use]
    pub const fn reply(&self) -> &Reply<'a> {
        &self.reply
    }
}

/// A line's keyword and parameters, or `None` for a line that is no
/// keyword.
fn keyword_line(line: &[u8]) -> Option<(&str, &str)> {
    let line = core::str::from_utf8(line).ok()?;
    let bytes = line.as_bytes();
    if !bytes.first()?.is_ascii_alphanumeric() {
        return None;
    }
    let end = bytes
        .iter()
        .position(|b| !(b.is_ascii_alphanumeric() || *b == b'-'))
        .unwrap_or(bytes.len());
    let rest = &line[end..];
    let params = match rest.as_bytes().first() {
        None => "",
        Some(b' ' | b'\t' | b'=') => rest[1..].trim(),
        Some(_) => return None,
    };
    Some((&line[..end], params))
}

#[cfg(test)]
mod tests {
    use super::{Ehlo, EhloError, Extension};
    use crate::Reply;

    fn ehlo(wire: &[u8]) -> Ehlo<'_> {
        let (reply, _) = Reply::parse(wire).unwrap();
        Ehlo::parse(&reply).unwrap()
    }

    #[test]
    fn skips_what_is_no_keyword() {
        let ehlo = ehlo(b"250-mx\r\n250-*****\r\n250- leading space\r\n250-X.Y\r\n250-8BITMIME\r\n250 \xff\xfe\r\n");
        let keywords: std::vec::Vec<_> = ehlo.keywords().collect();
        assert_eq!(keywords, [("8BITMIME", "")]);
        assert!(ehlo.has(Extension::EightBitMime));
    }

    #[test]
    fn a_one_line_reply_advertises_nothing() {
        let ehlo = ehlo(b"250 mx.example.com\r\n");
        assert_eq!(ehlo.domain(), "mx.example.com");
        assert_eq!(ehlo.keywords().count(), 0);
        assert_eq!((ehlo.size(), ehlo.limits()), (None, None));
    }

    #[test]
    fn size_without_a_number() {
        assert_eq!(ehlo(b"250-mx\r\n250 SIZE\r\n").size(), None);
        assert_eq!(ehlo(b"250-mx\r\n250 SIZE\r\n").params("SIZE"), Some(""));
        assert_eq!(ehlo(b"250-mx\r\n250 SIZE 0\r\n").size(), Some(0));
        assert_eq!(ehlo(b"250-mx\r\n250 SIZE lots\r\n").size(), None);
    }

    #[test]
    fn refusals_are_errors() {
        let (reply, _) = Reply::parse(b"502 5.5.1 EHLO not implemented\r\n").unwrap();
        let error = Ehlo::parse(&reply).unwrap_err();
        assert_eq!(error, EhloError::NotAccepted(reply.code()));
        assert!(std::string::ToString::to_string(&error).contains("502"));
    }
}
