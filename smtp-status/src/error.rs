//! The error of turning text or a number into a code enum.

use core::fmt;

/// Why text or a number is not a code of an enum.
///
/// Returned by the `FromStr` and `TryFrom` impls that `#[derive(SmtpCodes)]`
/// and `smtp_codes!` generate. Each kind says in its `Display` what was wrong.
///
/// ```
/// use smtp_status::{ParseCodeError, SmtpStatusCode};
///
/// assert_eq!("".parse::<SmtpStatusCode>(), Err(ParseCodeError::Empty));
/// assert_eq!("25".parse::<SmtpStatusCode>(), Err(ParseCodeError::NotThreeDigits));
/// assert_eq!("600".parse::<SmtpStatusCode>(), Err(ParseCodeError::InvalidCode(600)));
/// assert_eq!("555".parse::<SmtpStatusCode>(), Err(ParseCodeError::UnknownCode(555)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ParseCodeError {
    /// The text was empty.
    Empty,
    /// The text does not start with exactly three ASCII digits followed by
    /// the end of the text, `' '` or `'-'`.
    NotThreeDigits,
    /// The number is not a valid SMTP reply code: RFC 5321 §4.2 allows a
    /// first digit of 2 to 5 and a second digit of 0 to 5 only.
    InvalidCode(i32),
    /// The number is a valid SMTP reply code, but the enum has no variant
    /// for it.
    UnknownCode(u16),
}

impl fmt::Display for ParseCodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseCodeError::Empty => f.write_str("empty input: expected a three-digit SMTP reply code"),
            ParseCodeError::NotThreeDigits => f.write_str(
                "expected three ASCII digits, optionally followed by ' ' or '-' and text",
            ),
            ParseCodeError::InvalidCode(code) => write!(
                f,
                "{code} is not a valid SMTP reply code: the first digit must be 2-5 and the second 0-5 (RFC 5321 section 4.2)",
            ),
            ParseCodeError::UnknownCode(code) => {
                write!(f, "{code} is a valid SMTP reply code, but not one this enum defines")
            }
        }
    }
}

impl core::error::Error for ParseCodeError {}
