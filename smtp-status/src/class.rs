//! The class of a reply: what its first digit says (RFC 5321 §4.2.1).

use core::fmt;

/// What a reply's first digit says about the outcome of a command
/// (RFC 5321 §4.2.1).
///
/// A client that meets a code it does not know acts on this class alone, as
/// RFC 5321 §4.2 asks.
///
/// ```
/// use smtp_status::Class;
///
/// assert_eq!(Class::from_code(550), Some(Class::PermanentNegative));
/// assert_eq!(Class::from_code(199), None);
/// assert!(Class::TransientNegative.is_negative());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Class {
    /// `2yz`: the command was accepted and its action completed.
    PositiveCompletion = 2,
    /// `3yz`: the command was accepted; the server waits for more input.
    PositiveIntermediate = 3,
    /// `4yz`: the command failed for now; the same command may succeed later.
    TransientNegative = 4,
    /// `5yz`: the command failed and repeating it as it is will fail again.
    PermanentNegative = 5,
}

impl Class {
    /// The class that a first digit names, or `None` for any digit but 2 to 5.
    ///
    /// ```
    /// use smtp_status::Class;
    ///
    /// assert_eq!(Class::from_digit(3), Some(Class::PositiveIntermediate));
    /// assert_eq!(Class::from_digit(1), None);
    /// ```
    #[must_use]
    #[inline]
    pub const fn from_digit(digit: u8) -> Option<Class> {
        match digit {
            2 => Some(Class::PositiveCompletion),
            3 => Some(Class::PositiveIntermediate),
            4 => Some(Class::TransientNegative),
            5 => Some(Class::PermanentNegative),
            _ => None,
        }
    }

    /// The class of a reply code, or `None` unless `code` is a valid SMTP
    /// reply code (see [`is_valid_code`](crate::is_valid_code)).
    ///
    /// ```
    /// use smtp_status::Class;
    ///
    /// assert_eq!(Class::from_code(250), Some(Class::PositiveCompletion));
    /// assert_eq!(Class::from_code(260), None); // second digit 6
    /// assert_eq!(Class::from_code(-1), None);
    /// ```
    #[must_use]
    #[inline]
    pub const fn from_code(code: i16) -> Option<Class> {
        if crate::is_valid_code(code) {
            Class::from_digit((code / 100) as u8)
        } else {
            None
        }
    }

    /// The first digit that stands for this class.
    ///
    /// ```
    /// assert_eq!(smtp_status::Class::PermanentNegative.digit(), 5);
    /// ```
    #[must_use]
    #[inline]
    pub const fn digit(self) -> u8 {
        self as u8
    }

    /// `true` for 2yz and 3yz: the command was accepted.
    ///
    /// ```
    /// assert!(smtp_status::Class::PositiveIntermediate.is_positive());
    /// ```
    #[must_use]
    #[inline]
    pub const fn is_positive(self) -> bool {
        matches!(
            self,
            Class::PositiveCompletion | Class::PositiveIntermediate
        )
    }

    /// `true` for 4yz and 5yz: the command failed.
    ///
    /// ```
    /// assert!(smtp_status::Class::TransientNegative.is_negative());
    /// ```
    #[must_use]
    #[inline]
    pub const fn is_negative(self) -> bool {
        !self.is_positive()
    }

    /// A short lower-case phrase for the class, as RFC 5321 names it.
    ///
    /// ```
    /// assert_eq!(
    ///     smtp_status::Class::TransientNegative.as_str(),
    ///     "transient negative completion",
    /// );
    /// ```
    #[must_use]
    #[inline]
    pub const fn as_str(self) -> &'static str {
        match self {
            Class::PositiveCompletion => "positive completion",
            Class::PositiveIntermediate => "positive intermediate",
            Class::TransientNegative => "transient negative completion",
            Class::PermanentNegative => "permanent negative completion",
        }
    }
}

impl fmt::Display for Class {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
