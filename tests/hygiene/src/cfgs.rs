//! `#[cfg]` and `#[cfg_attr]` on variants, with conditions on this crate's
//! own features: a variant whose `cfg` is off does not exist, for either
//! macro (not in `ALL`, the perfect hash, parsing or names), and one that
//! is on works in full.

use smtp_status::SmtpCodes;

/// Through the derive.
#[derive(SmtpCodes, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conditional {
    /// Accepted.
    Accepted = 250,
    /// There only with the feature `on` (a default one).
    #[cfg(feature = "on")]
    On = 251,
    /// There only without the feature `on`.
    #[cfg(not(feature = "on"))]
    Off = 252,
    /// Never there: it shares its code with `Accepted`, which is no
    /// mistake, since it does not exist.
    #[cfg(any())]
    Never = 250,
    /// Described by `cfg_attr`, differently with and without `on`.
    #[cfg_attr(feature = "on", smtp(description = "Described with `on`."))]
    #[cfg_attr(not(feature = "on"), smtp(description = "Described without `on`."))]
    Either = 253,
    /// Hidden from the docs, described by its attribute.
    #[doc(hidden)]
    #[smtp(description = "A hidden variant.")]
    Hidden = 254,
    /// With lints of its own.
    #[allow(clippy::doc_markdown)]
    Allowed = 255,
}

smtp_status::smtp_codes! {
    /// Through `smtp_codes!`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum ConditionalDeclared {
        /// Accepted.
        Accepted = 250,
        /// There only with the feature `on` (a default one).
        #[cfg(feature = "on")]
        On = 251,
        /// There only without the feature `on`.
        #[cfg(not(feature = "on"))]
        #[smtp(code = 252)]
        Off,
        /// Never there: it shares its code with `Accepted`.
        #[cfg(any())]
        Never = 250,
        /// Described by `cfg_attr`, differently with and without `on`.
        #[cfg_attr(feature = "on", smtp(description = "Described with `on`."))]
        #[cfg_attr(not(feature = "on"), smtp(description = "Described without `on`."))]
        Either = 253,
        /// Hidden from the docs, described by its attribute.
        #[doc(hidden)]
        #[smtp(description = "A hidden variant.")]
        Hidden = 254,
    }
}

#[cfg(test)]
mod tests {
    use super::{Conditional, ConditionalDeclared};
    use smtp_status::{ParseCodeError, SmtpCodes};

    /// The codes and names of the variants that exist, whatever the
    /// features, and the ones that must not.
    fn check<E: SmtpCodes + core::fmt::Debug + core::str::FromStr<Err = ParseCodeError> + Eq>(
        present: &[(i16, &str)],
        absent: &[i16],
    ) {
        let listed: Vec<_> = E::ALL.iter().map(|v| (v.code(), v.name())).collect();
        assert_eq!(listed, present);
        for &(code, name) in present {
            let variant = E::from_code(code).unwrap();
            assert_eq!(variant.name(), name);
            assert_eq!(code.to_string().parse::<E>(), Ok(variant));
        }
        for &code in absent {
            assert_eq!(E::from_code(code), None);
            let code = u16::try_from(code).unwrap();
            assert_eq!(
                code.to_string().parse::<E>(),
                Err(ParseCodeError::UnknownCode(code))
            );
        }
    }

    #[test]
    fn a_variant_whose_cfg_is_off_does_not_exist() {
        let (present, absent) = if cfg!(feature = "on") {
            ((251, "On"), 252)
        } else {
            ((252, "Off"), 251)
        };
        let mut all = vec![(250, "Accepted"), present, (253, "Either"), (254, "Hidden")];
        check::<ConditionalDeclared>(&all, &[absent]);
        all.push((255, "Allowed"));
        check::<Conditional>(&all, &[absent]);
        assert_eq!(Conditional::COUNT, 5);
        assert_eq!(ConditionalDeclared::COUNT, 4);
        assert_eq!(Conditional::from_name("Never"), None);
        assert_eq!(ConditionalDeclared::from_name("Never"), None);
    }

    #[test]
    fn cfg_attr_gives_the_description_of_the_build() {
        let expected = if cfg!(feature = "on") {
            "Described with `on`."
        } else {
            "Described without `on`."
        };
        assert_eq!(Conditional::Either.description(), expected);
        assert_eq!(ConditionalDeclared::Either.description(), expected);
        assert_eq!(Conditional::Hidden.description(), "A hidden variant.");
        assert_eq!(ConditionalDeclared::Either as i16, 253);
    }
}
