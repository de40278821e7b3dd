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
    /// The extensions advertised, a bit each by their place in
    /// `Extension::ALL`: found in the one pass of `parse`.
    advertised: u32,
    /// SIZE's number, read in the same pass.
    size: Option<u64>,
    /// Where each keyword line's keyword and parameters are in the reply's
    /// bytes, for the first `SPANS` of them; a reply with more is read
    /// again line by line past them.
    spans: [Span; SPANS],
    /// How many of `spans` hold a line.
    len: u8,
    /// Whether keyword lines past those kept are there too.
    more: bool,
    /// The line (from 0) after the last one kept: where reading again
    /// starts.
    resume: u16,
    /// The reply as text, where it is UTF-8 (checked once, here).
    text: Option<&'a str>,
}

/// How many keyword lines an `Ehlo` keeps the place of: more than any
/// server sends (Postfix sends 10, Exim 8, Microsoft 365 12).
const SPANS: usize = 24;

/// A keyword line's place: the keyword, then the parameters.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Span {
    keyword: (u16, u8),
    params: (u16, u16),
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
        let mut ehlo = Ehlo {
            reply: *reply,
            advertised: 0,
            size: None,
            spans: [Span::default(); SPANS],
            len: 0,
            more: false,
            resume: 1,
            text: core::str::from_utf8(reply.as_bytes()).ok(),
        };
        let bytes = reply.as_bytes();
        let mut start = 0;
        let mut first = true;
        let mut line_index: usize = 0;
        // The reply was checked: each line is a code, a separator, text
        // without CR or LF, and a line end.
        while let Some(lf) = crate::reply::scan::find_lf(&bytes[start..]) {
            let end = start + lf;
            let text_end = if end > start && bytes[end - 1] == b'\r' {
                end - 1
            } else {
                end
            };
            let line_start = (start + 4).min(text_end);
            start = end + 1;
            line_index += 1;
            if core::mem::take(&mut first) {
                continue;
            }
            let line = match ehlo.text {
                Some(text) => text.get(line_start..text_end),
                None => core::str::from_utf8(&bytes[line_start..text_end]).ok(),
            };
            let Some((keyword, params)) = line.and_then(keyword_in) else {
                continue;
            };
            if let Some(extension) = Extension::from_keyword(keyword) {
                // The first SIZE line counts, as `params` reads the first.
                if extension == Extension::Size && !ehlo.has(extension) {
                    ehlo.size = params
                        .split_ascii_whitespace()
                        .next()
                        .and_then(|number| number.parse().ok());
                }
                ehlo.advertised |= extension.bit();
            }
            let offset = |text: &str| text.as_ptr() as usize - bytes.as_ptr() as usize;
            let fits =
                bytes.len() <= usize::from(u16::MAX) && keyword.len() <= usize::from(u8::MAX);
            // Places are kept while they fit, and none after one that does
            // not: the rest is read again in order.
            if !ehlo.more && usize::from(ehlo.len) < SPANS && fits {
                ehlo.spans[usize::from(ehlo.len)] = Span {
                    keyword: (offset(keyword) as u16, keyword.len() as u8),
                    params: (offset(params) as u16, params.len() as u16),
                };
                ehlo.len += 1;
                ehlo.resume = u16::try_from(line_index).unwrap_or(u16::MAX);
            } else {
                ehlo.more = true;
            }
        }
        Ok(ehlo)
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
        let bytes = self.reply.as_bytes();
        let whole = self.text;
        // Kept places lie in the reply's text, checked once by `parse`
        // (and each line by itself where the whole is not UTF-8).
        let text = move |(at, len): (usize, usize)| match whole {
            Some(whole) => whole.get(at..at + len).unwrap_or(""),
            None => core::str::from_utf8(&bytes[at..at + len]).unwrap_or(""),
        };
        let spans = self.spans;
        let kept = (0..usize::from(self.len)).map(move |index| {
            let span = spans[index];
            (
                text((usize::from(span.keyword.0), usize::from(span.keyword.1))),
                text((usize::from(span.params.0), usize::from(span.params.1))),
            )
        });
        // Past the kept places, the lines are read again.
        let skip = usize::from(self.resume);
        let rest = self
            .reply
            .lines()
            .skip(skip)
            .filter_map(keyword_line)
            .take(if self.more { usize::MAX } else { 0 });
        kept.chain(rest)
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
    pub const fn has(&self, extension: Extension) -> bool {
        self.advertised & extension.bit() != 0
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
/// keyword (or not UTF-8).
fn keyword_line(line: &[u8]) -> Option<(&str, &str)> {
    keyword_in(core::str::from_utf8(line).ok()?)
}

/// [`keyword_line`] of a line already known to be text.
fn keyword_in(line: &str) -> Option<(&str, &str)> {
    let bytes = line.as_bytes();
    if !bytes.first()?.is_ascii_alphanumeric() {
        return None;
    }
    let end = bytes
        .iter()
        .position(|b| !(b.is_ascii_alphanumeric() || *b == b'-'))
        .unwrap_or(bytes.len());
    let rest = &line[end..];
    // Every slice returned lies in `line`: `parse` keeps their places.
    let params = match rest.as_bytes().first() {
        None => rest,
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
    fn more_keywords_than_places_kept() {
        let mut wire = std::string::String::from("250-mx\r\n250-*****\r\n");
        for index in 0..30 {
            wire.push_str(&std::format!("250-X-K{index} {index}\r\n"));
        }
        wire.push_str("250 SIZE 5\r\n");
        let ehlo = ehlo(wire.as_bytes());
        let keywords: std::vec::Vec<_> = ehlo.keywords().collect();
        assert_eq!(keywords.len(), 31);
        assert_eq!(keywords[0], ("X-K0", "0"));
        assert_eq!(keywords[29], ("X-K29", "29"));
        assert_eq!(keywords[30], ("SIZE", "5"));
        assert_eq!(ehlo.size(), Some(5));
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
