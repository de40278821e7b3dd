//! The macro's own cost: the expansion of an enum of all 240 valid codes,
//! and how the perfect-hash search grows with the number of codes.
//!
//! A proc-macro crate cannot be linked into a benchmark, so its modules are
//! compiled here from their sources; proc-macro2 runs on its fallback
//! implementation outside the compiler.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use smtp_status_benches::Rng;
use std::hint::black_box;

#[allow(dead_code)]
#[path = "../../smtp-status-macros/src/ast.rs"]
mod ast;
#[allow(dead_code)]
#[path = "../../smtp-status-macros/src/attr.rs"]
mod attr;
#[allow(dead_code)]
#[path = "../../smtp-status-macros/src/check.rs"]
mod check;
#[allow(dead_code)]
#[path = "../../smtp-status-macros/src/ctxt.rs"]
mod ctxt;
#[allow(dead_code)]
#[path = "../../smtp-status-macros/src/expand.rs"]
mod expand;
#[allow(dead_code)]
#[path = "../../smtp-status-macros/src/language.rs"]
mod language;
#[allow(dead_code)]
#[path = "../../smtp-status-macros/src/phf.rs"]
mod phf;

fn valid_codes() -> Vec<i16> {
    (200..=559).filter(|code| code / 10 % 10 <= 5).collect()
}

/// The enum `smtp_codes!` receives, with one variant per code.
fn enum_source(codes: &[i16]) -> String {
    let mut source = String::from("#[derive(Debug, Clone, Copy, PartialEq, Eq)] pub enum Codes {");
    for code in codes {
        source.push_str(&format!("/// Reply code {code}.\nC{code} = {code},"));
    }
    source.push('}');
    source
}

fn expansion(c: &mut Criterion) {
    let source = enum_source(&valid_codes());
    let mut group = c.benchmark_group("expand");
    group.bench_function("smtp_codes! with 240 codes (parse + expand)", |b| {
        // `smtp_codes!` writes the declaration, and the derive that it
        // puts on the enum writes the impls: both expansions.
        b.iter(|| {
            let input: syn::DeriveInput = syn::parse_str(black_box(&source)).unwrap();
            black_box(expand::declare(&input));
            black_box(expand::derive(&input))
        })
    });
    group.finish();

    let all = valid_codes();
    let mut rng = Rng::new(42);
    let mut group = c.benchmark_group("phf_build");
    for size in [1usize, 8, 16, 32, 64, 128, 192, 240] {
        // A random subset of `size` codes.
        let mut pool = all.clone();
        for i in 0..size {
            let j = i + rng.below((pool.len() - i) as u32) as usize;
            pool.swap(i, j);
        }
        let codes: Vec<u32> = pool[..size]
            .iter()
            .map(|&code| phf::code_key(code))
            .collect();
        let slots = phf::build(&codes).unwrap().slots.len();
        group.bench_with_input(
            BenchmarkId::new(format!("{slots} slots"), size),
            &codes,
            |b, codes| b.iter(|| black_box(phf::build(black_box(codes)))),
        );
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = smtp_status_benches::criterion();
    targets = expansion
}
criterion_main!(benches);
