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
        check_enhanced(cx, variant);
        check_reply(cx, variant);
    }
    check_unique_codes(cx, input);
}

/// `enhanced = "..."`: an RFC 3463 code, of the reply code's class (RFC
/// 2034), on a variant that is a reply.
fn check_enhanced(cx: &Ctxt, variant: &Variant) {
    let Some(text) = &variant.attrs.enhanced else {
        return;
    };
    let ident = variant.ident;
    let Some((class, _, _)) = variant.enhanced() else {
        cx.error_spanned_by(
            text,
            format_args!(
                "`{}` is not an enhanced status code: write class.subject.detail, the class 2, 4 or 5, subject and detail 0 to 999 without leading zeros (RFC 3463), as in `enhanced = \"5.1.1\"`",
                text.value()
            ),
        );
        return;
    };
    if variant.is_sentinel() {
        cx.error_spanned_by(
            text,
            format_args!("`{ident}` is a sentinel, which no server sends: it has no enhanced code; remove `enhanced`"),
        );
        return;
    }
    if let Some(code) = variant.code().filter(|&code| is_valid_reply_code(code)) {
        if i64::from(class) != code / 100 {
            cx.error_spanned_by(
                text,
                format_args!(
                    "enhanced code `{}` has class {class}, but `{code}` is a {}yz reply: their classes must match (RFC 2034)",
                    text.value(),
                    code / 100
                ),
            );
        }
    }
}

/// The text of a variant's reply (`reply = "..."`, else the description):
/// never empty, no CR or NUL (a `\n` starts another line), and, as given by
/// `reply`, each line within 512 octets with its code, separator, enhanced
/// code and CRLF (RFC 5321 §4.5.3.1.5).
fn check_reply(cx: &Ctxt, variant: &Variant) {
    let ident = variant.ident;
    if variant.is_sentinel() {
        if let Some(reply) = &variant.attrs.reply {
            cx.error_spanned_by(
                reply,
                format_args!("`{ident}` is a sentinel, which no server sends: it has no reply text; remove `reply`"),
            );
        }
        return;
    }
    let Some((text, tokens)) = variant.reply_text() else {
        return; // no description: reported by `check_description`
    };
    if let Some(reply) = &variant.attrs.reply {
        if text.trim().is_empty() {
            cx.error_spanned_by(
                reply,
                format_args!("the reply text of `{ident}` is empty; say what the reply means"),
            );
            return;
        }
    }
    if let Some(bad) = text.chars().find(|&c| c == '\r' || c == '\0') {
        let name = if bad == '\r' { "a CR" } else { "a NUL" };
        cx.error_spanned_by(
            &tokens,
            format_args!(
                "the reply text of `{ident}` holds {name}, which would break the reply on the wire; write `\\n` to start another line"
            ),
        );
        return;
    }
    if variant.attrs.reply.is_none() {
        return; // a description too long for one line is split when sent
    }
    let enhanced = variant
        .attrs
        .enhanced
        .as_ref()
        .map_or(0, |enhanced| enhanced.value().len() + 1);
    for (number, line) in text.split('\n').enumerate() {
        let octets = 4 + enhanced + line.len() + 2;
        if octets > 512 {
            cx.error_spanned_by(
                &tokens,
                format_args!(
                    "line {} of the reply text of `{ident}` is {octets} octets with its code, enhanced code and CRLF; a reply line holds at most 512 (RFC 5321 section 4.5.3.1.5): break it with `\\n`",
                    number + 1
                ),
            );
        }
    }
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
            let message = match &variant.attrs.enhanced {
                Some(enhanced) => format!(
                    "code `{code}` with enhanced code `{}` is already the reply of `{}`; each code and enhanced code belongs to one variant",
                    enhanced.value(),
                    first.ident
                ),
                None => format!(
                    "code `{code}` is already the code of `{}`; each code belongs to one variant (variants may share a code when their `enhanced` codes differ)",
                    first.ident
                ),
            };
            cx.error_spanned_by(&source.tokens, message);
            cx.error_spanned_by(
                &first_source.tokens,
                format_args!("`{}` takes code `{code}` first here", first.ident),
            );
        }
    }
}

/// Each variant whose code and enhanced code an earlier variant has
/// already, with the first variant that has them. Variants may share a
/// code when their enhanced codes tell them apart.
pub fn duplicate_codes<'e, 'a>(
    input: &'e Enum<'a>,
) -> impl Iterator<Item = (&'e Variant<'a>, &'e Variant<'a>)> {
    input
        .variants
        .iter()
        .enumerate()
        .filter_map(|(position, variant)| {
            let code = variant.code()?;
            let enhanced = variant.attrs.enhanced.as_ref().map(syn::LitStr::value);
            // Enums hold a few dozen codes at most: a scan of the ones
            // before is cheaper to compile than a map, and as quick to run.
            let earlier = &input.variants[..position];
            let first = earlier.iter().find(|earlier| {
                earlier.code() == Some(code)
                    && earlier.attrs.enhanced.as_ref().map(syn::LitStr::value) == enhanced
            })?;
            Some((variant, first))
        })
}
