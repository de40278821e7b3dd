//! The trait that every code enum implements.

use crate::{Category, Class, EnhancedStatusCode, Reply, ReplyCode};

/// An enum of SMTP reply codes, as `#[derive(SmtpCodes)]` and `smtp_codes!`
/// generate it.
///
/// The generated enum has the same operations as inherent `const fn`s; this
/// trait exposes them to generic code.
///
/// ```
/// use smtp_status::{SmtpCodes, SmtpStatusCode};
///
/// fn permanent_failures<E: SmtpCodes>() -> usize {
///     E::ALL.iter().filter(|code| code.is_permanent_negative()).count()
/// }
///
/// assert!(permanent_failures::<SmtpStatusCode>() > 10);
/// ```
pub trait SmtpCodes: Copy + 'static {
    /// Every variant, in declaration order.
    const ALL: &'static [Self];

    /// The numeric code: a reply code, or a sentinel such as `-1`.
    fn code(self) -> i16;

    /// The variant whose code is `code`, sentinels included (the first
    /// declared where variants share a code).
    fn from_code(code: i16) -> Option<Self>;

    /// The variant that `reply` is: the one with its code and enhanced
    /// code, else the one with its code and no enhanced code.
    fn from_reply(reply: &Reply<'_>) -> Option<Self>;

    /// The enhanced status code of the variant's reply, if it has one.
    fn enhanced(self) -> Option<EnhancedStatusCode>;

    /// The variant's name, as written in the enum.
    fn name(self) -> &'static str;

    /// What the code means, in English.
    fn description(self) -> &'static str;

    /// The code as a [`ReplyCode`], to build a reply with; `None` for a
    /// sentinel.
    fn reply_code(self) -> Option<ReplyCode> {
        crate::__private::reply_code(self.code())
    }

    /// The class of a reply code; `None` for a sentinel.
    fn class(self) -> Option<Class> {
        Class::from_code(self.code())
    }

    /// The category of a reply code; `None` for a sentinel.
    fn category(self) -> Option<Category> {
        Category::from_code(self.code())
    }

    /// `true` for a 2yz code.
    fn is_positive_completion(self) -> bool {
        self.class() == Some(Class::PositiveCompletion)
    }

    /// `true` for a 3yz code.
    fn is_positive_intermediate(self) -> bool {
        self.class() == Some(Class::PositiveIntermediate)
    }

    /// `true` for a 4yz code.
    fn is_transient_negative(self) -> bool {
        self.class() == Some(Class::TransientNegative)
    }

    /// `true` for a 5yz code.
    fn is_permanent_negative(self) -> bool {
        self.class() == Some(Class::PermanentNegative)
    }

    /// `true` for a 2yz or 3yz code.
    fn is_positive(self) -> bool {
        matches!(self.class(), Some(class) if class.is_positive())
    }

    /// `true` for a 4yz or 5yz code.
    fn is_negative(self) -> bool {
        matches!(self.class(), Some(class) if class.is_negative())
    }
}
