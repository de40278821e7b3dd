//! Any reply code that RFC 5321's grammar allows, known to an enum or not.

use crate::{Category, Class, ParseCodeError, SmtpCodes};
use core::fmt;
use core::str::FromStr;

/// A reply code as RFC 5321 §4.2 defines it: three digits, the first 2 to 5,
/// the second 0 to 5, the third any digit.
///
/// Unlike an enum of codes, it holds every valid code, so a reply with a code
/// no enum lists (say `555`) still parses and classifies by its digits, as
/// RFC 5321 asks of a client.
///
/// ```
/// use smtp_status::{Class, ReplyCode, SmtpStatusCode};
///
/// let code: ReplyCode = "555 5.5.4 MAIL FROM parameters unrecognized".parse()?;
/// assert_eq!(code.as_u16(), 555);
/// assert_eq!(code.class(), Class::PermanentNegative);
/// assert_eq!(code.known::<SmtpStatusCode>(), None);
///
/// let code = ReplyCode::new(250).unwrap();
/// assert_eq!(code.known(), Some(SmtpStatusCode::Ok));
/// # Ok::<(), smtp_status::ParseCodeError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ReplyCode(pub(crate) u16);

impl ReplyCode {
    /// The reply code `code`, or `None` unless RFC 5321 allows it
    /// (see [`is_valid_code`](crate::is_valid_code)).
    ///
    /// ```
    /// use smtp_status::ReplyCode;
    ///
    /// assert!(ReplyCode::new(421).is_some());
    /// assert!(ReplyCode::new(199).is_none());
    /// assert!(ReplyCode::new(570).is_none());
    /// ```
    #[must_use]
    #[inline]
    pub const fn new(code: u16) -> Option<ReplyCode> {
        if code <= i16::MAX as u16 && crate::is_valid_code(code as i16) {
            Some(ReplyCode(code))
        } else {
            None
        }
    }

    /// Reads the code that starts `text`: three ASCII digits, then the end,
    /// `' '` or `'-'`. This is what `FromStr` does, on bytes.
    ///
    /// ```
    /// use smtp_status::{ParseCodeError, ReplyCode};
    ///
    /// assert_eq!(ReplyCode::parse_prefix(b"354 Go ahead").map(ReplyCode::as_u16), Ok(354));
    /// assert_eq!(ReplyCode::parse_prefix(b"354\r\n"), Err(ParseCodeError::NotThreeDigits));
    /// ```
    #[inline]
    pub const fn parse_prefix(text: &[u8]) -> Result<ReplyCode, ParseCodeError> {
        let [a, b, c, rest @ ..] = text else {
            return Err(if text.is_empty() {
                ParseCodeError::Empty
            } else {
                ParseCodeError::NotThreeDigits
            });
        };
        if let [separator, ..] = rest {
            if *separator != b' ' && *separator != b'-' {
                return Err(ParseCodeError::NotThreeDigits);
            }
        }
        match ReplyCode::from_digits(*a, *b, *c) {
            Ok(code) => Ok(code),
            Err(error) => Err(error),
        }
    }

    /// The code of three ASCII digits.
    #[inline]
    pub(crate) const fn from_digits(a: u8, b: u8, c: u8) -> Result<ReplyCode, ParseCodeError> {
        let (a, b, c) = (
            a.wrapping_sub(b'0'),
            b.wrapping_sub(b'0'),
            c.wrapping_sub(b'0'),
        );
        if a > 9 || b > 9 || c > 9 {
            return Err(ParseCodeError::NotThreeDigits);
        }
        let code = a as u16 * 100 + b as u16 * 10 + c as u16;
        // The digit rules of `is_valid_code`, on the digits at hand.
        if a >= 2 && a <= 5 && b <= 5 {
            Ok(ReplyCode(code))
        } else {
            Err(ParseCodeError::InvalidCode(code as i32))
        }
    }

    /// The code as a number.
    ///
    /// ```
    /// assert_eq!(smtp_status::ReplyCode::new(221).unwrap().as_u16(), 221);
    /// ```
    #[must_use]
    #[inline]
    pub const fn as_u16(self) -> u16 {
        self.0
    }

    /// The class that the first digit gives.
    ///
    /// ```
    /// use smtp_status::{Class, ReplyCode};
    ///
    /// assert_eq!(ReplyCode::new(354).unwrap().class(), Class::PositiveIntermediate);
    /// ```
    #[must_use]
    #[inline]
    pub const fn class(self) -> Class {
        match self.0 / 100 {
            2 => Class::PositiveCompletion,
            3 => Class::PositiveIntermediate,
            4 => Class::TransientNegative,
            _ => Class::PermanentNegative,
        }
    }

    /// The category that the second digit gives.
    ///
    /// ```
    /// use smtp_status::{Category, ReplyCode};
    ///
    /// assert_eq!(ReplyCode::new(421).unwrap().category(), Category::Connections);
    /// ```
    #[must_use]
    #[inline]
    pub const fn category(self) -> Category {
        match self.0 / 10 % 10 {
            0 => Category::Syntax,
            1 => Category::Information,
            2 => Category::Connections,
            3 => Category::Unspecified3,
            4 => Category::Unspecified4,
            _ => Category::MailSystem,
        }
    }

    /// The third digit, which grades the meaning within a class and
    /// category.
    ///
    /// ```
    /// assert_eq!(smtp_status::ReplyCode::new(554).unwrap().detail(), 4);
    /// ```
    #[must_use]
    #[inline]
    pub const fn detail(self) -> u8 {
        (self.0 % 10) as u8
    }

    /// The variant of the code enum `E` with this code, if it has one.
    ///
    /// ```
    /// use smtp_status::{ReplyCode, SmtpStatusCode};
    ///
    /// let code = ReplyCode::new(421).unwrap();
    /// assert_eq!(code.known::<SmtpStatusCode>(), Some(SmtpStatusCode::ServiceNotAvailable));
    /// ```
    #[must_use]
    #[inline]
    pub fn known<E: SmtpCodes>(self) -> Option<E> {
        E::from_code(self.0 as i16)
    }
}

impl FromStr for ReplyCode {
    type Err = ParseCodeError;

    /// Reads the code that starts `text`, as [`ReplyCode::parse_prefix`].
    fn from_str(text: &str) -> Result<ReplyCode, ParseCodeError> {
        ReplyCode::parse_prefix(text.as_bytes())
    }
}

impl TryFrom<u16> for ReplyCode {
    type Error = ParseCodeError;

    fn try_from(code: u16) -> Result<ReplyCode, ParseCodeError> {
        ReplyCode::new(code).ok_or(ParseCodeError::InvalidCode(code as i32))
    }
}

impl From<ReplyCode> for u16 {
    fn from(code: ReplyCode) -> u16 {
        code.0
    }
}

impl fmt::Display for ReplyCode {
    /// The three digits.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}
