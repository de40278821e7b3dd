//! The category of a reply: what its second digit says (RFC 5321 §4.2.1).

use core::fmt;

/// What a reply's second digit says about the subject of the reply
/// (RFC 5321 §4.2.1).
///
/// ```
/// use smtp_status::Category;
///
/// assert_eq!(Category::from_code(550), Some(Category::MailSystem));
/// assert_eq!(Category::from_code(221), Some(Category::Connections));
/// assert_eq!(Category::from_code(260), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Category {
    /// `x0z`: syntax errors, and commands that are valid but out of place or
    /// not implemented.
    Syntax = 0,
    /// `x1z`: replies to requests for information, such as status or help.
    Information = 1,
    /// `x2z`: replies about the transmission channel.
    Connections = 2,
    /// `x3z`: not given a meaning by RFC 5321 (used by AUTH, RFC 4954).
    Unspecified3 = 3,
    /// `x4z`: not given a meaning by RFC 5321.
    Unspecified4 = 4,
    /// `x5z`: the state of the receiver's mail system for the requested
    /// transfer or other action.
    MailSystem = 5,
}

impl Category {
    /// The category that a second digit names, or `None` for 6 to 9 and
    /// anything larger.
    ///
    /// ```
    /// use smtp_status::Category;
    ///
    /// assert_eq!(Category::from_digit(1), Some(Category::Information));
    /// assert_eq!(Category::from_digit(6), None);
    /// ```
    #[must_use]
    #[inline]
    pub const fn from_digit(digit: u8) -> Option<Category> {
        match digit {
            0 => Some(Category::Syntax),
            1 => Some(Category::Information),
            2 => Some(Category::Connections),
            3 => Some(Category::Unspecified3),
            4 => Some(Category::Unspecified4),
            5 => Some(Category::MailSystem),
            _ => None,
        }
    }

    /// The category of a reply code, or `None` unless `code` is a valid SMTP
    /// reply code (see [`is_valid_code`](crate::is_valid_code)).
    ///
    /// ```
    /// use smtp_status::Category;
    ///
    /// assert_eq!(Category::from_code(501), Some(Category::Syntax));
    /// assert_eq!(Category::from_code(0), None);
    /// ```
    #[must_use]
    #[inline]
    pub const fn from_code(code: i16) -> Option<Category> {
        if crate::is_valid_code(code) {
            Category::from_digit((code / 10 % 10) as u8)
        } else {
            None
        }
    }

    /// The second digit that stands for this category.
    ///
    /// ```
    /// assert_eq!(smtp_status::Category::MailSystem.digit(), 5);
    /// ```
    #[must_use]
    #[inline]
    pub const fn digit(self) -> u8 {
        self as u8
    }

    /// A short lower-case phrase for the category, as RFC 5321 names it.
    ///
    /// ```
    /// assert_eq!(smtp_status::Category::MailSystem.as_str(), "mail system");
    /// ```
    #[must_use]
    #[inline]
    pub const fn as_str(self) -> &'static str {
        match self {
            Category::Syntax => "syntax",
            Category::Information => "information",
            Category::Connections => "connections",
            Category::Unspecified3 => "unspecified (x3z)",
            Category::Unspecified4 => "unspecified (x4z)",
            Category::MailSystem => "mail system",
        }
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
