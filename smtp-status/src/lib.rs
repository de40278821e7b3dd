//! SMTP reply codes: name, parse, classify and explain them.
//!
//! - [`SmtpStatusCode`]: every commonly documented reply code, with its
//!   meaning, class and category.
//! - [`macro@SmtpCodes`] and [`smtp_codes!`]: declare your own enum of codes
//!   and get parsing, `Display`, RFC 5321 classification and a `const fn`
//!   perfect-hash lookup from code to variant.
//! - [`Class`] and [`Category`]: what a code's first and second digits say
//!   (RFC 5321 §4.2.1), for any valid code.
//! - [`Reply`]: a zero-copy, streaming parser of whole replies, multi-line
//!   ones included, with [`ReplyCode`] for any valid code and
//!   [`EnhancedStatusCode`] for RFC 3463 codes and their registered meanings.
//! - [`ReplyReader`], [`ReplyBuf`] and [`OutgoingReply`]: replies read off a
//!   connection, owned, and written as a server sends them.
//! - [`Ehlo`]: what a reply to EHLO advertises ([`Extension`]s, SIZE, AUTH
//!   mechanisms, RFC 9422's [`Limits`]); `ehlo_reply` writes a server's.
//! - [`checked_command`]: a client's command line, refused where caller
//!   text holds a CR, LF or NUL that would inject another command.
//! - [`Verdict`] and [`Reason`]: retry or give up, and why (user unknown,
//!   mailbox full, blocked...); [`DeliveryStatus`] reads RFC 3464 bounce
//!   reports.
//!
//! # Quick start
//!
//! ```
//! use smtp_status::{Class, SmtpStatusCode};
//!
//! // A server's reply line parses to its code.
//! let code: SmtpStatusCode = "550 5.1.1 <bob@example.com>: unknown user".parse()?;
//! assert_eq!(code, SmtpStatusCode::MailboxUnavailable);
//! assert_eq!(code.class(), Some(Class::PermanentNegative));
//!
//! // The lookup from number to variant is a `const fn`.
//! const READY: Option<SmtpStatusCode> = SmtpStatusCode::from_code(220);
//! assert_eq!(READY, Some(SmtpStatusCode::ServiceReady));
//! # Ok::<(), smtp_status::ParseCodeError>(())
//! ```
//!
//! # Whole replies
//!
//! ```
//! use smtp_status::{Class, Reply, SmtpStatusCode};
//!
//! let input = b"550-5.7.1 Relaying denied\r\n550 5.7.1 See the policy page\r\n";
//! let (reply, used) = Reply::parse(input)?;
//! assert_eq!(used, input.len());
//! assert_eq!(reply.code().class(), Class::PermanentNegative);
//! assert_eq!(reply.code().known(), Some(SmtpStatusCode::MailboxUnavailable));
//! let enhanced = reply.enhanced().unwrap();
//! assert_eq!(enhanced.to_string(), "5.7.1");
//! let refused = "The sender is not authorized to send this message; it was refused.";
//! assert_eq!(enhanced.description(), Some(refused));
//! assert_eq!(reply.lines().count(), 2);
//! # Ok::<(), smtp_status::ReplyError>(())
//! ```
//!
//! # Your own codes
//!
//! ```
//! use smtp_status::{SmtpCodes, Class};
//!
//! #[derive(SmtpCodes, Debug, Clone, Copy, PartialEq, Eq)]
//! enum Outcome {
//!     /// The message was accepted.
//!     #[smtp(code = 250)]
//!     Accepted,
//!     /// Greylisted: try again later.
//!     #[smtp(code = 451)]
//!     Greylisted,
//! }
//!
//! assert_eq!("451 4.7.1 try later".parse(), Ok(Outcome::Greylisted));
//! assert_eq!(Outcome::Greylisted.class(), Some(Class::TransientNegative));
//! assert_eq!(Outcome::Accepted.to_string(), "250 The message was accepted.");
//! ```
//!
//! # Features
//!
//! - `std` (default): [`ReplyReader`], which reads replies off an
//!   `io::Read`; implies `alloc`. The crate is `no_std` without it.
//! - `tokio`: `ReplyCodec`, a `tokio-util` codec of replies; implies
//!   `std`.
//! - `alloc` (default, through `std`): [`ReplyBuf`], a reply that owns its
//!   bytes. Without it, [`OutgoingReply`] still writes replies into any
//!   `fmt::Write`.
//! - `serde`: `Serialize` and `Deserialize` for every code type of this
//!   crate, and for each enum of the macros that asks with
//!   `#[smtp(serde)]`. A code serializes as its number (an enhanced status
//!   code as its text, `"5.1.1"`) and deserializes from a number or from
//!   text. An enum that does not ask gets no serde impls, so a crate that
//!   derives serde on its enum builds whoever turns the feature on. The
//!   bounce types (`Reason`, `Verdict`, `Action`, `Command`) serialize as
//!   their names (`"userunknown"`, `"give_up"`).
//! - `lettre`: conversions from lettre's `Response`, `Code` and SMTP
//!   `Error` into this crate's replies and codes; implies `std`.
//! - `smtp-proto`: conversions from smtp-proto's `Response`; implies
//!   `std`.
//! - `lang-es`, `lang-fr`, `lang-de`, `lang-it`, `lang-ru`: the
//!   descriptions of [`SmtpStatusCode`], of the registered enhanced status
//!   codes and of [`Reason`] in one more language each (English is always
//!   there; without them the build carries no foreign text);
//!   `all-languages` turns on all five.
//!
//! On docs.rs every item that a feature brings is marked with it.
#![no_std]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

