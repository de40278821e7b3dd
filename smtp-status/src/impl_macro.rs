//! The items that `#[derive(SmtpCodes)]` and `smtp_codes!` generate, as a
//! declarative macro. The proc macro checks the input and computes the data
//! (codes, texts, the perfect hash); this macro writes the code around it.
//! Keeping the fixed code here keeps the proc-macro crate small and quick to
//! build.

/// Not public API: invoked by the code that `smtp-status-macros` generates.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_smtp_codes {
    (
        enum: $ident:ident,
        count: $count:literal,
        listable: $listable:tt,
        table: $table:tt,
        variants: [$($variant:ident = $code:literal, $name:literal, $description:literal, $display:literal;)*],
        localized: [$(
            $(#[$cfg:meta])* $language:ident { $($translated:ident => $text:expr),* }
        )*]
    ) => {
        #[allow(dead_code)]
        impl $ident {
            /// Every variant, in declaration order.
            pub const ALL: [Self; $count] =
                $crate::__impl_smtp_codes!(@all $listable [$($variant)*]);

            /// The number of variants.
            pub const COUNT: usize = $count;

            /// The numeric code: a reply code, or a sentinel.
            #[must_use]
            #[inline]
            pub const fn code(self) -> i16 {
                match self {
                    $(Self::$variant { .. } => $code,)*
                }
            }

            /// The variant whose code is `code`, sentinels included, or
            /// `None`. A `const fn` through a perfect hash that the macro
            /// built: a mask (or a multiply and a shift), a compare and two
            /// loads, without a branch.
            #[must_use]
            #[inline]
            pub const fn from_code(code: i16) -> ::core::option::Option<Self> {
                $crate::__impl_smtp_codes!(@from_code $ident $table code)
            }

            /// The variant's name, as declared.
            #[must_use]
            pub const fn name(self) -> &'static str {
                match self {
                    $(Self::$variant { .. } => $name,)*
                }
            }

            /// The variant whose name is `name` (case-sensitive), or `None`.
            #[must_use]
            pub const fn from_name(name: &str) -> ::core::option::Option<Self> {
                $crate::__impl_smtp_codes!(@from_name $listable name)
            }

            /// What the code means, in English.
            #[must_use]
            pub const fn description(self) -> &'static str {
                match self {
                    $(Self::$variant { .. } => $description,)*
                }
            }

            /// The description in `language`, or in English where this
            /// variant has none in it.
            #[must_use]
            pub const fn description_in(self, language: $crate::Language) -> &'static str {
                match self.translated_description(language) {
                    ::core::option::Option::Some(text) => text,
                    ::core::option::Option::None => self.description(),
                }
            }

            /// The description in `language` if this variant has one in it
            /// (in English it always has).
            #[must_use]
            pub const fn translated_description(
                self,
                language: $crate::Language,
            ) -> ::core::option::Option<&'static str> {
                match language {
                    $crate::Language::English => ::core::option::Option::Some(self.description()),
                    $(
                        $(#[$cfg])*
                        $crate::Language::$language => match self {
                            $(Self::$translated { .. } => $text,)*
                        },
                    )*
                    #[allow(unreachable_patterns)]
                    _ => ::core::option::Option::None,
                }
            }

            /// Whether this variant has a description in `language`.
            #[must_use]
            pub const fn has_description_in(self, language: $crate::Language) -> bool {
                self.translated_description(language).is_some()
            }

            /// The class that the first digit gives (RFC 5321 §4.2.1);
            /// `None` for a sentinel.
            #[must_use]
            #[inline]
            pub const fn class(self) -> ::core::option::Option<$crate::Class> {
                $crate::Class::from_code(self.code())
            }

            /// The category that the second digit gives (RFC 5321 §4.2.1);
            /// `None` for a sentinel.
            #[must_use]
            #[inline]
            pub const fn category(self) -> ::core::option::Option<$crate::Category> {
                $crate::Category::from_code(self.code())
            }

            /// `true` for a 2yz code.
            #[must_use]
            #[inline]
            pub const fn is_positive_completion(self) -> bool {
                ::core::matches!(self.class(), ::core::option::Option::Some($crate::Class::PositiveCompletion))
            }

            /// `true` for a 3yz code.
            #[must_use]
            #[inline]
            pub const fn is_positive_intermediate(self) -> bool {
                ::core::matches!(self.class(), ::core::option::Option::Some($crate::Class::PositiveIntermediate))
            }

            /// `true` for a 4yz code.
            #[must_use]
            #[inline]
            pub const fn is_transient_negative(self) -> bool {
                ::core::matches!(self.class(), ::core::option::Option::Some($crate::Class::TransientNegative))
            }

            /// `true` for a 5yz code.
            #[must_use]
            #[inline]
            pub const fn is_permanent_negative(self) -> bool {
                ::core::matches!(self.class(), ::core::option::Option::Some($crate::Class::PermanentNegative))
            }

            /// `true` for a 2yz or 3yz code: the command was accepted.
            #[must_use]
            #[inline]
            pub const fn is_positive(self) -> bool {
                match self.class() {
                    ::core::option::Option::Some(class) => class.is_positive(),
                    ::core::option::Option::None => false,
                }
            }

            /// `true` for a 4yz or 5yz code: the command failed.
            #[must_use]
            #[inline]
            pub const fn is_negative(self) -> bool {
                match self.class() {
                    ::core::option::Option::Some(class) => class.is_negative(),
                    ::core::option::Option::None => false,
                }
            }
        }

        #[automatically_derived]
        impl $crate::SmtpCodes for $ident {
            const ALL: &'static [Self] = $crate::__impl_smtp_codes!(@all_slice $listable $ident);

            #[inline]
            fn code(self) -> i16 {
                $ident::code(self)
            }

            #[inline]
            fn from_code(code: i16) -> ::core::option::Option<Self> {
                $ident::from_code(code)
            }

            fn name(self) -> &'static str {
                $ident::name(self)
            }

            fn description(self) -> &'static str {
                $ident::description(self)
            }
        }

        #[automatically_derived]
        impl ::core::str::FromStr for $ident {
            type Err = $crate::ParseCodeError;

            /// Reads the code at the start of `text`: three ASCII digits,
            /// then the end, `' '` or `'-'` and any text, so a reply line
            /// parses to its code.
            #[inline]
            fn from_str(text: &str) -> ::core::result::Result<Self, Self::Err> {
                match $crate::ReplyCode::parse_prefix(text.as_bytes()) {
                    ::core::result::Result::Ok(code) => match Self::from_code(code.as_u16() as i16) {
                        ::core::option::Option::Some(variant) => ::core::result::Result::Ok(variant),
                        ::core::option::Option::None => ::core::result::Result::Err(
                            $crate::ParseCodeError::UnknownCode(code.as_u16()),
                        ),
                    },
                    ::core::result::Result::Err(error) => ::core::result::Result::Err(error),
                }
            }
        }

        #[automatically_derived]
        impl ::core::convert::TryFrom<i16> for $ident {
            type Error = $crate::ParseCodeError;

            /// The variant with this code, sentinels included.
            #[inline]
            fn try_from(code: i16) -> ::core::result::Result<Self, Self::Error> {
                match Self::from_code(code) {
                    ::core::option::Option::Some(variant) => ::core::result::Result::Ok(variant),
                    ::core::option::Option::None => {
                        ::core::result::Result::Err($crate::__private::unknown_code(code as i32))
                    }
                }
            }
        }

        #[automatically_derived]
        impl ::core::convert::TryFrom<u16> for $ident {
            type Error = $crate::ParseCodeError;

            /// The variant with this code, sentinels included.
            #[inline]
            fn try_from(code: u16) -> ::core::result::Result<Self, Self::Error> {
                Self::try_from(i32::from(code))
            }
        }

        #[automatically_derived]
        impl ::core::convert::TryFrom<i32> for $ident {
            type Error = $crate::ParseCodeError;

            /// The variant with this code, sentinels included.
            #[inline]
            fn try_from(code: i32) -> ::core::result::Result<Self, Self::Error> {
                match i16::try_from(code) {
                    ::core::result::Result::Ok(code) => Self::try_from(code),
                    ::core::result::Result::Err(_) => {
                        ::core::result::Result::Err($crate::ParseCodeError::InvalidCode(code))
                    }
                }
            }
        }

        #[automatically_derived]
        impl ::core::convert::From<$ident> for i16 {
            #[inline]
            fn from(variant: $ident) -> i16 {
                variant.code()
            }
        }

        #[automatically_derived]
        impl ::core::convert::From<$ident> for i32 {
            #[inline]
            fn from(variant: $ident) -> i32 {
                variant.code() as i32
            }
        }

        #[automatically_derived]
        impl ::core::fmt::Display for $ident {
            /// `"{code} {description}"` for a reply code, so that the text
            /// parses back to the variant; the description alone for a
            /// sentinel.
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                match *self {
                    $(Self::$variant { .. } => f.write_str($display),)*
                }
            }
        }

        $crate::__impl_smtp_codes!(@check $ident $table [$($variant = $code;)*]);
        $crate::__impl_smtp_codes!(@serde $ident);
    };

    // With the `serde` feature of smtp-status, not of the crate that
    // invokes the macro: decided here, where `cfg` sees our features.
    (@serde $ident:ident) => { $crate::__impl_smtp_codes_serde_if_enabled!($ident); };

    // Variants with fields (an error already reported) cannot be listed:
    // nothing generated reads `ALL` then, so it is never evaluated.
    (@all listable [$($variant:ident)*]) => { [$(Self::$variant),*] };
    (@all unlistable [$($variant:ident)*]) => { ::core::unreachable!() };
    (@all_slice listable $ident:ident) => { &$ident::ALL };
    (@all_slice unlistable $ident:ident) => { &[] };

    // `from_name` scans `ALL`: no hot path, and a loop is what a `const fn`
    // can do with strings.
    (@from_name listable $name:ident) => {{
        let mut index = 0;
        while index < Self::COUNT {
            let variant = Self::ALL[index];
            if $crate::__private::str_eq(variant.name(), $name) {
                return ::core::option::Option::Some(variant);
            }
            index += 1;
        }
        ::core::option::Option::None
    }};
    (@from_name unlistable $name:ident) => {{
        let _ = $name;
        ::core::option::Option::None
    }};

    // The lookup: each slot holds its code and its variant side by side, so
    // both loads read one cache line. A code that is not its slot's own
    // reads the extra slot at the end, which answers `None`. Choosing the
    // index, not the answer, keeps the choice a conditional move: LLVM turns
    // `if key == code { answer } else { None }` into a branch, which
    // mispredicts on varied input.
    (@from_code $ident:ident {
        size: $size:literal,
        multiplier: $multiplier:literal,
        shift: $shift:literal,
        keys: [$($key:literal),*],
        answers: [$($answer:expr),*]
    } $code:ident) => {{
        const SLOTS: [(i16, ::core::option::Option<$ident>); $size + 1] =
            [$(($key, $answer),)* (0, ::core::option::Option::None)];
        let slot = $crate::__private::slot($code, $multiplier, $shift);
        let slot = if SLOTS[slot].0 == $code { slot } else { $size };
        SLOTS[slot].1
    }};
    // No table: the input had errors, which are reported instead.
    (@from_code $ident:ident none $code:ident) => {{
        let _ = $code;
        ::core::option::Option::None
    }};

    // Evaluated by the compiler: each variant's code must find that
    // variant, or the build fails here.
    (@check $ident:ident none [$($variant:ident = $code:literal;)*]) => {};
    (@check $ident:ident $table:tt [$($variant:ident = $code:literal;)*]) => {
        const _: () = {
            $(
                ::core::assert!(
                    ::core::matches!($ident::from_code($code), ::core::option::Option::Some($ident::$variant)),
                    ::core::concat!("perfect hash does not find ", ::core::stringify!($ident), "::", ::core::stringify!($variant), " by its code"),
                );
            )*
        };
    };
}

/// Not public API: the `serde` impls of a code enum when smtp-status has its
/// `serde` feature, nothing otherwise.
#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_smtp_codes_serde_if_enabled {
    ($ident:ident) => {
        $crate::__impl_smtp_codes_serde!($ident);
    };
}

/// Not public API: the `serde` impls of a code enum when smtp-status has its
/// `serde` feature, nothing otherwise.
#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_smtp_codes_serde_if_enabled {
    ($ident:ident) => {};
}
