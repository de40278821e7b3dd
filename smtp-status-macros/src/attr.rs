//! Parsing of the `#[smtp(...)]` attributes and of doc comments.

use crate::ctxt::Ctxt;
use crate::language::{self, TAGS};
use proc_macro2::TokenStream;
use quote::ToTokens;
use syn::meta::ParseNestedMeta;
use syn::{Attribute, Expr, Lit, LitStr, UnOp};

/// The keys `#[smtp(...)]` accepts on the enum, as error messages list them.
const ENUM_KEYS: &str = "`crate`, `language_features` and `serde`";
/// The keys `#[smtp(...)]` accepts on a variant, as error messages list them.
const VARIANT_KEYS: &str = "`code`, `description`, `enhanced`, `localized`, `reply` and `sentinel`";

/// `#[smtp(...)]` on the enum.
#[derive(Default)]
pub struct EnumAttrs {
    /// `crate = "path"`: where the runtime crate lives.
    pub krate: Option<syn::Path>,
    /// `language_features`: each language's texts only with the declaring
    /// crate's feature `lang-<tag>`.
    pub language_features: bool,
    /// `serde`: `Serialize` and `Deserialize` impls, kept as the key's
    /// tokens so that an error about the feature points at it.
    pub serde: Option<TokenStream>,
}

/// `#[smtp(...)]` and doc comments on a variant.
#[derive(Default)]
pub struct VariantAttrs {
    /// `code = N`.
    pub code: Option<Code>,
    /// `description = "..."`.
    pub description: Option<LitStr>,
    /// `enhanced = "5.1.1"`, as written; `check` reads and judges it.
    pub enhanced: Option<LitStr>,
    /// `reply = "..."`: the text the reply carries on the wire.
    pub reply: Option<LitStr>,
    /// `sentinel`, kept as its tokens for spans.
    pub sentinel: Option<TokenStream>,
    /// `localized(de = "...", ...)`: per language (an index of
    /// `language::LANGUAGES`), its text.
    pub localized: Vec<(usize, LitStr)>,
    /// The doc comment, lines trimmed and joined by spaces.
    pub docs: Option<Docs>,
}

/// An integer code as written, with the tokens it came from for spans.
pub struct Code {
    /// `None` where the tokens are not an integer (already reported).
    pub value: Option<i64>,
    pub tokens: TokenStream,
}

impl Code {
    pub fn from_expr(cx: &Ctxt, expr: &Expr) -> Code {
        let value = eval_int(expr).map_err(|error| cx.syn_error(error)).ok();
        Code {
            value,
            tokens: expr.to_token_stream(),
        }
    }
}

pub struct Docs {
    pub text: String,
    pub tokens: TokenStream,
}

/// A key that may be given once; a second one is reported at its own tokens.
fn set_once<T>(cx: &Ctxt, slot: &mut Option<T>, meta: &ParseNestedMeta, keys: &str, value: T) {
    if slot.is_some() {
        let key = meta.path.to_token_stream();
        cx.error_spanned_by(
            &meta.path,
            format_args!("`{key}` is given twice; each of {keys} may be given once"),
        );
    } else {
        *slot = Some(value);
    }
}

/// Reports an unknown key and skips its value, so that the keys after it are
/// still read and checked.
fn unknown_key(cx: &Ctxt, meta: &ParseNestedMeta, keys: &str) -> syn::Result<()> {
    let key = meta.path.to_token_stream();
    cx.error_spanned_by(
        &meta.path,
        format_args!("unknown key `{key}` in #[smtp(...)]; the accepted keys are {keys}"),
    );
    if meta.input.peek(syn::Token![=]) {
        meta.value()?
            .parse::<Expr>()
            .map_err(explain_unsupported_expression)?;
    } else if meta.input.peek(syn::token::Paren) {
        meta.parse_nested_meta(|_| Ok(()))?;
    }
    Ok(())
}

