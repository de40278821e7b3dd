//! The input enum as the other modules see it: borrowed from syn's tree, with
//! the `#[smtp(...)]` attributes parsed. Nothing here judges the input;
//! `check` does.

use crate::attr::{Code, EnumAttrs, VariantAttrs};
use crate::ctxt::Ctxt;
use proc_macro2::TokenStream;
use quote::ToTokens;
use syn::ext::IdentExt;
use syn::{Data, DeriveInput, Ident};

pub struct Enum<'a> {
    pub original: &'a DeriveInput,
    pub ident: &'a Ident,
    /// The path of the runtime crate in generated code.
    pub krate: syn::Path,
    /// Whether each language's texts need the feature `lang-<tag>`.
    pub language_features: bool,
    /// `#[smtp(serde)]`: the key's tokens.
    pub serde: Option<TokenStream>,
    pub variants: Vec<Variant<'a>>,
}

pub struct Variant<'a> {
    pub original: &'a syn::Variant,
    pub ident: &'a Ident,
    pub attrs: VariantAttrs,
    /// `= N` after the variant.
    pub discriminant: Option<Code>,
}

impl<'a> Enum<'a> {
    /// The enum, or `None` (with the error recorded) for a struct or union,
    /// where nothing else can be said.
    pub fn from_syn(cx: &Ctxt, input: &'a DeriveInput) -> Option<Enum<'a>> {
        let data = match &input.data {
            Data::Enum(data) => data,
            Data::Struct(data) => {
                not_an_enum(cx, &data.struct_token);
                return None;
            }
            Data::Union(data) => {
                not_an_enum(cx, &data.union_token);
                return None;
            }
        };
        let attrs = EnumAttrs::from_attrs(cx, &input.attrs);
        Some(Enum {
            original: input,
            ident: &input.ident,
            krate: attrs
                .krate
                .unwrap_or_else(|| syn::parse_quote!(::smtp_status)),
            language_features: attrs.language_features,
            serde: attrs.serde,
            variants: data
                .variants
                .iter()
                .map(|variant| Variant::from_syn(cx, variant))
                .collect(),
        })
    }

    /// `true` when every variant is a unit variant, so that it can be named
    /// as a value.
    pub fn all_unit(&self) -> bool {
        self.variants
            .iter()
            .all(|variant| matches!(variant.original.fields, syn::Fields::Unit))
    }
}

fn not_an_enum(cx: &Ctxt, keyword: &impl ToTokens) {
    cx.error_spanned_by(
        keyword,
        "SmtpCodes works on enums only: declare an enum with one unit variant per code",
    );
}

impl<'a> Variant<'a> {
    fn from_syn(cx: &Ctxt, variant: &'a syn::Variant) -> Variant<'a> {
        Variant {
            original: variant,
            ident: &variant.ident,
            attrs: VariantAttrs::from_attrs(cx, &variant.attrs),
            discriminant: variant
                .discriminant
                .as_ref()
                .map(|(_, expr)| Code::from_expr(cx, expr)),
        }
    }

    /// Where the code comes from: `code = N`, else the discriminant.
    pub fn code_source(&self) -> Option<&Code> {
        self.attrs.code.as_ref().or(self.discriminant.as_ref())
    }

    /// The code, where one was given as an integer.
    pub fn code(&self) -> Option<i64> {
        self.code_source().and_then(|code| code.value)
    }

    /// The description and the tokens it came from: `description = "..."`,
    /// else the doc comment.
    pub fn description(&self) -> Option<(String, TokenStream)> {
        match (&self.attrs.description, &self.attrs.docs) {
            (Some(text), _) => Some((text.value(), text.to_token_stream())),
            (None, Some(docs)) => Some((docs.text.clone(), docs.tokens.clone())),
            (None, None) => None,
        }
    }

    /// The name as `name()` reports it: `r#type` is `type`.
    pub fn name(&self) -> String {
        self.ident.unraw().to_string()
    }

    /// The enhanced code, where one was given and is valid (an invalid one
    /// is reported by `check`).
    pub fn enhanced(&self) -> Option<(u8, u16, u16)> {
        let text = self.attrs.enhanced.as_ref()?;
        crate::attr::parse_enhanced(&text.value())
    }

    /// The text of the variant's reply and the tokens it came from:
    /// `reply = "..."`, else the description.
    pub fn reply_text(&self) -> Option<(String, TokenStream)> {
        match &self.attrs.reply {
            Some(text) => Some((text.value(), text.to_token_stream())),
            None => self.description(),
        }
    }

    pub fn is_sentinel(&self) -> bool {
        self.attrs.sentinel.is_some()
    }
}
