//! `serde` support (the `serde` feature): every code serializes as its
//! number, or for an enhanced status code as its text (`"5.1.1"`), and
//! deserializes from a number or from text.

use crate::{EnhancedStatusCode, ParseCodeError, ReplyCode, SmtpCodes};
use core::fmt;
use core::marker::PhantomData;
use core::str::FromStr;
use serde::de::{self, Deserialize, Deserializer, Visitor};
use serde::ser::{Serialize, Serializer};

/// Writes the code-enum impls of an enum marked `#[smtp(serde)]`;
/// `__impl_smtp_codes!` invokes it. `__S` and `__D`, not `S` and `D`, so
/// that an enum named `S` or `D` keeps its name inside.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_smtp_codes_serde {
    ($serde:ident $ident:ident [$($bound:tt)*]) => {
        #[automatically_derived]
        impl $crate::__private::serde::Serialize for $ident where $($bound)* {
            fn serialize<__S>(&self, serializer: __S) -> ::core::result::Result<__S::Ok, __S::Error>
            where
                __S: $crate::__private::serde::Serializer,
            {
                serializer.serialize_i16(self.code())
            }
        }

        #[automatically_derived]
        impl<'de> $crate::__private::serde::Deserialize<'de> for $ident where $($bound)* {
            fn deserialize<__D>(deserializer: __D) -> ::core::result::Result<Self, __D::Error>
            where
                __D: $crate::__private::serde::Deserializer<'de>,
            {
                $crate::__private::deserialize_code(deserializer)
            }
        }
    };
}

/// Reads a code enum from an integer or a string.
pub(crate) struct CodeVisitor<E>(pub(crate) PhantomData<E>);

impl<E> CodeVisitor<E>
where
    E: SmtpCodes,
{
    fn from_integer<Error: de::Error>(value: i64) -> Result<E, Error> {
        let code = i16::try_from(value).map_err(|_| {
            Error::custom(ParseCodeError::InvalidCode(
                value.clamp(i32::MIN.into(), i32::MAX.into()) as i32,
            ))
        })?;
        E::from_code(code).ok_or_else(|| Error::custom(crate::__private::unknown_code(code.into())))
    }
}

impl<'de, E> Visitor<'de> for CodeVisitor<E>
where
    E: SmtpCodes + FromStr<Err = ParseCodeError>,
{
    type Value = E;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an SMTP reply code as a number or as text")
    }

    fn visit_i64<Error: de::Error>(self, value: i64) -> Result<E, Error> {
        Self::from_integer(value)
    }

    fn visit_u64<Error: de::Error>(self, value: u64) -> Result<E, Error> {
        Self::from_integer(i64::try_from(value).unwrap_or(i64::MAX))
    }

    fn visit_str<Error: de::Error>(self, text: &str) -> Result<E, Error> {
        text.parse().map_err(Error::custom)
    }
}

impl Serialize for ReplyCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u16(self.as_u16())
    }
}

impl<'de> Deserialize<'de> for ReplyCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ReplyCodeVisitor;

        impl Visitor<'_> for ReplyCodeVisitor {
            type Value = ReplyCode;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an SMTP reply code as a number or as text")
            }

            fn visit_u64<Error: de::Error>(self, value: u64) -> Result<ReplyCode, Error> {
                u16::try_from(value)
                    .ok()
                    .and_then(ReplyCode::new)
                    .ok_or_else(|| {
                        Error::custom(ParseCodeError::InvalidCode(
                            value.min(i32::MAX as u64) as i32
                        ))
                    })
            }

            fn visit_i64<Error: de::Error>(self, value: i64) -> Result<ReplyCode, Error> {
                match u64::try_from(value) {
                    Ok(value) => self.visit_u64(value),
                    Err(_) => Err(Error::custom(ParseCodeError::InvalidCode(
                        value.max(i32::MIN.into()) as i32,
                    ))),
                }
            }

            fn visit_str<Error: de::Error>(self, text: &str) -> Result<ReplyCode, Error> {
                text.parse().map_err(Error::custom)
            }
        }

        deserializer.deserialize_any(ReplyCodeVisitor)
    }
}

