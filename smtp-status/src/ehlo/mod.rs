//! The reply to EHLO (RFC 5321 §4.1.1.1): the server's name on its first
//! line, then one service extension a line, its keyword and parameters.
//! `Ehlo` reads a client's; `ehlo_reply` writes a server's.

#[cfg(feature = "alloc")]
mod build;
mod extension;
mod limits;
mod lines;

#[cfg(feature = "alloc")]
pub use build::{ehlo_reply, Advertised};
pub use extension::Extension;
pub use limits::Limits;

use crate::{Reply, ReplyCode};
use core::fmt;
use lines::{KeywordLines, KnownLines};

/// A server's reply to EHLO, read: its domain and the extensions it
/// advertises, borrowed from the reply. Nothing is allocated.
///
/// Keywords compare without case. A line that is no keyword (RFC 5321's
/// `ehlo-keyword`: a letter or digit, then letters, digits and hyphens) is
/// skipped, as Python's smtplib skips it: one odd line does not lose the
/// rest.
///
/// `parse` reads every line once and keeps what the questions without
/// text need (which extensions, SIZE's number); the iterators and
/// [`params`](Ehlo::params) read the lines again as they go, so that an
/// `Ehlo` is a few words to return and to copy.
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
    /// `Extension::ALL`.
    advertised: u32,
    /// SIZE's number.
    size: Option<u64>,
    /// Where the first AUTH line's parameters are: most servers send one
    /// AUTH line, which `auth_mechanisms` then reads without reading the
    /// lines again.
    auth: (usize, usize),
    /// Where the second AUTH line starts (0 where there is none): the
    /// lines from there on are read again.
    more_auth: usize,
    /// The reply as text, where it is UTF-8 (checked once, here).
    text: Option<&'a str>,
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
        let bytes = reply.as_bytes();
        let mut ehlo = Ehlo {
            reply: *reply,
            advertised: 0,
            size: None,
            auth: (0, 0),
            more_auth: 0,
            text: core::str::from_utf8(bytes).ok(),
        };
        for line in KnownLines::new(bytes, ehlo.text.is_some()) {
            let extension = line.extension;
            match (extension, ehlo.has(extension)) {
                // The first SIZE line counts, as `params` reads the first.
                (Extension::Size, false) => {
                    ehlo.size = bytes
                        .get(line.params.0..line.params.1)
                        .and_then(|params| params.split(u8::is_ascii_whitespace).next())
                        .and_then(parse_u64);
                }
                (Extension::Auth, false) => ehlo.auth = line.params,
                (Extension::Auth, true) if ehlo.more_auth == 0 => ehlo.more_auth = line.start,
                _ => {}
            }
            ehlo.advertised |= extension.bit();
        }
        Ok(ehlo)
    }

    /// The server's domain: the first word of the first line (`""` where
    /// it is not UTF-8).
    #[must_use]
    pub fn domain(&self) -> &'a str {
        // The first line's text starts after its code and separator (a
        // code alone ends the line there).
        let from = self.reply.as_bytes().len().min(4);
        let text = self.reply.as_bytes().get(from..).unwrap_or_default();
        let len = text
            .iter()
            .position(|&byte| matches!(byte, b' ' | b'\r' | b'\n'))
            .unwrap_or(text.len());
        self.text((from, from + len))
    }

    /// The extensions advertised, as `(keyword, params)` in the order
    /// sent: the keyword as written, its parameters after it (`""` for
    /// none). The old form `AUTH=LOGIN PLAIN` gives `("AUTH", "LOGIN
    /// PLAIN")`.
    pub fn keywords(&self) -> impl Iterator<Item = (&'a str, &'a str)> + '_ {
        self.lines()
            .map(|line| (self.text(line.keyword), self.text(line.params)))
    }

    /// The parameters of the first line whose keyword is `keyword` (any
    /// case): `""` for a keyword advertised without any, `None` for one
    /// not advertised.
    #[must_use]
    pub fn params(&self, keyword: &str) -> Option<&'a str> {
        let bytes = self.reply.as_bytes();
        self.lines()
            .find(|line| {
                bytes
                    .get(line.keyword.0..line.keyword.1)
                    .is_some_and(|name| name.eq_ignore_ascii_case(keyword.as_bytes()))
            })
            .map(|line| self.text(line.params))
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
    pub const fn size(&self) -> Option<u64> {
        self.size
    }

    /// The AUTH mechanisms advertised, in order, from every `AUTH` line
    /// and the old `AUTH=` form alike (a mechanism named by both comes
    /// twice).
    pub fn auth_mechanisms(&self) -> impl Iterator<Item = &'a str> + '_ {
        // The lines after the first AUTH line are read again only where
        // another one follows.
        let rest = match self.more_auth {
            0 => KeywordLines::from(&[], 0, true),
            start => KeywordLines::from(self.reply.as_bytes(), start, self.text.is_some()),
        };
        let rest = rest
            .filter(|line| Extension::from_folded(&line.folded) == Some(Extension::Auth))
            .flat_map(|line| self.text(line.params).split_ascii_whitespace());
        self.text(self.auth).split_ascii_whitespace().chain(rest)
    }

    /// RFC 9422's LIMITS, where advertised.
    #[must_use]
    pub fn limits(&self) -> Option<Limits> {
        if !self.has(Extension::Limits) {
            return None;
        }
        self.params("LIMITS").map(Limits::parse)
    }

    /// The reply read.
    #[must_use]
    pub const fn reply(&self) -> &Reply<'a> {
        &self.reply
    }

    /// The reply's keyword lines, read again.
    fn lines(&self) -> KeywordLines<'a> {
        KeywordLines::new(self.reply.as_bytes(), self.text.is_some())
    }

    /// The text at `places` in the reply, each at an ASCII byte: in the
    /// reply's text where it is UTF-8, or checked by itself (`""` where it
    /// is not).
    #[inline]
    fn text(&self, (from, to): (usize, usize)) -> &'a str {
        match self.text {
            Some(text) => text.get(from..to),
            None => self
                .reply
                .as_bytes()
                .get(from..to)
                .and_then(|bytes| core::str::from_utf8(bytes).ok()),
        }
        .unwrap_or("")
    }
}

