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

/// Checks the input; builds the perfect hash only when it is valid.
fn checked_table(cx: &Ctxt, input: &Enum) -> Option<Table> {
    check::check(cx, input);
    // Equal codes have no hash; where `check` left them to rustc's own
    // error about discriminants, there is nothing more to say.
    if cx.has_errors() || check::duplicate_codes(input).next().is_some() {
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
    let declarable = !input.variants.is_empty() && input.variants.iter().all(has_declarable_code);
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
/// the impls around the data computed here. Without a table (the input had
/// errors) it writes the same items with stub lookups and no check, so that
/// the user sees their own mistakes and not a cascade of missing items.
fn impls(input: &Enum, table: Option<&Table>) -> TokenStream {
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
    let table = match table {
        Some(table) => table_data(input, table),
        None => quote!(none),
    };
    let variants = input.variants.iter().map(|variant| {
        let ident = variant.ident;
        let code = Literal::i16_unsuffixed(code_of(variant));
        let name = variant.name();
        let description = description_of(variant);
        let display = display_of(variant);
        quote!(#ident = #code, #name, #description, #display;)
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
            serde: [#serde],
            variants: [#(#variants)*],
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

/// The perfect hash as data: each slot's key (0 where empty) and answer
/// (`None` where empty), for `__impl_smtp_codes!`'s lookup.
fn table_data(input: &Enum, table: &Table) -> TokenStream {
    let ident = input.ident;
    let size = table.slots.len();
    let keys = table.slots.iter().map(|slot| {
        let code = slot.map_or(0, |index| code_of(&input.variants[index]));
        Literal::i16_unsuffixed(code)
    });
    let answers = table.slots.iter().map(|slot| match slot {
        Some(index) => {
            let name = input.variants[*index].ident;
            quote!(::core::option::Option::Some(#ident::#name))
        }
        None => quote!(::core::option::Option::None),
    });
    let (multiplier, shift) = (table.multiplier, table.shift);
    // Longer than the enum's name, so never the same item.
    let name = format_ident!("__SMTP_SLOTS_{}", ident.unraw());
    quote!({
        name: #name,
        size: #size,
        multiplier: #multiplier,
        shift: #shift,
        keys: [#(#keys),*],
        answers: [#(#answers),*]
    })
}
