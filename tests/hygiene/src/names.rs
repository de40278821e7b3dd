//! Variants named after prelude items, after every associated item of every
//! trait the macros implement (`serde`'s included), after the inherent
//! items they generate, and raw identifiers: through the derive and through
//! `smtp_codes!`.
//!
//! A variant named like an inherent item hides it from `Names::item` paths
//! (the variant wins, as for any enum); the trait's item and method calls
//! still reach the generated code.

// Lowercase and uppercase variant names are the point here.
#![allow(non_camel_case_types, clippy::upper_case_acronyms)]

use smtp_status::SmtpCodes;

/// Every name that could collide, with the derive.
#[derive(SmtpCodes, Debug, Clone, Copy, PartialEq, Eq)]
#[smtp(serde)]
pub enum Names {
    /// Named after `Option::Some`.
    Some = 211,
    /// Named after `Option::None`.
    None = 214,
    /// Named after `Result::Ok`.
    Ok = 220,
    /// Named after `Result::Err` and `FromStr::Err`.
    Err = 221,
    /// Named after `Option`.
    Option = 250,
    /// Named after `Result`.
    Result = 251,
    /// Named after `Copy`.
    Copy = 252,
    /// Named after `Clone`.
    Clone = 253,
    /// Named after `Default`.
    Default = 354,
    /// Named after `Drop`.
    Drop = 421,
    /// Named after `Box`.
    Box = 450,
    /// Named after `String`.
    String = 451,
    /// Named after `Vec`.
    Vec = 452,
    /// Named after `Iterator`.
    Iterator = 453,
    /// Named after `From`.
    From = 454,
    /// Named after `Into`.
    Into = 455,
    /// Named after `TryFrom`.
    TryFrom = 500,
    /// Named after `ToString`.
    ToString = 501,
    /// Named after `Send`.
    Send = 502,
    /// Named after `Sized`.
    Sized = 503,
    /// Named after `TryFrom::Error` and serde's `Error`s.
    Error = 504,
    /// Named after `FromStr::from_str`.
    from_str = 530,
    /// Named after `TryFrom::try_from`.
    try_from = 534,
    /// Named after `From::from`.
    from = 535,
    /// Named after `Display::fmt`.
    fmt = 550,
    /// Named after `SmtpCodes::ALL`.
    ALL = 551,
    /// Named after `SmtpCodes::code`.
    code = 552,
    /// Named after `SmtpCodes::from_code`.
    from_code = 553,
    /// Named after `SmtpCodes::name`.
    name = 554,
    /// Named after `SmtpCodes::description`.
    description = 555,
    /// Named after `SmtpCodes::class`.
    class = 235,
    /// Named after `SmtpCodes::category`.
    category = 334,
    /// Named after `SmtpCodes::is_positive_completion`.
    is_positive_completion = 230,
    /// Named after `SmtpCodes::is_positive_intermediate`.
    is_positive_intermediate = 240,
    /// Named after `SmtpCodes::is_transient_negative`.
    is_transient_negative = 440,
    /// Named after `SmtpCodes::is_permanent_negative`.
    is_permanent_negative = 540,
    /// Named after `SmtpCodes::is_positive`.
    is_positive = 231,
    /// Named after `SmtpCodes::is_negative`.
    is_negative = 441,
    /// Named after `Serialize::serialize`.
    serialize = 420,
    /// Named after `Deserialize::deserialize`.
    deserialize = 430,
    /// Named after the inherent `COUNT`.
    COUNT = 521,
    /// Named after the inherent `from_name`.
    from_name = 522,
    /// Named after the inherent `description_in`.
    description_in = 523,
    /// Named after the inherent `translated_description`.
    translated_description = 524,
    /// Named after the inherent `has_description_in`.
    has_description_in = 525,
    /// Named after the inherent `from_reply`.
    from_reply = 526,
    /// Named after the inherent `enhanced`.
    enhanced = 527,
    /// Named after the inherent `reply_text`.
    reply_text = 528,
    /// Named after the inherent `write_reply`.
    write_reply = 529,
    /// Named after the inherent `reply`.
    reply = 531,
    /// Named after the inherent `reply_code`.
    reply_code = 532,
    /// Named after the `core` crate.
    core = 541,
    /// Named after the `std` crate.
    std = 542,
    /// A raw identifier: its name is `type`.
    r#type = 543,
}