/// One `tag = "text"` of `localized(...)`: a supported language, once.
fn translation(
    cx: &Ctxt,
    meta: &ParseNestedMeta,
    localized: &mut Vec<(usize, LitStr)>,
) -> syn::Result<()> {
    let tag = meta.path.to_token_stream().to_string();
    let text = meta.value()?.parse::<LitStr>().map_err(|error| {
        let message = format!("a translation is a string literal, as in `{tag} = \"...\"`");
        syn::Error::new(error.span(), message)
    })?;
    let Some(index) = language::position(&tag) else {
        let message = if tag == "en" {
            format!("English is the `description` or doc comment; `localized(...)` takes {TAGS}")
        } else if (2..=3).contains(&tag.len()) && tag.bytes().all(|b| b.is_ascii_lowercase()) {
            format!("unsupported language `{tag}`; `localized(...)` takes {TAGS}")
        } else {
            format!(
                "`{tag}` is not a language tag: write a lowercase primary subtag, one of {TAGS}"
            )
        };
        cx.error_spanned_by(&meta.path, message);
        return Ok(());
    };
    if localized.iter().any(|(known, _)| *known == index) {
        cx.error_spanned_by(
            &meta.path,
            format_args!("`{tag}` is given twice in `localized(...)`; give each language once"),
        );
    } else {
        localized.push((index, text));
    }
    Ok(())
}

fn smtp_attrs(attrs: &[Attribute]) -> impl Iterator<Item = &Attribute> {
    attrs.iter().filter(|attr| attr.path().is_ident("smtp"))
}

impl EnumAttrs {
    pub fn from_attrs(cx: &Ctxt, attrs: &[Attribute]) -> EnumAttrs {
        let mut krate = None;
        let mut language_features = None;
        let mut serde = None;
        for attr in smtp_attrs(attrs) {
            let parsed = attr.parse_nested_meta(|meta| {
                if meta.path.is_ident("language_features") {
                    set_once(cx, &mut language_features, &meta, ENUM_KEYS, ());
                    Ok(())
                } else if meta.path.is_ident("serde") {
                    let tokens = meta.path.to_token_stream();
                    set_once(cx, &mut serde, &meta, ENUM_KEYS, tokens);
                    Ok(())
                } else if meta.path.is_ident("crate") {
                    let text = meta.value()?.parse::<LitStr>()?;
                    match text.parse::<syn::Path>() {
                        Ok(path) => set_once(cx, &mut krate, &meta, ENUM_KEYS, path),
                        Err(_) => cx.error_spanned_by(
                            &text,
                            "`crate` takes the path of the smtp-status crate, such as `crate = \"::smtp_status\"`",
                        ),
                    }
                    Ok(())
                } else {
                    unknown_key(cx, &meta, ENUM_KEYS)
                }
            });
            if let Err(error) = parsed {
                cx.syn_error(error);
            }
        }
        EnumAttrs {
            krate,
            language_features: language_features.is_some(),
            serde,
        }
    }
}

impl VariantAttrs {
    pub fn from_attrs(cx: &Ctxt, attrs: &[Attribute]) -> VariantAttrs {
        let mut out = VariantAttrs {
            docs: docs(attrs),
            ..VariantAttrs::default()
        };
        for attr in smtp_attrs(attrs) {
            let parsed = attr.parse_nested_meta(|meta| {
                if meta.path.is_ident("code") {
                    let expr = meta
                        .value()?
                        .parse()
                        .map_err(explain_unsupported_expression)?;
                    let code = Code::from_expr(cx, &expr);
                    set_once(cx, &mut out.code, &meta, VARIANT_KEYS, code);
                } else if meta.path.is_ident("description") {
                    let text = meta.value()?.parse::<LitStr>()?;
                    set_once(cx, &mut out.description, &meta, VARIANT_KEYS, text);
                } else if meta.path.is_ident("enhanced") {
                    let text = meta.value()?.parse::<LitStr>()?;
                    set_once(cx, &mut out.enhanced, &meta, VARIANT_KEYS, text);
                } else if meta.path.is_ident("reply") {
                    let text = meta.value()?.parse::<LitStr>()?;
                    set_once(cx, &mut out.reply, &meta, VARIANT_KEYS, text);
                } else if meta.path.is_ident("localized") {
                    meta.parse_nested_meta(|inner| translation(cx, &inner, &mut out.localized))?;
                } else if meta.path.is_ident("sentinel") {
                    let tokens = meta.path.to_token_stream();
                    set_once(cx, &mut out.sentinel, &meta, VARIANT_KEYS, tokens);
                } else {
                    unknown_key(cx, &meta, VARIANT_KEYS)?;
                }
                Ok(())
            });
            if let Err(error) = parsed {
                cx.syn_error(error);
            }
        }
        out
    }
}

