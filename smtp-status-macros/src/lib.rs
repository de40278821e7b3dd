//! The macros behind [`smtp-status`](https://docs.rs/smtp-status):
//! `#[derive(SmtpCodes)]` and `smtp_codes! { enum ... }`.
//!
//! Depend on `smtp-status`, which re-exports both; this crate is its
//! implementation.
//!
//! # The perfect hash
//!
//! `from_code` is a `const fn` lookup that the macro builds at expansion
//! time. It picks a table of `1 << bits` slots and a multiplier so that
//!
//! ```text
//! slot(code) = ((code as u16 as u32) * multiplier mod 2^32) >> (32 - bits)
//! ```
//!
//! sends every declared code to a slot of its own, and emits the table as
//! `const` data: each slot's code (its key) beside its answer, and one more
//! slot, past the end, that answers `None`. A lookup hashes, compares the
//! slot's key with the code, and reads the answer of that slot, or of the
//! last one when they differ: at most one multiply and one shift, then a
//! compare, a conditional move and two loads from one cache line, with no
//! loop and no branch. Empty slots answer `None`, so every code the enum
//! does not declare gets `None`. (A branch on the compare would mispredict
//! on varied input; see `BENCHMARKS.md`.)
//!
//! The search first tries the multiplier `1 << (32 - bits)`, which makes
//! the hash the code's low bits (a mask, no multiply), in the smallest
//! power-of-two table that can hold the codes and in tables up to four
//! times larger. Then, from the smallest table up, doubling each time, the
//! multipliers that scale the codes linearly (`c << (32 - bits)`), then
//! 20,000 from a fixed pseudo-random sequence, so each expansion gives the
//! same table. `SmtpStatusCode`'s codes differ in their low seven bits
//! (128 slots), and all 240 valid reply codes in their low nine (512
//! slots); 2^16 slots with the multiplier 2^16 hold any set of distinct
//! codes, so the search always ends.
//!
//! Beside the table the macro emits `const _: () = { ... };`, which asserts
//! in const evaluation that each variant's code finds that variant: a wrong
//! table fails to compile.
//!
//! # Layout
//!
//! `ast` holds the parsed enum, `attr` reads `#[smtp(...)]` and doc comments,
//! `check` applies the rules, `phf` builds the hash, and `expand` writes the
//! code (the fixed parts of it are a `macro_rules!` in the runtime crate,
//! which keeps this crate small); `language` lists the languages of
//! `localized(...)`, and `ctxt` collects every error so that one compile
//! shows them all.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod ast;
mod attr;
mod check;
mod ctxt;
mod expand;
mod language;
mod phf;

use proc_macro::TokenStream;
use syn::parse::{Parse, ParseStream};
use syn::{parse_macro_input, DeriveInput};

/// (The derive is implemented in `smtp-status-macros`; use it through
/// `smtp-status`, which re-exports it.)
#[proc_macro_derive(SmtpCodes, attributes(smtp))]
pub fn derive_smtp_codes(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    expand::derive(&input).into()
}

/// Declares an enum of SMTP codes: the enum with `#[repr(i16)]` and each
/// code as its discriminant, docs that show each code, and everything
/// `#[derive(SmtpCodes)]` generates.
///
/// See the `smtp-status` crate for the input it accepts and what it
/// generates.
#[proc_macro]
pub fn smtp_codes(input: TokenStream) -> TokenStream {
    let Declaration(input) = parse_macro_input!(input as Declaration);
    expand::declare(&input).into()
}

/// The input of `smtp_codes!`: one enum declaration and nothing after it.
struct Declaration(DeriveInput);

impl Parse for Declaration {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let ahead = input.fork();
        ahead.call(syn::Attribute::parse_outer)?;
        ahead.parse::<syn::Visibility>()?;
        if !ahead.peek(syn::Token![enum]) {
            return Err(ahead.error(
                "smtp_codes! takes an enum declaration such as `pub enum Codes { Ok = 250 }`",
            ));
        }
        let declaration = input
            .parse()
            .map_err(attr::explain_unsupported_expression)?;
        if !input.is_empty() {
            return Err(
                input.error("smtp_codes! takes one enum declaration; remove what follows it")
            );
        }
        Ok(Declaration(declaration))
    }
}
