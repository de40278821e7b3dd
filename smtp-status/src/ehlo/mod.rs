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
use extension::{keyword_len, Folded};
pub use limits::Limits;

use crate::{Lines, Reply, ReplyCode};
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
    /// Which kept places (a bit each, by index) are AUTH lines.
    auth: u32,
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

/// A keyword line's place in the reply: where its keyword starts and how
/// long it is, then its parameters, from the keyword's start. Six bytes, so
/// that an `Ehlo` stays small to return and to copy.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Span {
    at: u16,
    keyword_len: u8,
    params_from: u8,
    params_len: u16,
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
            auth: 0,
            size: None,
            spans: [Span::default(); SPANS],
            len: 0,
            more: false,
            resume: 1,
            text: core::str::from_utf8(bytes).ok(),
        };
        // Places fit in the spans' integers only in a reply this short.
        let fits = bytes.len() <= usize::from(u16::MAX);
        // The reply was checked: each line is a code, a separator, text
        // without CR or LF, and a line end. The first line is the domain.
        let Some(first) = crate::reply::scan::find_lf(bytes) else {
            return Ok(ehlo);
        };
        let mut start = first + 1;
        let mut line_index: usize = 0;
        while let Some(lf) = crate::reply::scan::find_lf(&bytes[start..]) {
            let end = start + lf;
            let text_end = end - usize::from(bytes[end - 1] == b'\r');
            let line_start = (start + 4).min(text_end);
            start = end + 1;
            line_index += 1;
            let line = &bytes[line_start..text_end];
            let Some(places) = keyword_places(&bytes[line_start..], line.len()) else {
                continue;
            };
            // A line that is not UTF-8 is skipped, as smtplib's decoding
            // would garble it.
            if ehlo.text.is_none() && core::str::from_utf8(line).is_err() {
                continue;
            }
            let keyword = &line[..places.keyword_end];
            let extension = Extension::from_folded(&places.folded);
            if let Some(extension) = extension {
                // The first SIZE line counts, as `params` reads the first.
                if extension == Extension::Size && !ehlo.has(extension) {
                    let params = &line[places.params.0..places.params.1];
                    ehlo.size = params
                        .split(u8::is_ascii_whitespace)
                        .next()
                        .and_then(parse_u64);
                }
                ehlo.advertised |= extension.bit();
            }
            // Places are kept while they fit, and none after one that does
            // not: the rest is read again in order.
            let index = usize::from(ehlo.len);
            let span = match (
                u8::try_from(keyword.len()),
                u8::try_from(places.params.0),
                u16::try_from(places.params.1 - places.params.0),
            ) {
                (Ok(keyword_len), Ok(params_from), Ok(params_len)) if fits => Some(Span {
                    at: line_start as u16,
                    keyword_len,
                    params_from,
                    params_len,
                }),
                _ => None,
            };
            if let (false, true, Some(span)) = (ehlo.more, index < SPANS, span) {
                ehlo.spans[index] = span;
                if extension == Some(Extension::Auth) {
                    ehlo.auth |= 1 << index;
                }
                ehlo.len += 1;
                ehlo.resume = u16::try_from(line_index + 1).unwrap_or(u16::MAX);
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
    pub fn keywords(&self) -> impl Iterator<Item = (&'a str, &'a str)> + '_ {
        self.keyword_lines(u32::MAX, None)
    }

    /// The keyword lines: of the kept places those whose bit is in `kept`,
    /// then of the lines read again those whose keyword is `only` (any
    /// where `None`).
    fn keyword_lines(&self, kept: u32, only: Option<&'static str>) -> Keywords<'_, 'a> {
        Keywords {
            ehlo: self,
            next: 0,
            kept,
            // Nothing is read again where every keyword line was kept.
            rest: self.more.then(|| {
                let mut lines = self.reply.lines();
                for _ in 0..self.resume {
                    lines.next();
                }
                lines
            }),
            only,
        }
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
    pub const fn size(&self) -> Option<u64> {
        self.size
    }

    /// The AUTH mechanisms advertised, in order, from every `AUTH` line
    /// and the old `AUTH=` form alike (a mechanism named by both comes
    /// twice).
    pub fn auth_mechanisms(&self) -> impl Iterator<Item = &'a str> + '_ {
        self.keyword_lines(self.auth, Some("AUTH"))
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
#[inline]
fn keyword_line(line: &[u8]) -> Option<(&str, &str)> {
    let places = keyword_places(line, line.len())?;
    let line = core::str::from_utf8(line).ok()?;
    Some((
        &line[..places.keyword_end],
        &line[places.params.0..places.params.1],
    ))
}

/// The iterator of [`Ehlo::keywords`]: the kept places, then the lines
/// read again.
struct Keywords<'e, 'a> {
    ehlo: &'e Ehlo<'a>,
    next: u8,
    /// Which kept places to give, a bit each.
    kept: u32,
    rest: Option<Lines<'a>>,
    only: Option<&'static str>,
}

impl<'a> Keywords<'_, 'a> {
    /// The text at a kept place: in the reply's text, checked once by
    /// `parse`, or in a line checked by itself.
    fn at(&self, at: usize, len: usize) -> &'a str {
        match self.ehlo.text {
            Some(text) => text.get(at..at + len),
            None => self
                .ehlo
                .reply
                .as_bytes()
                .get(at..at + len)
                .and_then(|bytes| core::str::from_utf8(bytes).ok()),
        }
        .unwrap_or("")
    }
}

impl<'a> Iterator for Keywords<'_, 'a> {
    type Item = (&'a str, &'a str);

    fn next(&mut self) -> Option<(&'a str, &'a str)> {
        while self.next < self.ehlo.len {
            let index = self.next;
            self.next += 1;
            if self.kept & (1 << index) != 0 {
                let span = self.ehlo.spans[usize::from(index)];
                let at = usize::from(span.at);
                return Some((
                    self.at(at, usize::from(span.keyword_len)),
                    self.at(
                        at + usize::from(span.params_from),
                        usize::from(span.params_len),
                    ),
                ));
            }
        }
        let only = self.only;
        self.rest.as_mut()?.find_map(|line| {
            keyword_line(line)
                .filter(|(keyword, _)| only.map_or(true, |only| keyword.eq_ignore_ascii_case(only)))
        })
    }
}

