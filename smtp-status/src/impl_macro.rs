//! The items that `#[derive(SmtpCodes)]` and `smtp_codes!` generate, as a
//! declarative macro. The proc macro checks the input and computes the data
//! (codes, texts, the perfect hash); this macro writes the code around it.
//! Keeping the fixed code here keeps the proc-macro crate small and quick to
//! build.

/// Not public API: invoked by the code that `smtp-status-macros` generates.
///
/// Everything is written inside `const _: () = { ... };` (as serde_derive
/// does), so the table and its check live beside the impls without a name
/// in the user's module. The code names nothing through the prelude and
/// reaches the user's enum only by `$ident::$variant` paths, method calls
/// and fully qualified trait paths: a variant may take any name, that of a
/// prelude item or of an associated item of a trait implemented here
/// (`Err`, `Error`, `from_code`, `ALL`...), without changing what a path
/// here means. Each impl carries `where $bound`, the proc macro's
/// `Enum: Copy` spanned at the enum's name: an enum that is not `Copy`
/// then gets one error, at its name (rustc reports the equal errors of
/// the impls once), and none about the moves below, since rustc assumes
/// the bound inside the impls.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_smtp_codes {
    (
        enum: $ident:ident,
        bound: [$($bound:tt)*],
        count: $count:literal,
        listable: $listable:tt,
        table: $table:tt,
        replies: $replies:tt,
        serde: [$($serde:ident)?],
        variants: [$($variant:ident = $code:literal, $name:literal, $description:literal, $display:literal, $enhanced:tt, $reply:literal;)*],
        firsts: [$($first:ident = $first_code:literal, $first_name:literal;)*],
        reply_checks: [$($replied:ident = $reply_key:literal, $replied_name:literal;)*],
        localized: [$(
            $(#[$cfg:meta])* $language:ident { $($translated:ident => $text:expr),* }
        )*]
    ) => {
        // Generated code names every variant, deprecated ones included; its
        // table's name is built from the enum's; and an enum without
        // variants (an error already reported) makes its bodies unreachable.
        #[allow(
            deprecated,
            dead_code,
            non_upper_case_globals,
            unreachable_code,
            unreachable_patterns
        )]
        const _: () = {
            $crate::__impl_smtp_codes!(@table $ident i16 $table);
            $crate::__impl_smtp_codes!(@table $ident u32 $replies);

            impl $ident where $($bound)* {
                /// Every variant, in declaration order.
                pub const ALL: [Self; $count] =
                    $crate::__impl_smtp_codes!(@all $listable $ident [$($variant)*]);

                /// The number of variants.
                pub const COUNT: usize = $count;

                /// The numeric code: a reply code, or a sentinel.
                #[must_use]
                #[inline]
                pub const fn code(self) -> i16 {
                    match self {
                        $($ident::$variant { .. } => $code,)*
                    }
                }

                /// The variant whose code is `code`, sentinels included, or
                /// `None`; where variants share a code (their enhanced codes
                /// tell them apart), the first declared. A `const fn`
                /// through a perfect hash that the macro built: a mask (or a
                /// multiply and a shift), a compare and two loads, without a
                /// branch.
                #[must_use]
                #[inline]
                pub const fn from_code(code: i16) -> ::core::option::Option<Self> {
                    $crate::__impl_smtp_codes!(@from_code $table code)
                }

                /// The variant that `reply` is: the one with its code and
                /// its enhanced code, else the one with its code and no
                /// enhanced code, else `None`. So `250 2.0.0 Ok` finds a
                /// plain `Ok = 250`, and a 550 with an enhanced code that
                /// no variant has finds none, unless a 550 without one is
                /// declared.
                #[must_use]
                #[inline]
                pub const fn from_reply(reply: &$crate::Reply<'_>) -> ::core::option::Option<Self> {
                    $crate::__impl_smtp_codes!(@from_reply $table $replies reply)
                }

                /// The enhanced status code (RFC 3463) that the variant's
                /// reply carries, if it was given one.
                #[must_use]
                #[inline]
                pub const fn enhanced(self) -> ::core::option::Option<$crate::EnhancedStatusCode> {
                    match self {
                        $($ident::$variant { .. } => $crate::__impl_smtp_codes!(@enhanced $enhanced),)*
                    }
                }

                /// The text of the variant's reply, as the compiler checked
                /// it: `reply = "..."`, else the description. Each `\n`
                /// starts a line.
                #[must_use]
                pub const fn reply_text(self) -> &'static str {
                    match self {
                        $($ident::$variant { .. } => $reply,)*
                    }
                }

                /// Writes the variant's reply as a server sends it (code,
                /// enhanced code on every line, text, CRLF) into `out`,
                /// without allocating.
                ///
                /// # Errors
                ///
                /// `out`'s, and `fmt::Error` for a sentinel, which has no
                /// reply (nothing is written).
                pub fn write_reply<W: ::core::fmt::Write>(self, out: &mut W) -> ::core::fmt::Result {
                    $crate::__private::write_reply(out, self.reply_code(), self.enhanced(), self.reply_text())
                }

                /// The variant's name, as declared (without `r#`).
                #[must_use]
                pub const fn name(self) -> &'static str {
                    match self {
                        $($ident::$variant { .. } => $name,)*
                    }
                }

                /// The variant whose name is `name` (case-sensitive), or `None`.
                #[must_use]
                pub const fn from_name(name: &str) -> ::core::option::Option<Self> {
                    $crate::__impl_smtp_codes!(@from_name $listable $ident name [$($variant $name)*])
                }

                /// What the code means, in English.
                #[must_use]
                pub const fn description(self) -> &'static str {
                    match self {
                        $($ident::$variant { .. } => $description,)*
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
                                $($ident::$translated { .. } => $text,)*
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

                /// The code as a reply code, to build a reply with (see
                /// `ReplyBuf` and `OutgoingReply`); `None` for a sentinel.
                #[must_use]
                #[inline]
                pub const fn reply_code(self) -> ::core::option::Option<$crate::ReplyCode> {
                    $crate::__private::reply_code(self.code())
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

            // Method calls (`self.code()`) reach the inherent `const fn`s
            // above, which method resolution prefers to the trait's; a path
            // such as `$ident::code` would name a variant called `code`.
            #[automatically_derived]
            impl $crate::SmtpCodes for $ident where $($bound)* {
                const ALL: &'static [Self] = $crate::__impl_smtp_codes!(@all_slice $listable $ident [$($variant)*]);

                #[inline]
                fn code(self) -> i16 {
                    self.code()
                }

                #[inline]
                fn from_code(code: i16) -> ::core::option::Option<Self> {
                    $crate::__impl_smtp_codes!(@from_code $table code)
                }

                #[inline]
                fn from_reply(reply: &$crate::Reply<'_>) -> ::core::option::Option<Self> {
                    $crate::__impl_smtp_codes!(@from_reply $table $replies reply)
                }

                #[inline]
                fn enhanced(self) -> ::core::option::Option<$crate::EnhancedStatusCode> {
                    self.enhanced()
                }

                fn name(self) -> &'static str {
                    self.name()
                }

                fn description(self) -> &'static str {
                    self.description()
                }
            }

            #[automatically_derived]
            impl ::core::str::FromStr for $ident where $($bound)* {
                type Err = $crate::ParseCodeError;

                /// Reads the code at the start of `text`: three ASCII digits,
                /// then the end, `' '` or `'-'` and any text, so a reply line
                /// parses to its code.
                #[inline]
                fn from_str(text: &str) -> ::core::result::Result<Self, $crate::ParseCodeError> {
                    $crate::__private::from_str(text)
                }
            }

            #[automatically_derived]
            impl ::core::convert::TryFrom<i16> for $ident where $($bound)* {
                type Error = $crate::ParseCodeError;

                /// The variant with this code, sentinels included.
                #[inline]
                fn try_from(code: i16) -> ::core::result::Result<Self, $crate::ParseCodeError> {
                    $crate::__private::try_from_code(::core::convert::From::from(code))
                }
            }

            #[automatically_derived]
            impl ::core::convert::TryFrom<u16> for $ident where $($bound)* {
                type Error = $crate::ParseCodeError;

                /// The variant with this code, sentinels included.
                #[inline]
                fn try_from(code: u16) -> ::core::result::Result<Self, $crate::ParseCodeError> {
                    $crate::__private::try_from_code(::core::convert::From::from(code))
                }
            }

            #[automatically_derived]
            impl ::core::convert::TryFrom<i32> for $ident where $($bound)* {
                type Error = $crate::ParseCodeError;

                /// The variant with this code, sentinels included.
                #[inline]
                fn try_from(code: i32) -> ::core::result::Result<Self, $crate::ParseCodeError> {
                    $crate::__private::try_from_code(code)
                }
            }

            #[automatically_derived]
            impl ::core::convert::From<$ident> for i16 where $($bound)* {
                #[inline]
                fn from(variant: $ident) -> i16 {
                    variant.code()
                }
            }

            #[automatically_derived]
            impl ::core::convert::From<$ident> for i32 where $($bound)* {
                #[inline]
                fn from(variant: $ident) -> i32 {
                    ::core::convert::From::from(variant.code())
                }
            }

            #[automatically_derived]
            impl ::core::fmt::Display for $ident where $($bound)* {
                /// `"{code} {description}"` for a reply code, so that the text
                /// parses back to the variant; the description alone for a
                /// sentinel.
                fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    f.write_str(match *self {
                        $($ident::$variant { .. } => $display,)*
                    })
                }
            }

            $crate::__impl_smtp_codes!(@check $ident i16 $table [$($first = $first_code, $first_name;)*]);
            $crate::__impl_smtp_codes!(@check $ident u32 $replies [$($replied = $reply_key, $replied_name;)*]);
            $crate::__impl_smtp_codes_reply!($ident [$($bound)*]);
            $crate::__impl_smtp_codes!(@serde [$($serde)?] $ident [$($bound)*]);
        };
    };

    // `Serialize` and `Deserialize` where the enum asks for them with
    // `#[smtp(serde)]`: a user's own choice, so that a crate that derives
    // serde itself is never given a second impl by a feature that another
    // crate turned on.
    (@serde [] $ident:ident [$($bound:tt)*]) => {};
    (@serde [$serde:ident] $ident:ident [$($bound:tt)*]) => {
        $crate::__impl_smtp_codes_serde!($serde $ident [$($bound)*]);
    };

    // Variants with fields (an error already reported) cannot be listed:
    // nothing generated reads `ALL` then, so it is never evaluated.
    (@all listable $ident:ident [$($variant:ident)*]) => { [$($ident::$variant),*] };
    (@all unlistable $ident:ident [$($variant:ident)*]) => { ::core::unreachable!() };
    (@all_slice listable $ident:ident [$($variant:ident)*]) => { &[$($ident::$variant),*] };
    (@all_slice unlistable $ident:ident [$($variant:ident)*]) => { &[] };

    // `from_name` compares with each name in turn: no hot path, and what a
    // `const fn` can do with strings.
    (@from_name listable $ident:ident $name:ident [$($variant:ident $text:literal)*]) => {{
        $(
            if $crate::__private::str_eq($name, $text) {
                return ::core::option::Option::Some($ident::$variant);
            }
        )*
        ::core::option::Option::None
    }};
    (@from_name unlistable $ident:ident $name:ident [$($variant:ident $text:literal)*]) => {{
        let _ = $name;
        ::core::option::Option::None
    }};

    // The table: each slot holds its code and its variant side by side, so
    // both loads read one cache line, and one more slot at the end answers
    // `None`. Its name is the proc macro's, made from the enum's name, so it
    // is never the enum's.
    (@table $ident:ident $key_type:ident {
        name: $slots:ident,
        size: $size:literal,
        multiplier: $multiplier:literal,
        shift: $shift:literal,
        keys: [$($key:literal),*],
        answers: [$($answer:expr),*]
    }) => {
        const $slots: [($key_type, ::core::option::Option<$ident>); $size + 1] =
            [$(($key, $answer),)* (0, ::core::option::Option::None)];
    };
    (@table $ident:ident $key_type:ident none) => {};

    (@enhanced none) => { ::core::option::Option::None };
    (@enhanced ($class:literal, $subject:literal, $detail:literal)) => {
        $crate::EnhancedStatusCode::new($class, $subject, $detail)
    };

    // The slot that answers for `code`: its own when the slot's key is the
    // code, else the `None` slot at the end. Choosing the index, not the
    // answer, keeps the choice a conditional move: LLVM turns
    // `if key == code { answer } else { None }` into a branch, which
    // mispredicts on varied input.
    (@index $key_type:ident $slots:ident $size:literal $multiplier:literal $shift:literal $key:expr) => {{
        let key: $key_type = $key;
        let slot = $crate::__private::slot($crate::__impl_smtp_codes!(@key $key_type key), $multiplier, $shift);
        if $slots[slot].0 == key { slot } else { $size }
    }};
    (@key i16 $key:ident) => { $crate::__private::code_key($key) };
    (@key u32 $key:ident) => { $key };

    (@from_code {
        name: $slots:ident,
        size: $size:literal,
        multiplier: $multiplier:literal,
        shift: $shift:literal,
        $($data:tt)*
    } $code:ident) => {
        $slots[$crate::__impl_smtp_codes!(@index i16 $slots $size $multiplier $shift $code)].1
    };
    // No table: the input had errors, which are reported instead.
    (@from_code none $code:ident) => {{
        let _ = $code;
        ::core::option::Option::None
    }};

    // Without enhanced codes, a reply is found by its code: no sentinel
    // has a valid reply code.
    (@from_reply $table:tt none $reply:ident) => {{
        let code = $crate::__private::reply_code_number($reply);
        $crate::__impl_smtp_codes!(@from_code $table code)
    }};
    // With them: the slot of the reply's code and enhanced code if it has
    // one of its own, else the slot of its code alone (or the `None` slot
    // at the end). Both indexes are computed, and one is chosen without a
    // branch.
    (@from_reply $table:tt {
        name: $slots:ident,
        size: $size:literal,
        multiplier: $multiplier:literal,
        shift: $shift:literal,
        $($data:tt)*
    } $reply:ident) => {{
        let (exact, plain) = $crate::__private::reply_keys($reply);
        let exact = $crate::__impl_smtp_codes!(@index u32 $slots $size $multiplier $shift exact);
        let plain = $crate::__impl_smtp_codes!(@index u32 $slots $size $multiplier $shift plain);
        $slots[if exact != $size { exact } else { plain }].1
    }};

    // Evaluated by the compiler: each variant's code must reach the slot of
    // that variant through the very index `from_code` reads, or the build
    // fails here. `matches!` reads the slot in place, so the check holds no
    // `Copy` bound of its own.
    (@check $ident:ident $key_type:ident none [$($variant:ident = $code:literal, $name:literal;)*]) => {};
    (@check $ident:ident $key_type:ident {
        name: $slots:ident,
        size: $size:literal,
        multiplier: $multiplier:literal,
        shift: $shift:literal,
        $($data:tt)*
    } [$($variant:ident = $code:literal, $name:literal;)*]) => {
        $(
            ::core::assert!(
                ::core::matches!(
                    $slots[$crate::__impl_smtp_codes!(@index $key_type $slots $size $multiplier $shift $code)].1,
                    ::core::option::Option::Some($ident::$variant)
                ),
                ::core::concat!("perfect hash does not find ", ::core::stringify!($ident), "::", $name, " by its code"),
            );
        )*
    };
}

/// Not public API: `reply()`, with smtp-status's `alloc` feature.
#[cfg(feature = "alloc")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_smtp_codes_reply {
    ($ident:ident [$($bound:tt)*]) => {
        impl $ident where $($bound)* {
            /// The variant's reply, as a server sends it: its code, its
            /// enhanced code on every line, and its checked text; `None`
            /// for a sentinel, which has no reply.
            #[must_use]
            pub fn reply(self) -> ::core::option::Option<$crate::ReplyBuf> {
                $crate::__private::reply_buf(self.reply_code(), self.enhanced(), self.reply_text())
            }
        }
    };
}

/// Not public API: nothing, without smtp-status's `alloc` feature.
#[cfg(not(feature = "alloc"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_smtp_codes_reply {
    ($ident:ident [$($bound:tt)*]) => {};
}

/// Not public API: `#[smtp(serde)]` without smtp-status's `serde` feature.
#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_smtp_codes_serde {
    ($serde:ident $ident:ident [$($bound:tt)*]) => {
        ::core::compile_error!(
            "#[smtp(serde)] needs the `serde` feature of smtp-status: depend on it with `features = [\"serde\"]`"
        );
    };
}
