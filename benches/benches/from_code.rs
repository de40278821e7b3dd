//! Code → variant: the generated perfect hash against the lookups users
//! would otherwise write, over a realistic mix and a uniform draw.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use smtp_status::SmtpStatusCode;
use smtp_status_benches::{
    binary_search, called, direct_table, match_lookup, phf_lookup, realistic_codes,
    shared_hash_map, shared_pairs, uniform_codes,
};
use std::hint::black_box;

/// Runs `lookup` over every code; `black_box` on each result keeps the
/// loop from being fused or vectorized away.
macro_rules! bench_loop {
    ($group:expr, $name:expr, $codes:expr, $lookup:expr) => {
        $group.bench_function($name, |b| {
            b.iter(|| {
                for &code in black_box($codes) {
                    black_box($lookup(code));
                }
            })
        });
    };
}

fn lookups(c: &mut Criterion) {
    // Build the lazily made tables before any timing.
    black_box((shared_hash_map(), shared_pairs()));
    for (input, codes) in [
        ("realistic", realistic_codes()),
        ("uniform", uniform_codes()),
    ] {
        let codes = &codes[..];
        let mut group = c.benchmark_group(format!("from_code/{input}/inlined"));
        group.throughput(Throughput::Elements(codes.len() as u64));
        bench_loop!(group, "from_code", codes, SmtpStatusCode::from_code);
        bench_loop!(group, "match", codes, match_lookup);
        bench_loop!(group, "direct table", codes, direct_table);
        bench_loop!(group, "phf::Map", codes, phf_lookup);
        let map = shared_hash_map();
        bench_loop!(group, "HashMap", codes, |code| map.get(&code).copied());
        let pairs = shared_pairs();
        bench_loop!(group, "binary search", codes, |code| binary_search(
            pairs, code
        ));
        group.finish();

        let mut group = c.benchmark_group(format!("from_code/{input}/call"));
        group.throughput(Throughput::Elements(codes.len() as u64));
        bench_loop!(group, "from_code", codes, called::from_code);
        bench_loop!(group, "match", codes, called::matched);
        bench_loop!(group, "direct table", codes, called::table);
        bench_loop!(group, "phf::Map", codes, called::phf);
        bench_loop!(group, "HashMap", codes, called::hash_map);
        bench_loop!(group, "binary search", codes, called::binary);
        group.finish();
    }
}

criterion_group! {
    name = benches;
    config = smtp_status_benches::criterion();
    targets = lookups
}
criterion_main!(benches);