/// Where a keyword line's parts are, from the line's first byte, and its
/// keyword folded for [`Extension::from_folded`].
struct Places {
    keyword_end: usize,
    params: (usize, usize),
    folded: Folded,
}

/// The places of the keyword and parameters of the line of `line_len`
/// bytes that `from_line` starts with (as smtplib reads them:
/// a keyword of letters, digits and hyphens, then a space, a tab or the
/// old `AUTH=` form's "=", then the parameters without the white space
/// around them), or `None` for a line that is no keyword. Every place is
/// at an ASCII byte, so on a char boundary of a line that is text.
// Inlined: a `Places` returned through memory is read back before its
// stores have landed, and that stall cost more than the rest of the line.
#[inline(always)]
fn keyword_places(from_line: &[u8], line_len: usize) -> Option<Places> {
    let line = from_line.get(..line_len)?;
    if !line.first()?.is_ascii_alphanumeric() {
        return None;
    }
    // Read on past the line where the reply goes on: its line end is no
    // keyword byte.
    let end = keyword_len(from_line).min(line_len);
    let folded = Folded::of(from_line, end);
    let params = match line.get(end) {
        None => (end, end),
        Some(b' ' | b'\t' | b'=') => {
            let rest = &line[end + 1..];
            let trimmed = rest.trim_ascii();
            let from = end + 1 + (rest.len() - rest.trim_ascii_start().len());
            (from, from + trimmed.len())
        }
        Some(_) => return None,
    };
    Some(Places {
        keyword_end: end,
        params,
        folded,
    })
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
        ];
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = |bound: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % bound as u64) as usize
        };
        for _ in 0..20_000 {
            let mut wire = std::vec::Vec::from(&b"250-mx.example.com hi"[..]);
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
            let Ok((reply, _)) = Reply::parse(&wire) else {
                continue;
            };
            let ehlo = Ehlo::parse(&reply).unwrap();
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
