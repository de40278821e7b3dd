//! The rules an input enum must follow. Each broken rule is recorded at the
//! tokens that break it, and checking goes on, so one compile shows them all.

use crate::ast::{Enum, Variant};
use crate::ctxt::Ctxt;

/// The rule that RFC 5321 §4.2.1 sets for a reply code.
pub fn is_valid_reply_code(code: i64) -> bool {
    (200..=559).contains(&code) && code / 10 % 10 <= 5
}

pub fn check(cx: &Ctxt, input: &Enum) {
    let generics = &input.original.generics;
    if !generics.params.is_empty() || generics.where_clause.is_some() {
        cx.error_spanned_by(
            generics,
            "SmtpCodes does not support generic enums: remove the generic parameters",
        );
    }
    if input.variants.is_empty() {
        cx.error_spanned_by(
            input.ident,
            format_args!(
                "enum `{}` has no variants; declare at least one code",
                input.ident
            ),
        );
    }
    for variant in &input.variants {
        check_unit(cx, variant);
        check_code(cx, variant);
        check_description(cx, variant);
    }
    check_unique_codes(cx, input);
}

fn check_unit(cx: &Ctxt, variant: &Variant) {
    if !matches!(variant.original.fields, syn::Fields::Unit) {
        cx.error_spanned_by(
            &variant.original.fields,
            format_args!(
                "variant `{}` has fields; each variant stands for one code and must be a unit variant",
                variant.ident
            ),
        );
    }
}

fn check_code(cx: &Ctxt, variant: &Variant) {
    let ident = variant.ident;
    match (&variant.attrs.code, &variant.discriminant) {
        (None, None) => {
            cx.error_spanned_by(
                ident,
                format_args!(
                    "variant `{ident}` has no code; add `#[smtp(code = 250)]` or a discriminant such as `{ident} = 250`"
                ),
            );
            return;
        }
        (Some(attr), Some(discriminant))
            if attr.value.is_some()
                && discriminant.value.is_some()
                && attr.value != discriminant.value =>
        {
            let attr = &attr.tokens;
            cx.error_spanned_by(
                &discriminant.tokens,
                format_args!(
                    "this discriminant disagrees with `code = {attr}`; give the code once, as `code = N` or as the discriminant"
                ),
            );
            return;
        }
        _ => {}
    }
    let (Some(source), Some(code)) = (variant.code_source(), variant.code()) else {
        return; // not an integer: reported by `attr`
    };
    let tokens = &source.tokens;
    if variant.is_sentinel() {
        if (200..=599).contains(&code) {
            cx.error_spanned_by(
                tokens,
                format_args!(
                    "sentinel code `{code}` lies in 200..=599, where reply codes live; a sentinel must lie outside that range"
                ),
            );
        } else if i16::try_from(code).is_err() {
            cx.error_spanned_by(
                tokens,
                format_args!("sentinel code `{code}` does not fit in an i16 (-32768..=32767)"),
            );
        }
    } else if !is_valid_reply_code(code) {
        cx.error_spanned_by(
            tokens,
            format_args!(
                "`{code}` is not a valid SMTP reply code: a reply code has three digits, the first 2 to 5 and the second 0 to 5 (RFC 5321 section 4.2.1); mark the variant `#[smtp(sentinel)]` if the value is not a server reply"
            ),
        );
    }
}

fn check_description(cx: &Ctxt, variant: &Variant) {
    let ident = variant.ident;
    match variant.description() {
        None => cx.error_spanned_by(
            ident,
            format_args!(
                "variant `{ident}` has no description; add a doc comment or `#[smtp(description = \"...\")]`"
            ),
        ),
        Some((text, tokens)) if text.trim().is_empty() => cx.error_spanned_by(
            tokens,
            format_args!("the description of `{ident}` is empty; say what the code means"),
        ),
        Some(_) => {}
    }
    for (_, text) in &variant.attrs.localized {
        if text.value().trim().is_empty() {
            cx.error_spanned_by(
                text,
                format_args!("this translation of `{ident}` is empty; give the text or leave the language out"),
            );
        }
    }
}

/// Two variants with one code. Where both codes are discriminants, rustc
/// reports them itself ("discriminant value assigned more than once"), at
/// the same tokens; a second error would only repeat it.
fn check_unique_codes(cx: &Ctxt, input: &Enum) {
    for (variant, first) in duplicate_codes(input) {
        if variant.discriminant.is_some() && first.discriminant.is_some() {
            continue;
        }
        let code = variant.code().unwrap_or_default();
        if let (Some(first_source), Some(source)) = (first.code_source(), variant.code_source()) {
            cx.error_spanned_by(
                &source.tokens,
                format_args!(
                    "code `{code}` is already the code of `{}`; each code belongs to one variant",
                    first.ident
                ),
            );
            cx.error_spanned_by(
                &first_source.tokens,
                format_args!("`{}` takes code `{code}` first here", first.ident),
            );
        }
    }
}

/// Each variant whose code an earlier variant has already, with the first
/// variant that has it.
pub fn duplicate_codes<'e, 'a>(
    input: &'e Enum<'a>,
) -> impl Iterator<Item = (&'e Variant<'a>, &'e Variant<'a>)> {
    input
        .variants
        .iter()
        .enumerate()
        .filter_map(|(position, variant)| {
            let code = variant.code()?;
            // Enums hold a few dozen codes at most: a scan of the ones
            // before is cheaper to compile than a map, and as quick to run.
            let earlier = &input.variants[..position];
            let first = earlier
                .iter()
                .find(|earlier| earlier.code() == Some(code))?;
            Some((variant, first))
        })
}