smtp_status::smtp_codes! {
    /// The same names, declared by `smtp_codes!`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    #[smtp(serde)]
    pub enum Declared {
        /// Named after `Option::Some`.
        Some = 211,
        /// Named after `Option::None`.
        None = 214,
        /// Named after `Result::Ok`.
        Ok = 220,
        /// Named after `Result::Err` and `FromStr::Err`.
        Err = 221,
        /// Named after `TryFrom::Error`.
        Error = 504,
        /// Named after `SmtpCodes::ALL`.
        ALL = 551,
        /// Named after `SmtpCodes::from_code`.
        from_code = 553,
        /// Named after the inherent `from_name`.
        from_name = 522,
        /// Named after `Display::fmt`.
        fmt = 550,
        /// Named after `Serialize::serialize`.
        serialize = 420,
        /// Named after `Deserialize::deserialize`.
        #[smtp(code = 430)]
        deserialize,
        /// A raw identifier: its name is `match`.
        r#match = 544,
    }
}

#[cfg(test)]
mod tests {
    use super::{Declared, Names};
    use smtp_status::{Class, ParseCodeError, SmtpCodes};

    /// Every generated item, for each variant of a code enum, through the
    /// paths a variant's name cannot hide: the trait, method calls, and the
    /// std traits.
    fn check_every_item<E>()
    where
        E: SmtpCodes
            + core::fmt::Debug
            + core::fmt::Display
            + Eq
            + core::str::FromStr<Err = ParseCodeError>
            + TryFrom<i16, Error = ParseCodeError>
            + TryFrom<u16, Error = ParseCodeError>
            + TryFrom<i32, Error = ParseCodeError>
            + Into<i16>
            + Into<i32>
            + serde::Serialize
            + for<'de> serde::Deserialize<'de>,
    {
        assert!(!E::ALL.is_empty());
        for &variant in E::ALL {
            let code = variant.code();
            assert_eq!(E::from_code(code), Some(variant), "{variant:?}");
            assert_eq!(E::try_from(code), Ok(variant));
            assert_eq!(E::try_from(i32::from(code)), Ok(variant));
            assert_eq!(E::try_from(u16::try_from(code).unwrap()), Ok(variant));
            assert_eq!(Into::<i16>::into(variant), code);
            assert_eq!(Into::<i32>::into(variant), i32::from(code));
            let shown = variant.to_string();
            assert_eq!(shown, format!("{code} {}", variant.description()));
            assert_eq!(shown.parse::<E>(), Ok(variant));
            assert_eq!(variant.class(), Class::from_code(code));
            let json = serde_json::to_string(&variant).unwrap();
            assert_eq!(json, code.to_string());
            assert_eq!(serde_json::from_str::<E>(&json).unwrap(), variant);
        }
        assert_eq!(E::from_code(559), None);
        assert_eq!("559 no".parse::<E>(), Err(ParseCodeError::UnknownCode(559)));
    }

    #[test]
    fn names_that_shadow_generated_items_work_through_the_derive() {
        check_every_item::<Names>();
        assert_eq!(<Names as SmtpCodes>::ALL.len(), 54);
        assert_eq!(<Names as SmtpCodes>::from_code(221), Some(Names::Err));
        assert_eq!("504 x".parse::<Names>(), Ok(Names::Error));
        assert_eq!(Names::from_code.code(), 553);
        assert_eq!(Names::ALL.name(), "ALL");
        assert!(Names::is_negative.is_negative());
        assert!(Names::is_positive.is_positive());
    }

    #[test]
    fn names_that_shadow_generated_items_work_through_smtp_codes() {
        check_every_item::<Declared>();
        assert_eq!(Declared::Error as i16, 504);
        assert_eq!(Declared::deserialize as i16, 430);
        assert_eq!(
            <Declared as SmtpCodes>::from_code(553),
            Some(Declared::from_code)
        );
    }

    #[test]
    fn a_raw_identifier_is_named_without_its_prefix() {
        assert_eq!(Names::r#type.name(), "type");
        assert_eq!(Declared::r#match.name(), "match");
        // `from_name` is hidden by the variant `from_name` in both enums;
        // the trait reaches the names too.
        let by_name = |name: &str| {
            <Names as SmtpCodes>::ALL
                .iter()
                .copied()
                .find(|variant| variant.name() == name)
        };
        assert_eq!(by_name("type"), Some(Names::r#type));
        assert_eq!(by_name("r#type"), None);
    }
}