/// The doc comment of an item, each line trimmed, blank lines dropped, the
/// rest joined by single spaces: one line of text for a description. Only
/// string literals count: `smtp_codes!` writes the docs it adds as
/// `#[doc = concat!(...)]`, which are not the user's description.
fn docs(attrs: &[Attribute]) -> Option<Docs> {
    let mut text = String::new();
    let mut tokens = TokenStream::new();
    for attr in attrs.iter().filter(|attr| attr.path().is_ident("doc")) {
        let syn::Meta::NameValue(pair) = &attr.meta else {
            continue;
        };
        let Expr::Lit(syn::ExprLit {
            lit: Lit::Str(line),
            ..
        }) = &pair.value
        else {
            continue;
        };
        attr.to_tokens(&mut tokens);
        for line in line
            .value()
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
        {
            if !text.is_empty() {
                text.push(' ');
            }
            text.push_str(line);
        }
    }
    (!tokens.is_empty()).then_some(Docs { text, tokens })
}

/// syn without its `full` feature parses only simple expressions and says
/// so in terms of its own features; with it (which any other crate in the
/// build may turn on), a missing expression is "expected an expression". A
/// user needs to hear what a code is, the same whichever syn they got.
pub fn explain_unsupported_expression(error: syn::Error) -> syn::Error {
    let message = error.to_string();
    if message.starts_with("unsupported expression") || message == "expected an expression" {
        syn::Error::new(
            error.span(),
            "expected an integer literal code such as `250` or `-1`",
        )
    } else {
        error
    }
}

/// The value of an integer literal, possibly negated or parenthesized: the
/// forms a code or an enum discriminant takes.
fn eval_int(expr: &Expr) -> syn::Result<i64> {
    match expr {
        Expr::Lit(syn::ExprLit {
            lit: Lit::Int(int), ..
        }) => int.base10_parse(),
        Expr::Lit(syn::ExprLit {
            lit: Lit::Str(text),
            ..
        }) => Err(syn::Error::new_spanned(
            text,
            "a code is an integer, not a string: write it without quotes, as in `code = 250`",
        )),
        Expr::Unary(syn::ExprUnary {
            op: UnOp::Neg(_),
            expr: inner,
            ..
        }) => eval_int(inner)?
            .checked_neg()
            .ok_or_else(|| syn::Error::new_spanned(expr, "this code does not fit in an i16")),
        Expr::Group(group) => eval_int(&group.expr),
        Expr::Paren(paren) => eval_int(&paren.expr),
        _ => Err(syn::Error::new_spanned(
            expr,
            "expected an integer literal code such as `250` or `-1`",
        )),
    }
}

/// An enhanced status code as RFC 3463 writes it, `class.subject.detail`:
/// class 2, 4 or 5, subject and detail of one to three digits without
/// leading zeros. The runtime crate's `EnhancedStatusCode` reads the same.
pub fn parse_enhanced(text: &str) -> Option<(u8, u16, u16)> {
    let mut parts = text.split('.');
    let (class, subject, detail) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    let class = match class {
        "2" => 2,
        "4" => 4,
        "5" => 5,
        _ => return None,
    };
    let number = |part: &str| {
        let plain = !part.is_empty()
            && part.len() <= 3
            && part.bytes().all(|b| b.is_ascii_digit())
            && (part == "0" || !part.starts_with('0'));
        plain.then(|| part.parse::<u16>().ok()).flatten()
    };
    Some((class, number(subject)?, number(detail)?))
}