#[cfg(any(test, feature = "std"))]
extern crate std;

#[cfg(feature = "alloc")]
extern crate alloc;

// Lets the generated code name this crate as `::smtp_status` from inside it.
extern crate self as smtp_status;

mod bounce;
mod category;
mod class;
mod codes;
mod command_line;
mod ehlo;
mod enhanced;
mod enhanced_registry;
mod error;
mod impl_macro;
mod language;
mod reply;
#[cfg(feature = "serde")]
mod serde_impls;
mod status_code;

#[doc(hidden)]
pub mod __private;

/// Every compile error of the macros, with an input that causes it.
///
#[doc = include_str!("rules.md")]
pub mod rules {}

pub use bounce::{
    Action, Command, DeliveryStatus, Diagnostic, DsnError, Fields, Reason, RecipientStatus, Verdict,
};
pub use category::Category;
pub use class::Class;
pub use codes::SmtpCodes;
pub use command_line::{checked_command, UnsafeCommandError};
#[cfg(feature = "alloc")]
pub use ehlo::{ehlo_reply, Advertised};
pub use ehlo::{Ehlo, EhloError, Extension, Limits};
pub use enhanced::{EnhancedStatusCode, ParseEnhancedError, Subject};
pub use error::ParseCodeError;
pub use language::{Language, ParseLanguageError};
#[cfg(feature = "alloc")]
pub use reply::ReplyBuf;
#[cfg(feature = "tokio")]
pub use reply::ReplyCodec;
pub use reply::{
    BuildReplyError, Lines, OutgoingReply, PeerText, Reply, ReplyCode, ReplyError, ReplyErrorKind,
    ReplyOptions,
};
#[cfg(feature = "std")]
pub use reply::{ReadReplyError, ReplyReader};
pub use status_code::SmtpStatusCode;

/// Derives the code operations for an enum whose variants carry an SMTP code:
/// parsing from codes, text and reply lines, `Display`, RFC 5321's class and
/// category, and a `const fn` lookup from code to variant.
///
/// ```
/// use smtp_status::{Class, SmtpCodes};
///
/// #[derive(SmtpCodes, Debug, Clone, Copy, PartialEq, Eq)]
/// enum Delivery {
///     /// Accepted for delivery.
///     #[smtp(code = 250)]
///     Accepted,
///     #[smtp(code = 451, description = "Greylisted: retry later")]
///     Greylisted,
/// }
///
/// assert_eq!("451 4.7.1 try later".parse(), Ok(Delivery::Greylisted));
/// assert_eq!(Delivery::from_code(250), Some(Delivery::Accepted));
/// assert_eq!(Delivery::Greylisted.class(), Some(Class::TransientNegative));
/// assert_eq!(Delivery::Accepted.to_string(), "250 Accepted for delivery.");
/// ```
///
/// The derive takes the enum that [`smtp_codes!`] takes, and generates the
/// same items, but leaves the enum as written (its discriminants need not
/// be its codes). The attributes (`code`, `sentinel`, `description`,
/// `localized`, `enhanced`, `reply`, and `crate` and `serde` on the enum)
/// and every generated item are listed at [`smtp_codes!`]; each compile
/// error, with an input that causes it, at [`rules`].
pub use smtp_status_macros::SmtpCodes;

