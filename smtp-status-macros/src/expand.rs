//! Code generation: the enum declaration for `smtp_codes!`, and the data
//! that the runtime crate's `__impl_smtp_codes!` turns into the impls
//! (codes, texts and the perfect-hash table) for `#[derive(SmtpCodes)]`.
//!
//! When the input has errors, the same items are emitted with the data that
//! could be read (codes that are missing default to 0), without the hash
//! table and its check, so that the user sees their own mistakes and not a
//! cascade of "no function named `from_code`".

use crate::ast::{Enum, Variant};
use crate::check::{self, is_valid_reply_code};
use crate::ctxt::Ctxt;
use crate::language::LANGUAGES;
use crate::phf::{self, Table};
use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::ext::IdentExt;
use syn::DeriveInput;

/// `#[derive(SmtpCodes)]`: the impls for an enum declared by the user.
pub fn derive(input: &DeriveInput) -> TokenStream {
    let cx = Ctxt::default();
    let Some(parsed) = Enum::from_syn(&cx, input) else {
        return cx.into_compile_errors().unwrap_or_default();
    };
    let tables = checked_tables(&cx, &parsed);
    let impls = impls(&parsed, tables.as_ref());
    let errors = cx.into_compile_errors();
    quote!(#errors #impls)
}

/// Whether to emit the impls: not for a generic enum, whose impls could
/// only add errors about the missing parameters.
fn wants_impls(input: &Enum) -> bool {
    input.original.generics.params.is_empty()
}

/// `smtp_codes! { enum ... }`: the enum, with `#[repr(i16)]`, its codes as
/// discriminants and docs that show them, and `#[derive(SmtpCodes)]`.
///
/// The derive does the checking and writes the impls. rustc removes the
/// variants whose `#[cfg]` is off, and expands `#[cfg_attr]`, before a
/// derive runs, so such a variant does not exist for either macro, and each
/// mistake is reported once, by the derive. What is read here only shapes
/// the declaration; errors found on the way are the derive's to report.
pub fn declare(input: &DeriveInput) -> TokenStream {
    let cx = Ctxt::default();
    for attr in &input.attrs {
        if attr.path().is_ident("repr") {
            cx.error_spanned_by(
                attr,
                "smtp_codes! gives the enum #[repr(i16)] itself, with each code as its discriminant; remove this attribute",
            );
        }
    }
    let reported_by_derive = Ctxt::default();
    let declaration = match Enum::from_syn(&reported_by_derive, input) {
        Some(parsed) => declaration(&parsed),
        None => return reported_by_derive.into_compile_errors().unwrap_or_default(),
    };
    let errors = cx.into_compile_errors();
    quote!(#errors #declaration)
}

/// The perfect hashes of an enum, their slots holding variant indices: by
/// code, for `from_code` (the first variant of each code), and, where some
/// variant has an enhanced code, by code and enhanced code together, for
/// `from_reply`.
struct Tables {
    codes: Table,
    replies: Option<Table>,
}

/// Checks the input; builds the perfect hashes only when it is valid.
fn checked_tables(cx: &Ctxt, input: &Enum) -> Option<Tables> {
    check::check(cx, input);
    // Equal keys have no hash; where `check` left them to rustc's own
    // error about discriminants, there is nothing more to say.
    if cx.has_errors() || check::duplicate_codes(input).next().is_some() {
        return None;
    }
    let firsts = first_of_each_code(input);
    let keys: Vec<u32> = firsts
        .iter()
        .map(|&index| phf::code_key(code_of(&input.variants[index])))
        .collect();
    let codes = phf::build(&keys).map(|table| by_variant(table, &firsts));
    let replies = if input.variants.iter().any(|v| v.attrs.enhanced.is_some()) {
        let members: Vec<usize> = (0..input.variants.len())
            .filter(|&index| !input.variants[index].is_sentinel())
            .collect();
        let keys: Vec<u32> = members
            .iter()
            .map(|&index| reply_key(&input.variants[index]))
            .collect();
        match phf::build(&keys) {
            Some(table) => Some(by_variant(table, &members)),
            None => {
                cx.error_spanned_by(input.ident, "no perfect hash found for these replies");
                return None;
            }
        }
    } else {
        None
    };
    let Some(codes) = codes else {
        // `check` rejects equal codes, the only input without a hash.
        cx.error_spanned_by(input.ident, "no perfect hash found for these codes");
        return None;
    };
    Some(Tables { codes, replies })
}

/// The index of the first variant of each code, in declaration order:
/// where variants share a code (their enhanced codes differ), `from_code`
/// answers the first.
fn first_of_each_code(input: &Enum) -> Vec<usize> {
    let mut firsts: Vec<usize> = Vec::new();
    for (index, variant) in input.variants.iter().enumerate() {
        let code = code_of(variant);
        if !firsts
            .iter()
            .any(|&first| code_of(&input.variants[first]) == code)
        {
            firsts.push(index);
        }
    }
    firsts
}

/// The table with each slot's key index turned into its variant index.
fn by_variant(mut table: Table, variants: &[usize]) -> Table {
    for slot in table.slots.iter_mut().flatten() {
        *slot = variants[*slot];
    }
    table
}

/// The key of a variant's reply in the `from_reply` table: the code, then
/// the enhanced code's subject and detail (the class follows from the
/// code), ten bits each, or 1023 twice for none. The runtime crate's
/// `__private::reply_key` is the same, and the generated check proves it.
fn reply_key(variant: &Variant) -> u32 {
    let code = u32::from(code_of(variant).unsigned_abs());
    let (subject, detail) = variant
        .enhanced()
        .map_or((1023, 1023), |(_, subject, detail)| (subject, detail));
    code << 20 | u32::from(subject) << 10 | u32::from(detail)
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

/// The enum as `smtp_codes!` declares it: `#[derive(SmtpCodes)]` first (a
/// derive's helper attribute may not come before it), every attribute of
/// the input but `#[repr]` (reported), docs that show each code, and
/// `#[repr(i16)]` with the codes as discriminants where every variant has a
/// code that fits; otherwise the variants as written, so that implicit
/// discriminants cannot collide with given ones and add errors of their
/// own.
fn declaration(input: &Enum) -> TokenStream {
    let original = input.original;
    let krate = &input.krate;
    let attrs = original.attrs.iter().filter(|a| !a.path().is_ident("repr"));
    let vis = &original.vis;
    let ident = input.ident;
    let generics = &original.generics;
    // The input's own `enum` token, so that rustc's errors about the enum
    // (such as equal discriminants) point at the user's declaration.
    let enum_token = syn::Token![enum](match &original.data {
        syn::Data::Enum(data) => data.enum_token.span,
        _ => ident.span(),
    });
    // rustc refuses `#[repr(i16)]` on an enum without variants.
    // Variants that share a code (told apart by their enhanced codes)
    // cannot each have it as their discriminant.
    let declarable = !input.variants.is_empty()
        && input.variants.iter().all(has_declarable_code)
        && first_of_each_code(input).len() == input.variants.len();
    // The attributes added here are spanned at the enum's name: rustc's
    // errors about the enum then point at the declaration, not at the whole
    // invocation.
    let span = ident.span();
    let repr = declarable.then(|| quote_spanned!(span=> #[repr(i16)]));
    let table = code_table_docs(input);
    let variants = input.variants.iter().map(|variant| {
        let attrs = &variant.original.attrs;
        let ident = variant.ident;
        let fields = &variant.original.fields;
        let docs = variant_docs(variant);
        let discriminant = match (&variant.original.discriminant, &variant.attrs.code) {
            (Some((eq, expr)), _) => quote!(#eq #expr),
            (None, Some(code)) if declarable => {
                let tokens = &code.tokens;
                quote!(= #tokens)
            }
            (None, _) => TokenStream::new(),
        };
        // `concat!`, so that the derive does not read them as the
        // description (it reads string literals only).
        quote!(#(#attrs)* #(#[doc = ::core::concat!(#docs)])* #ident #fields #discriminant)
    });
    quote_spanned! {span=>
        #[derive(#krate::SmtpCodes)]
        #(#attrs)*
        #table
        #repr
        #vis #enum_token #ident #generics {
            #(#variants,)*
        }
    }
}

/// A code that can be the variant's discriminant under `#[repr(i16)]`: an
/// integer that fits, given once or twice alike.
fn has_declarable_code(variant: &Variant) -> bool {
    let fits = |code: &crate::attr::Code| code.value.is_some_and(|v| i16::try_from(v).is_ok());
    match (&variant.attrs.code, &variant.discriminant) {
        (Some(attr), Some(discriminant)) => fits(attr) && attr.value == discriminant.value,
        (Some(code), None) | (None, Some(code)) => fits(code),
        (None, None) => false,
    }
}

/// Doc lines for a variant: the description where no doc comment gives it,
/// then, as a paragraph of its own, the code with its class and category.
/// Nothing for a variant without a description or code, which the derive
/// reports.
fn variant_docs(variant: &Variant) -> Vec<String> {
    let description = description_of(variant);
    if variant.code().is_none() || description.trim().is_empty() {
        return Vec::new();
    }
    let code = code_of(variant);
    let mut lines = Vec::new();
    if variant.attrs.docs.is_none() {
        lines.push(description);
    }
    lines.push(String::new());
    lines.push(match classify(code) {
        Some((class, category)) => format!("Code `{code}`: {class}, {category}."),
        None => format!("Sentinel `{code}`: not a server reply, so it has no class."),
    });
    lines
}

/// Doc lines for the enum: a table of its codes. The row of a variant under
/// `#[cfg(...)]` is under the same condition, so the table lists the
/// variants that exist.
fn code_table_docs(input: &Enum) -> TokenStream {
    let ident = input.ident;
    let mut out = quote! {
        #[doc = ""]
        #[doc = "# Codes"]
        #[doc = ""]
        #[doc = "| Code | Variant | Meaning |"]
        #[doc = "|---:|---|---|"]
    };
    for variant in &input.variants {
        let name = variant.name();
        let path = variant.ident;
        let text = description_of(variant).replace('|', "\\|");
        let code = variant.code().unwrap_or_default();
        let row = format!("| `{code}` | [`{name}`]({ident}::{path}) | {text} |");
        let conditions: Vec<_> = variant
            .original
            .attrs
            .iter()
            .filter(|attr| attr.path().is_ident("cfg"))
            .filter_map(|attr| attr.meta.require_list().ok())
            .map(|list| &list.tokens)
            .collect();
        out.extend(if conditions.is_empty() {
            quote!(#[doc = #row])
        } else {
            quote!(#[cfg_attr(all(#(#conditions),*), doc = #row)])
        });
    }
    out
}

/// The invocation of the runtime crate's `__impl_smtp_codes!`, which writes
/// the impls around the data computed here. Without tables (the input had
/// errors) it writes the same items with stub lookups and no check, so that
/// the user sees their own mistakes and not a cascade of missing items.
fn impls(input: &Enum, tables: Option<&Tables>) -> TokenStream {
    if !wants_impls(input) {
        return TokenStream::new();
    }
    let ident = input.ident;
    let krate = &input.krate;
    let count = input.variants.len();
    let listable = if input.all_unit() {
        quote!(listable)
    } else {
        quote!(unlistable)
    };
    let unraw = ident.unraw();
    let (table, replies) = match tables {
        Some(tables) => (
            table_data(
                input,
                &tables.codes,
                format_ident!("__SMTP_SLOTS_{unraw}"),
                |v| Literal::i16_unsuffixed(code_of(v)),
            ),
            tables.replies.as_ref().map_or(quote!(none), |replies| {
                let name = format_ident!("__SMTP_REPLIES_{unraw}");
                table_data(input, replies, name, |v| {
                    Literal::u32_unsuffixed(reply_key(v))
                })
            }),
        ),
        None => (quote!(none), quote!(none)),
    };
    let variants = input.variants.iter().map(|variant| {
        let ident = variant.ident;
        let code = Literal::i16_unsuffixed(code_of(variant));
        let name = variant.name();
        let description = description_of(variant);
        let display = display_of(variant);
        let enhanced = match variant.enhanced() {
            Some((class, subject, detail)) => quote!((#class, #subject, #detail)),
            None => quote!(none),
        };
        let reply = variant
            .reply_text()
            .map(|(text, _)| text)
            .unwrap_or_default();
        quote!(#ident = #code, #name, #description, #display, #enhanced, #reply;)
    });
    // What the const checks prove: the first variant of each code is
    // `from_code`'s answer; every reply is `from_reply`'s.
    let firsts = first_of_each_code(input).into_iter().map(|index| {
        let variant = &input.variants[index];
        let (ident, code, name) = (
            variant.ident,
            Literal::i16_unsuffixed(code_of(variant)),
            variant.name(),
        );
        quote!(#ident = #code, #name;)
    });
    let reply_checks = input
        .variants
        .iter()
        .filter(|variant| !variant.is_sentinel())
        .map(|variant| {
            let (ident, key, name) = (
                variant.ident,
                Literal::u32_unsuffixed(reply_key(variant)),
                variant.name(),
            );
            quote!(#ident = #key, #name;)
        });
    // Spanned at the enum's name: the one error an enum that is not `Copy`
    // gets points there (see `__impl_smtp_codes!`).
    let bound = quote_spanned!(ident.span()=> #ident: ::core::marker::Copy);
    let serde = &input.serde;
    let localized = localized_data(input);
    quote! {
        #krate::__impl_smtp_codes! {
            enum: #ident,
            bound: [#bound],
            count: #count,
            listable: #listable,
            table: #table,
            replies: #replies,
            serde: [#serde],
            variants: [#(#variants)*],
            firsts: [#(#firsts)*],
            reply_checks: [#(#reply_checks)*],
            localized: [#localized]
        }
    }
}

/// For each language that some variant describes itself in, each variant's
/// text or `None`, behind the declaring crate's feature `lang-<tag>` with
/// `language_features`; `__impl_smtp_codes!` writes `description_in` and
/// its companions from it.
fn localized_data(input: &Enum) -> TokenStream {
    let mut out = TokenStream::new();
    for (index, (tag, language)) in LANGUAGES.iter().enumerate() {
        let text_of = |variant: &Variant| translation(variant, index).is_some();
        if !input.variants.iter().any(text_of) {
            continue;
        }
        if input.language_features {
            let feature = format!("lang-{tag}");
            out.extend(quote!(#[cfg(feature = #feature)]));
        }
        let language = format_ident!("{language}");
        let arms = input.variants.iter().map(|variant| {
            let name = variant.ident;
            match translation(variant, index) {
                Some(text) => quote!(#name => ::core::option::Option::Some(#text)),
                None => quote!(#name => ::core::option::Option::None),
            }
        });
        out.extend(quote!(#language { #(#arms),* }));
    }
    out
}

/// A variant's text in the language at `index` of `LANGUAGES`.
fn translation<'v>(variant: &'v Variant, index: usize) -> Option<&'v syn::LitStr> {
    let found = variant
        .attrs
        .localized
        .iter()
        .find(|(known, _)| *known == index);
    found.map(|(_, text)| text)
}

/// A perfect hash as data: each slot's key (0 where empty) and answer
/// (`None` where empty), for `__impl_smtp_codes!`'s lookups; `name` names
/// the table's `const` (made from the enum's name, and longer, so never
/// the enum's).
fn table_data(
    input: &Enum,
    table: &Table,
    name: syn::Ident,
    key: impl Fn(&Variant) -> Literal,
) -> TokenStream {
    let ident = input.ident;
    let size = table.slots.len();
    let keys = table.slots.iter().map(|slot| match slot {
        Some(index) => key(&input.variants[*index]),
        None => Literal::u8_unsuffixed(0),
    });
    let answers = table.slots.iter().map(|slot| match slot {
        Some(index) => {
            let name = input.variants[*index].ident;
            quote!(::core::option::Option::Some(#ident::#name))
        }
        None => quote!(::core::option::Option::None),
    });
    let (multiplier, shift) = (table.multiplier, table.shift);
    quote!({
        name: #name,
        size: #size,
        multiplier: #multiplier,
        shift: #shift,
        keys: [#(#keys),*],
        answers: [#(#answers),*]
    })
}
