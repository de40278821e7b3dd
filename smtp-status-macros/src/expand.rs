//! Code generation: the enum declaration for `smtp_codes!`, the inherent
//! impl, the trait impls and the `const` check of the perfect hash.
//!
//! When the input has errors, the same items are emitted with the data that
//! could be read (codes that are missing default to 0), without the hash
//! table and its check, so that the user sees their own mistakes and not a
//! cascade of "no function named `from_code`".

use crate::ast::{Enum, Variant};
use crate::check::{self, is_valid_reply_code};
use crate::ctxt::Ctxt;
use crate::phf::{self, Table};
use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};
use syn::DeriveInput;

/// `#[derive(SmtpCodes)]`: the impls for an enum declared by the user.
pub fn derive(input: &DeriveInput) -> TokenStream {
    let cx = Ctxt::default();
    let Some(parsed) = Enum::from_syn(&cx, input) else {
        return cx.into_compile_errors().unwrap_or_default();
    };
    let table = checked_table(&cx, &parsed);
    let impls = impls(&parsed, table.as_ref());
    let errors = cx.into_compile_errors();
    quote!(#errors #impls)
}

/// Whether to emit the impls: not for a generic enum, whose impls could
/// only add errors about the missing parameters.
fn wants_impls(input: &Enum) -> bool {
    input.original.generics.params.is_empty()
}

/// `smtp_codes! { enum ... }`: the enum itself, then the derive's impls.
pub fn declare(input: &DeriveInput) -> TokenStream {
    let cx = Ctxt::default();
    let Some(parsed) = Enum::from_syn(&cx, input) else {
        return cx.into_compile_errors().unwrap_or_default();
    };
    for attr in &input.attrs {
        if attr.path().is_ident("repr") {
            cx.error_spanned_by(
                attr,
                "smtp_codes! gives the enum #[repr(i16)] itself, with each code as its discriminant; remove this attribute",
            );
        }
    }
    let table = checked_table(&cx, &parsed);
    let declaration = declaration(&parsed, table.is_some());
    let impls = impls(&parsed, table.as_ref());
    let errors = cx.into_compile_errors();
    quote!(#errors #declaration #impls)
}

/// Checks the input; builds the perfect hash only when it is valid.
fn checked_table(cx: &Ctxt, input: &Enum) -> Option<Table> {
    check::check(cx, input);
    if cx.has_errors() {
        return None;
    }
    let table = phf::build(&codes(input));
    if table.is_none() {
        // `check` rejects equal codes, the only input without a hash.
        cx.error_spanned_by(input.ident, "no perfect hash found for these codes");
    }
    table
}

fn codes(input: &Enum) -> Vec<i16> {
    input.variants.iter().map(code_of).collect()
}

/// The code of a variant as generated code uses it; 0 where the input had
/// none, which only happens alongside a reported error.
fn code_of(variant: &Variant) -> i16 {
    variant
        .code()
        .and_then(|code| i16::try_from(code).ok())
        .unwrap_or(0)
}

fn description_of(variant: &Variant) -> String {
    variant
        .description()
        .map(|(text, _)| text)
        .unwrap_or_default()
}

/// The text that `Display` writes: `"{code} {description}"` for a reply code,
/// the description alone for a sentinel, which is no reply.
fn display_of(variant: &Variant) -> String {
    if variant.is_sentinel() {
        description_of(variant)
    } else {
        format!("{} {}", code_of(variant), description_of(variant))
    }
}

/// The class and category names of a code, for generated docs.
fn classify(code: i16) -> Option<(&'static str, &'static str)> {
    if !is_valid_reply_code(code.into()) {
        return None;
    }
    let class = match code / 100 {
        2 => "positive completion",
        3 => "positive intermediate",
        4 => "transient negative completion",
        _ => "permanent negative completion",
    };
    let category = match code / 10 % 10 {
        0 => "syntax",
        1 => "information",
        2 => "connections",
        3 | 4 => "unspecified",
        _ => "mail system",
    };
    Some((class, category))
}

/// The enum as `smtp_codes!` declares it: `#[smtp]` attributes removed,
/// `#[repr(i16)]` with the codes as discriminants, and docs that show each
/// code. Without a valid input, no repr and no discriminants, which could
/// only add errors of their own.
fn declaration(input: &Enum, valid: bool) -> TokenStream {
    let original = input.original;
    let attrs = original.attrs.iter().filter(|a| !a.path().is_ident("smtp"));
    let vis = &original.vis;
    let ident = input.ident;
    let generics = &original.generics;
    let repr = valid.then(|| quote!(#[repr(i16)]));
    let table = code_table_docs(input);
    let variants = input.variants.iter().map(|variant| {
        let attrs = variant
            .original
            .attrs
            .iter()
            .filter(|a| !a.path().is_ident("smtp"));
        let ident = variant.ident;
        let fields = &variant.original.fields;
        let docs = variant_docs(variant);
        let discriminant = valid.then(|| {
            let code = Literal::i16_unsuffixed(code_of(variant));
            quote!(= #code)
        });
        quote!(#(#attrs)* #(#[doc = #docs])* #ident #fields #discriminant)
    });
    quote! {
        #(#attrs)*
        #(#[doc = #table])*
        #repr
        #vis enum #ident #generics {
            #(#variants,)*
        }
    }
}

/// Doc lines for a variant: the description where no doc comment gives it,
/// then the code with its class and category.
fn variant_docs(variant: &Variant) -> Vec<String> {
    let mut lines = Vec::new();
    if variant.attrs.docs.is_none() {
        lines.push(description_of(variant));
    }
    lines.push(String::new());
    let code = code_of(variant);
    lines.push(match classify(code) {
        Some((class, category)) => format!("Code `{code}`: {class}, {category}."),
        None => format!("Sentinel `{code}`: not a server reply, so it has no class."),
    });
    lines
}

/// Doc lines for the enum: a table of its codes.
fn code_table_docs(input: &Enum) -> Vec<String> {
    let ident = input.ident;
    let mut lines = vec![
        String::new(),
        "# Codes".to_owned(),
        String::new(),
        "| Code | Variant | Meaning |".to_owned(),
        "|---:|---|---|".to_owned(),
    ];
    for variant in &input.variants {
        let name = variant.ident;
        let text = description_of(variant).replace('|', "\\|");
        lines.push(format!(
            "| `{}` | [`{name}`]({ident}::{name}) | {text} |",
            code_of(variant)
        ));
    }
    lines
}

fn impls(input: &Enum, table: Option<&Table>) -> TokenStream {
    if !wants_impls(input) {
        return TokenStream::new();
    }
    let ident = input.ident;
    let krate = &input.krate;
    let variants = &input.variants;
    let idents: Vec<_> = variants.iter().map(|v| v.ident).collect();
    let codes = variants.iter().map(|v| Literal::i16_unsuffixed(code_of(v)));
    let names = idents.iter().map(|ident| ident.to_string());
    let descriptions = variants.iter().map(description_of);
    let displays = variants.iter().map(display_of);
    let count = variants.len();
    // Variants with fields (an error already reported) cannot be listed:
    // nothing generated reads `ALL` then, so it is not evaluated.
    let (all, all_slice, from_name_body) = if input.all_unit() {
        (
            quote!([#(Self::#idents),*]),
            quote!(&#ident::ALL),
            from_name_body(krate),
        )
    } else {
        (
            quote!(::core::unreachable!()),
            quote!(&[]),
            quote!({
                let _ = name;
                ::core::option::Option::None
            }),
        )
    };
    let from_code_body = match table {
        Some(table) => from_code_body(input, table),
        None => quote!({
            let _ = code;
            ::core::option::Option::None
        }),
    };
    let check = table.map(|_| const_check(input));
    let predicates = predicates(krate);

    quote! {
        #[automatically_derived]
        #[allow(dead_code)]
        impl #ident {
            /// Every variant, in declaration order.
            pub const ALL: [Self; #count] = #all;

            /// The number of variants.
            pub const COUNT: usize = #count;

            /// The numeric code: a reply code, or a sentinel.
            #[must_use]
            #[inline]
            pub const fn code(self) -> i16 {
                match self {
                    #(Self::#idents { .. } => #codes,)*
                }
            }

            /// The variant whose code is `code`, sentinels included, or
            /// `None`. A `const fn`: one multiply, one shift, one table load
            /// and one compare (a perfect hash built by the macro).
            #[must_use]
            #[inline]
            pub const fn from_code(code: i16) -> ::core::option::Option<Self> {
                #from_code_body
            }

            /// The variant's name, as declared.
            #[must_use]
            pub const fn name(self) -> &'static str {
                match self {
                    #(Self::#idents { .. } => #names,)*
                }
            }

            /// The variant whose name is `name` (case-sensitive), or `None`.
            #[must_use]
            pub const fn from_name(name: &str) -> ::core::option::Option<Self> {
                #from_name_body
            }

            /// What the code means, in English.
            #[must_use]
            pub const fn description(self) -> &'static str {
                match self {
                    #(Self::#idents { .. } => #descriptions,)*
                }
            }

            /// The class that the first digit gives (RFC 5321 §4.2.1);
            /// `None` for a sentinel.
            #[must_use]
            #[inline]
            pub const fn class(self) -> ::core::option::Option<#krate::Class> {
                #krate::Class::from_code(self.code())
            }

            /// The category that the second digit gives (RFC 5321 §4.2.1);
            /// `None` for a sentinel.
            #[must_use]
            #[inline]
            pub const fn category(self) -> ::core::option::Option<#krate::Category> {
                #krate::Category::from_code(self.code())
            }

            #predicates
        }

        #[automatically_derived]
        impl #krate::SmtpCodes for #ident {
            const ALL: &'static [Self] = #all_slice;

            #[inline]
            fn code(self) -> i16 {
                #ident::code(self)
            }

            #[inline]
            fn from_code(code: i16) -> ::core::option::Option<Self> {
                #ident::from_code(code)
            }

            fn name(self) -> &'static str {
                #ident::name(self)
            }

            fn description(self) -> &'static str {
                #ident::description(self)
            }
        }

        #[automatically_derived]
        impl ::core::str::FromStr for #ident {
            type Err = #krate::ParseCodeError;

            /// Reads the code at the start of `text`: three ASCII digits,
            /// then the end, `' '` or `'-'` and any text, so a reply line
            /// parses to its code.
            #[inline]
            fn from_str(text: &str) -> ::core::result::Result<Self, Self::Err> {
                match #krate::__private::parse_code(text.as_bytes()) {
                    ::core::result::Result::Ok(code) => match Self::from_code(code as i16) {
                        ::core::option::Option::Some(variant) => ::core::result::Result::Ok(variant),
                        ::core::option::Option::None => {
                            ::core::result::Result::Err(#krate::ParseCodeError::UnknownCode(code))
                        }
                    },
                    ::core::result::Result::Err(error) => ::core::result::Result::Err(error),
                }
            }
        }

        #[automatically_derived]
        impl ::core::convert::TryFrom<i16> for #ident {
            type Error = #krate::ParseCodeError;

            /// The variant with this code, sentinels included.
            #[inline]
            fn try_from(code: i16) -> ::core::result::Result<Self, Self::Error> {
                match Self::from_code(code) {
                    ::core::option::Option::Some(variant) => ::core::result::Result::Ok(variant),
                    ::core::option::Option::None => {
                        ::core::result::Result::Err(#krate::__private::unknown_code(code as i32))
                    }
                }
            }
        }

        #[automatically_derived]
        impl ::core::convert::TryFrom<u16> for #ident {
            type Error = #krate::ParseCodeError;

            /// The variant with this code, sentinels included.
            #[inline]
            fn try_from(code: u16) -> ::core::result::Result<Self, Self::Error> {
                match i16::try_from(code) {
                    ::core::result::Result::Ok(code) => Self::try_from(code),
                    ::core::result::Result::Err(_) => {
                        ::core::result::Result::Err(#krate::ParseCodeError::InvalidCode(code as i32))
                    }
                }
            }
        }

        #[automatically_derived]
        impl ::core::convert::TryFrom<i32> for #ident {
            type Error = #krate::ParseCodeError;

            /// The variant with this code, sentinels included.
            #[inline]
            fn try_from(code: i32) -> ::core::result::Result<Self, Self::Error> {
                match i16::try_from(code) {
                    ::core::result::Result::Ok(code) => Self::try_from(code),
                    ::core::result::Result::Err(_) => {
                        ::core::result::Result::Err(#krate::ParseCodeError::InvalidCode(code))
                    }
                }
            }
        }

        #[automatically_derived]
        impl ::core::convert::From<#ident> for i16 {
            #[inline]
            fn from(variant: #ident) -> i16 {
                variant.code()
            }
        }

        #[automatically_derived]
        impl ::core::convert::From<#ident> for i32 {
            #[inline]
            fn from(variant: #ident) -> i32 {
                variant.code() as i32
            }
        }

        #[automatically_derived]
        impl ::core::fmt::Display for #ident {
            /// `"{code} {description}"` for a reply code, so that the text
            /// parses back to the variant; the description alone for a
            /// sentinel.
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                match *self {
                    #(Self::#idents { .. } => f.write_str(#displays),)*
                }
            }
        }

        #check
    }
}