/// Declares an enum of SMTP codes with everything `#[derive(SmtpCodes)]`
/// generates, and gives it `#[repr(i16)]` with each code as its
/// discriminant and docs that show each code.
///
/// ```
/// smtp_status::smtp_codes! {
///     #[derive(Debug, Clone, Copy, PartialEq, Eq)]
///     pub enum Relay {
///         /// Accepted for delivery.
///         Accepted = 250,
///         #[smtp(
///             description = "Greylisted: retry later",
///             localized(de = "Greylisting: später erneut versuchen.")
///         )]
///         Greylisted = 451,
///         /// No reply came.
///         #[smtp(code = -1, sentinel)]
///         NoReply,
///     }
/// }
///
/// assert_eq!(Relay::Greylisted as i16, 451);
/// assert_eq!(Relay::from_code(250), Some(Relay::Accepted));
/// ```
///
/// # Input
///
/// One enum (the derive takes the same enum), with unit variants only and
/// no generics. The enum must be `Copy`: derive `Clone` and `Copy`.
/// Variants may take any name (`Err`, `Error`, `from_code`, `r#type`, whose
/// `name()` is `"type"`...),
/// any attribute (`#[deprecated]`, `#[doc(hidden)]`, serde's own) and
/// `#[cfg]`: `smtp_codes!` declares the enum with `#[derive(SmtpCodes)]`,
/// so rustc removes the variants whose `cfg` is off, and expands
/// `#[cfg_attr]`, before either macro reads the enum. The generated code
/// never warns, whatever lints the crate denies.
///
/// On the enum, `#[smtp(...)]` takes:
/// - `crate = "path"`: where this crate is, when it is renamed or
///   re-exported (default `::smtp_status`);
/// - `language_features`: each language's texts only with the declaring
///   crate's feature `lang-<tag>` (as `SmtpStatusCode` does);
/// - `serde`: `Serialize` and `Deserialize` as the code's number (needs
///   this crate's `serde` feature).
///
/// On a variant, `#[smtp(...)]` takes:
/// - `code = N`: the code, unless the discriminant gives it (both may be
///   given if they agree). A reply code has three digits, the first 2 to 5
///   and the second 0 to 5 (RFC 5321 §4.2.1);
/// - `sentinel`: the code is no server reply (such as `0` or `-1`); it must
///   lie outside 200..=599 and fit `i16`, has no class, and does not parse
///   from text;
/// - `description = "..."`: what the code means, unless the doc comment says
///   it (its lines joined by spaces);
/// - `localized(es = "...", fr = "...", de = "...", it = "...", ru = "...")`:
///   the description in other languages, any of them;
/// - `enhanced = "5.1.1"`: the enhanced status code (RFC 3463) of the
///   variant's reply, of its code's class (RFC 2034); not on a sentinel.
///   Variants may share a code when their enhanced codes differ: `from_code`
///   then answers the first declared, `from_reply` tells them apart, and
///   `smtp_codes!` gives the enum no discriminants (they would repeat);
/// - `reply = "..."`: the text of the variant's reply, as sent (default:
///   the description); `\n` starts another line, and the compiler refuses
///   a CR, a NUL, an empty text, or a line that cannot fit 512 octets with
///   its code and enhanced code.
///
/// Every mistake is a compile error at its own tokens, all of them in one
/// compile; [`rules`] shows each rule's input and error.
///
/// # Generated
///
/// Inherent `const fn`s: `ALL`, `COUNT`, `code`, `from_code` (a perfect
/// hash, checked by the compiler), `from_reply` (by code and enhanced
/// code: the variant with both, else the one with the code and no enhanced
/// code), `enhanced`, `reply_text`, `reply_code`, `name`, `from_name`,
/// `description`,
/// `description_in`, `translated_description`, `has_description_in`,
/// `class`, `category` and the predicates `is_positive_completion`,
/// `is_positive_intermediate`, `is_transient_negative`,
/// `is_permanent_negative`, `is_positive` and `is_negative`; and
/// `write_reply` (the reply as sent, into any `fmt::Write`) and, with the
/// `alloc` feature, `reply` (a [`ReplyBuf`]; `None` for a sentinel). Trait
/// impls:
/// [`SmtpCodes`](trait@SmtpCodes), `FromStr` (a code or a reply line, error
/// [`ParseCodeError`]), `TryFrom<u16 | i16 | i32>` (sentinels included),
/// `From<E>` for `i16` and `i32`, `Display` (`"{code} {description}"`, the
/// description alone for a sentinel) and, with `#[smtp(serde)]`,
/// `Serialize` and `Deserialize`. A variant named like one of these items
/// hides it from `Enum::item` paths, as a variant does; the trait items and
/// method calls still reach it.
pub use smtp_status_macros::smtp_codes;

/// `true` if `code` is a reply code that RFC 5321 §4.2 allows: three digits,
/// the first 2 to 5, the second 0 to 5.
///
/// ```
/// use smtp_status::is_valid_code;
///
/// assert!(is_valid_code(250));
/// assert!(is_valid_code(555));
/// assert!(!is_valid_code(199)); // 1yz is FTP's, not SMTP's
/// assert!(!is_valid_code(260)); // second digit 6
/// assert!(!is_valid_code(-1));
/// ```
#[must_use]
#[inline]
pub const fn is_valid_code(code: i16) -> bool {
    code >= 200 && code <= 559 && code / 10 % 10 <= 5
}