impl Serialize for EnhancedStatusCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for EnhancedStatusCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct EnhancedVisitor;

        impl Visitor<'_> for EnhancedVisitor {
            type Value = EnhancedStatusCode;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an enhanced status code such as \"5.1.1\"")
            }

            fn visit_str<Error: de::Error>(self, text: &str) -> Result<EnhancedStatusCode, Error> {
                text.parse().map_err(Error::custom)
            }
        }

        deserializer.deserialize_str(EnhancedVisitor)
    }
}

/// The bounce types serialize as their stable names (`"userunknown"`,
/// `"give_up"`, `"failed"`, `"rcpt"`), and deserialize from them.
mod names {
    use crate::{Action, Command, Reason, Verdict};
    use core::fmt;
    use serde::de::{self, Deserialize, Deserializer, Visitor};
    use serde::ser::{Serialize, Serializer};

    /// Serialize as `as_str`, deserialize by matching one of `ALL`.
    macro_rules! by_name {
        ($type:ident, $all:expr, $expecting:literal) => {
            impl Serialize for $type {
                fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                    serializer.serialize_str(self.as_str())
                }
            }

            impl<'de> Deserialize<'de> for $type {
                fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                    struct NameVisitor;

                    impl Visitor<'_> for NameVisitor {
                        type Value = $type;

                        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                            f.write_str($expecting)
                        }

                        fn visit_str<E: de::Error>(self, text: &str) -> Result<$type, E> {
                            $all.into_iter()
                                .find(|value: &$type| value.as_str() == text)
                                .ok_or_else(|| E::invalid_value(de::Unexpected::Str(text), &self))
                        }
                    }

                    deserializer.deserialize_str(NameVisitor)
                }
            }
        };
    }

    by_name!(
        Reason,
        Reason::ALL,
        "a bounce reason's name such as \"userunknown\""
    );
    by_name!(
        Verdict,
        [
            Verdict::Done,
            Verdict::Continue,
            Verdict::Retry,
            Verdict::GiveUp
        ],
        "a verdict: \"done\", \"continue\", \"retry\" or \"give_up\""
    );
    by_name!(
        Action,
        [
            Action::Failed,
            Action::Delayed,
            Action::Delivered,
            Action::Relayed,
            Action::Expanded
        ],
        "a DSN action: \"failed\", \"delayed\", \"delivered\", \"relayed\" or \"expanded\""
    );
    by_name!(
        Command,
        [
            Command::Greeting,
            Command::Hello,
            Command::Mail,
            Command::Rcpt,
            Command::Data,
            Command::DataEnd,
            Command::StartTls,
            Command::Other,
        ],
        "an SMTP command's name such as \"rcpt\""
    );
}

/// A reply serializes as its wire text, CRLFs included (as bytes where the
/// text is not UTF-8), and deserializes from that text: one whole reply,
/// nothing after it.
#[cfg(feature = "alloc")]
mod reply_buf {
    use crate::{Reply, ReplyBuf};
    use core::fmt;
    use serde::de::{self, Deserialize, Deserializer, Visitor};
    use serde::ser::{Serialize, Serializer};

    impl Serialize for ReplyBuf {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            match core::str::from_utf8(self.as_bytes()) {
                Ok(text) => serializer.serialize_str(text),
                Err(_) => serializer.serialize_bytes(self.as_bytes()),
            }
        }
    }

    struct ReplyVisitor;

    impl Visitor<'_> for ReplyVisitor {
        type Value = ReplyBuf;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("one SMTP reply as sent, such as \"250 2.0.0 Ok\\r\\n\"")
        }

        fn visit_bytes<E: de::Error>(self, bytes: &[u8]) -> Result<ReplyBuf, E> {
            let (reply, used) = Reply::parse(bytes).map_err(E::custom)?;
            if used != bytes.len() {
                return Err(E::custom("more than one reply"));
            }
            Ok(ReplyBuf::from(reply))
        }

        fn visit_str<E: de::Error>(self, text: &str) -> Result<ReplyBuf, E> {
            self.visit_bytes(text.as_bytes())
        }
    }

    impl<'de> Deserialize<'de> for ReplyBuf {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            deserializer.deserialize_str(ReplyVisitor)
        }
    }
}