/// A decimal number of ASCII digits, `None` for anything else or one past
/// `u64::MAX`.
fn parse_u64(digits: &[u8]) -> Option<u64> {
    if digits.is_empty() {
        return None;
    }
    digits.iter().try_fold(0u64, |number, &digit| {
        if !digit.is_ascii_digit() {
            return None;
        }
        number.checked_mul(10)?.checked_add(u64::from(digit - b'0'))
    })
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
    fn more_keyword_lines_than_servers_send() {
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

    /// The reading `parse` speeds up, written the plain way: each line
    /// after the first, a keyword of letters, digits and hyphens starting
    /// with a letter or digit, then nothing or a space, tab or "=" and the
    /// parameters, trimmed; lines that are not UTF-8 skipped.
    fn plain_keywords<'a>(reply: &Reply<'a>) -> std::vec::Vec<(&'a str, &'a str)> {
        reply
            .lines()
            .skip(1)
            .filter_map(|line| {
                let line = core::str::from_utf8(line).ok()?;
                let end = line
                    .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
                    .unwrap_or(line.len());
                if !line.starts_with(|c: char| c.is_ascii_alphanumeric()) {
                    return None;
                }
                let rest = &line[end..];
                let params = match rest.chars().next() {
                    None => rest,
                    Some(' ' | '\t' | '=') => {
                        rest[1..].trim_matches(|c: char| c.is_ascii_whitespace())
                    }
                    Some(_) => return None,
                };
                Some((&line[..end], params))
            })
            .collect()
    }

    #[test]
    fn agrees_with_the_plain_reading() {
        // Replies of random lines from pieces that cross every path:
        // known keywords in any case, long and odd keywords, separators,
        // padding, bytes that are no keyword or not UTF-8, many lines.
        const PIECES: &[&[u8]] = &[
            b"SIZE",
            b"size",
            b"AUTH",
            b"auth",
            b"ENHANCEDSTATUSCODES",
            b"8bitmime",
            b"STARTTLS",
            b"SMTPUTF8",
            b"MT-PRIORITY",
            b"X-",
            b"A",
            b"-",
            b"0123456789",
            b"ABCDEFGHIJKLMNOPQRSTUVWXYZ",
            b" ",
            b"  ",
            b"\t",
            b"=",
            b".",
            b"PLAIN",
            b"LOGIN",
            b"10240",
            b"99999999999999999999999",
            b"\xc3\xa9",
            b"\xff",
            b"@",
            b"[",
            b"`",
            b"{",
            b"\x0b",
            b"\x7f",
            // Control characters that fold onto digits: "\x18BITMIME"
            // folds as "8BITMIME" does.
            b"\x18",
            b"\x10",
            b"BITMIME",
        ];
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = |bound: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % bound as u64) as usize
        };
        for _ in 0..20_000 {
            let mut wire = std::vec::Vec::from(&b"250-"[..]);
            for _ in 0..next(4) {
                wire.extend_from_slice(PIECES[next(PIECES.len())]);
            }
            let lines = next(40);
            for line in 0..lines {
                wire.extend_from_slice(if line + 1 == lines {
                    b"\r\n250 "
                } else {
                    b"\r\n250-"
                });
                for _ in 0..next(6) {
                    wire.extend_from_slice(PIECES[next(PIECES.len())]);
                }
            }
            if lines == 0 {
                wire[3] = b' ';
            }
            wire.extend_from_slice(b"\r\n");
            // One reply in four with bare LFs, as a lenient reader takes
            // them.
            let bare_lf = next(4) == 0;
            if bare_lf {
                // The pieces hold no CR: each one is a line end's.
                wire.retain(|&byte| byte != b'\r');
            }
            let options = crate::ReplyOptions::new().allow_bare_lf(bare_lf);
            let Ok((reply, _)) = Reply::parse_with(&wire, &options) else {
                continue;
            };
            let ehlo = Ehlo::parse(&reply).unwrap();
            let first = reply.lines().next().unwrap_or_default();
            let domain = first.split(|&b| b == b' ').next().unwrap_or_default();
            assert_eq!(ehlo.domain(), core::str::from_utf8(domain).unwrap_or(""));
            let plain = plain_keywords(&reply);
            let ours: std::vec::Vec<_> = ehlo.keywords().collect();
            assert_eq!(
                ours,
                plain,
                "{:?}",
                std::string::String::from_utf8_lossy(&wire)
            );
            for extension in Extension::ALL {
                let named = plain
                    .iter()
                    .any(|(keyword, _)| keyword.eq_ignore_ascii_case(extension.keyword()));
                assert_eq!(ehlo.has(extension), named, "{extension:?}");
            }
            let size = plain
                .iter()
                .find(|(keyword, _)| keyword.eq_ignore_ascii_case("SIZE"))
                .and_then(|(_, params)| params.split_ascii_whitespace().next()?.parse().ok());
            assert_eq!(ehlo.size(), size);
            let auth: std::vec::Vec<_> = plain
                .iter()
                .filter(|(keyword, _)| keyword.eq_ignore_ascii_case("AUTH"))
                .flat_map(|(_, params)| params.split_ascii_whitespace())
                .collect();
            assert_eq!(ehlo.auth_mechanisms().collect::<std::vec::Vec<_>>(), auth);
        }
    }
}
