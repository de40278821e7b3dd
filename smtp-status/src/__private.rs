//! Helpers for the code that the macros generate. Not public API: the names
//! and signatures here may change in any release.

use crate::{EnhancedStatusCode, OutgoingReply, ParseCodeError, Reply, ReplyCode, SmtpCodes};

/// The slot of `key` in a perfect-hash table of `1 << (32 - shift)` slots:
/// the high bits of a 32-bit multiply. The macro searches `multiplier` and
/// `shift` at expansion time with the same formula (`smtp-status-macros`'
/// `phf` module); the generated `const` check proves the two agree.
#[inline(always)]
#[must_use]
pub const fn slot(key: u32, multiplier: u32, shift: u32) -> usize {
    (key.wrapping_mul(multiplier) >> shift) as usize
}

/// The key of a code in a table of codes: its bits.
#[inline(always)]
#[must_use]
pub const fn code_key(code: i16) -> u32 {
    code as u16 as u32
}

/// The keys of `reply` in a `from_reply` table: its code with its enhanced
/// code, and its code alone. As the macro's `expand::reply_key`: the code,
/// the enhanced code's subject and detail, ten bits each, 1023 twice for
/// none.
#[inline]
#[must_use]
pub const fn reply_keys(reply: &Reply<'_>) -> (u32, u32) {
    let code = (reply.code().as_u16() as u32) << 20;
    let plain = code | 1023 << 10 | 1023;
    match reply.enhanced() {
        Some(enhanced) => (
            code | (enhanced.subject() as u32) << 10 | enhanced.detail() as u32,
            plain,
        ),
        None => (plain, plain),
    }
}

/// The code of `reply` as a code enum's `from_code` takes it.
#[inline]
#[must_use]
pub const fn reply_code_number(reply: &Reply<'_>) -> i16 {
    // A reply code is at most 559.
    reply.code().as_u16() as i16
}

/// `write_reply` of a code enum: the reply of a code, enhanced code and
/// checked text; `fmt::Error` for a sentinel, which has no reply code.
///
/// # Errors
///
/// `out`'s, or for a sentinel.
pub fn write_reply<W: core::fmt::Write>(
    out: &mut W,
    code: Option<ReplyCode>,
    enhanced: Option<EnhancedStatusCode>,
    text: &str,
) -> core::fmt::Result {
    let code = code.ok_or(core::fmt::Error)?;
    let reply = OutgoingReply::new(code, enhanced, text).map_err(|_| core::fmt::Error)?;
    write!(out, "{reply}")
}

/// `reply` of a code enum: the reply of a code, enhanced code and checked
/// text; `None` for a sentinel.
#[cfg(feature = "alloc")]
#[must_use]
pub fn reply_buf(
    code: Option<ReplyCode>,
    enhanced: Option<EnhancedStatusCode>,
    text: &str,
) -> Option<crate::ReplyBuf> {
    crate::ReplyBuf::new(code?, enhanced, text).ok()
}

/// The reply code of a code enum's variant: `None` for a sentinel.
#[must_use]
#[inline]
pub const fn reply_code(code: i16) -> Option<ReplyCode> {
    if code < 0 {
        None
    } else {
        ReplyCode::new(code as u16)
    }
}

/// Byte-wise string equality that a `const fn` may call.
#[must_use]
#[inline]
pub const fn str_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// The error for an integer that is not the code of any variant.
#[must_use]
#[inline]
pub const fn unknown_code(code: i32) -> ParseCodeError {
    if code >= 0 && code <= i16::MAX as i32 && crate::is_valid_code(code as i16) {
        ParseCodeError::UnknownCode(code as u16)
    } else {
        ParseCodeError::InvalidCode(code)
    }
}

/// `FromStr` of a code enum: the code at the start of `text` (a code or a
/// reply line), as a variant of `E`. Sentinels never parse from text.
///
/// # Errors
///
/// As `ReplyCode::parse_prefix`, or `UnknownCode` for a valid code that is
/// no variant's.
#[inline]
pub fn from_str<E: SmtpCodes>(text: &str) -> Result<E, ParseCodeError> {
    let code = ReplyCode::parse_prefix(text.as_bytes())?;
    let number = code.as_u16();
    // A valid reply code is at most 559, so it fits an i16.
    E::from_code(number as i16).ok_or(ParseCodeError::UnknownCode(number))
}

/// `TryFrom<u16 | i16 | i32>` of a code enum: the variant with this code,
/// sentinels included.
///
/// # Errors
///
/// `UnknownCode` for a valid reply code that is no variant's,
/// `InvalidCode` for any other number.
#[inline]
pub fn try_from_code<E: SmtpCodes>(code: i32) -> Result<E, ParseCodeError> {
    match i16::try_from(code) {
        Ok(code) => E::from_code(code).ok_or_else(|| unknown_code(code.into())),
        Err(_) => Err(ParseCodeError::InvalidCode(code)),
    }
}

#[cfg(feature = "serde")]
pub use serde;

/// Deserializes a code enum from a number (its code, sentinels included)
/// or from text (a code or a reply line, as `FromStr` reads it).
#[cfg(feature = "serde")]
pub fn deserialize_code<'de, D, E>(deserializer: D) -> Result<E, D::Error>
where
    D: serde::Deserializer<'de>,
    E: crate::SmtpCodes + core::str::FromStr<Err = ParseCodeError>,
{
    deserializer.deserialize_any(crate::serde_impls::CodeVisitor(core::marker::PhantomData))
}