/// A scan of `ALL`: `from_name` is no hot path, and a loop is what a
/// `const fn` can do with strings.
fn from_name_body(krate: &syn::Path) -> TokenStream {
    quote! {
        let mut index = 0;
        while index < Self::COUNT {
            let variant = Self::ALL[index];
            if #krate::__private::str_eq(variant.name(), name) {
                return ::core::option::Option::Some(variant);
            }
            index += 1;
        }
        ::core::option::Option::None
    }
}

/// The lookup, without a branch: `KEYS` holds each slot's code, and
/// `ANSWERS` each slot's variant, followed by as many `None`s. A code that
/// differs from its slot's key reads from that second half. Empty slots
/// answer `None` in both halves, so their key does not matter.
///
/// A branch on the key compare would mispredict on varied input (a uniform
/// draw over 200..=599 misses 9 times in 10); the index arithmetic costs a
/// few instructions and never mispredicts.
fn from_code_body(input: &Enum, table: &Table) -> TokenStream {
    let ident = input.ident;
    let krate = &input.krate;
    let size = table.slots.len();
    let keys = table.slots.iter().map(|slot| {
        let code = slot.map_or(0, |index| code_of(&input.variants[index]));
        Literal::i16_unsuffixed(code)
    });
    let none = || quote!(::core::option::Option::None);
    let answers = table
        .slots
        .iter()
        .map(|slot| match slot {
            Some(index) => {
                let name = input.variants[*index].ident;
                quote!(::core::option::Option::Some(#ident::#name))
            }
            None => none(),
        })
        .chain(std::iter::repeat_with(none).take(size));
    let (multiplier, shift) = (table.multiplier, table.shift);
    quote! {
        const KEYS: [i16; #size] = [#(#keys),*];
        const ANSWERS: [::core::option::Option<#ident>; 2 * #size] = [#(#answers),*];
        let slot = #krate::__private::slot(code, #multiplier, #shift);
        let miss = (KEYS[slot] != code) as usize;
        ANSWERS[slot + miss * #size]
    }
}

/// A `const` block that the compiler evaluates: every variant's code must
/// find that variant, or the build fails here.
fn const_check(input: &Enum) -> TokenStream {
    let ident = input.ident;
    let asserts = input.variants.iter().map(|variant| {
        let name = variant.ident;
        let code = Literal::i16_unsuffixed(code_of(variant));
        let message = format!("perfect hash does not find {ident}::{name} by its code");
        quote! {
            ::core::assert!(
                ::core::matches!(#ident::from_code(#code), ::core::option::Option::Some(#ident::#name)),
                #message
            );
        }
    });
    quote! {
        const _: () = {
            #(#asserts)*
        };
    }
}

/// The const predicates on the class.
fn predicates(krate: &syn::Path) -> TokenStream {
    let classes = [
        ("is_positive_completion", "PositiveCompletion", "2yz"),
        ("is_positive_intermediate", "PositiveIntermediate", "3yz"),
        ("is_transient_negative", "TransientNegative", "4yz"),
        ("is_permanent_negative", "PermanentNegative", "5yz"),
    ];
    let per_class = classes.iter().map(|(method, class, digits)| {
        let method = format_ident!("{method}");
        let class = format_ident!("{class}");
        let doc = format!("`true` for a {digits} code.");
        quote! {
            #[doc = #doc]
            #[must_use]
            #[inline]
            pub const fn #method(self) -> bool {
                ::core::matches!(self.class(), ::core::option::Option::Some(#krate::Class::#class))
            }
        }
    });
    quote! {
        #(#per_class)*

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
}
