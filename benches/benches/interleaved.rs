//! Code → variant, interleaved: every contender's pass over the same 4,096
//! codes runs in turn, round after round, and each contender's median pass
//! is compared. On a shared machine whose speed drifts over seconds, this
//! holds the ratios steady where criterion's one-contender-at-a-time windows
//! do not (see BENCHMARKS.md). It prints Markdown tables.
//!
//! `cargo bench -p smtp-status-benches --bench interleaved`

use smtp_status::SmtpStatusCode;
use smtp_status_benches::{
    binary_search, called, direct_table, interleaved_medians, match_lookup, phf_lookup,
    realistic_codes, shared_hash_map, shared_pairs, uniform_codes,
};
use std::hint::black_box;

/// Rounds of every contender; the first tenth warm up and are not counted.
const ROUNDS: usize = 3000;

/// One contender: a name and a pass over the codes.
type Contender = (&'static str, fn(&[i16]));

/// A pass that sends each code through `$lookup` and each answer through
/// `black_box`, with the lookup free to be inlined into the loop.
macro_rules! pass {
    ($lookup:expr) => {
        |codes: &[i16]| {
            for &code in codes {
                black_box($lookup(code));
            }
        }
    };
}

const INLINED: [Contender; 6] = [
    ("from_code", pass!(SmtpStatusCode::from_code)),
    ("match", pass!(match_lookup)),
    ("direct table", pass!(direct_table)),
    ("binary search", |codes| {
        let pairs = shared_pairs();
        pass!(|code| binary_search(pairs, code))(codes)
    }),
    ("phf::Map", pass!(phf_lookup)),
    ("HashMap", |codes| {
        let map = shared_hash_map();
        pass!(|code| map.get(&code).copied())(codes)
    }),
];

const CALLED: [Contender; 6] = [
    ("from_code", pass!(called::from_code)),
    ("match", pass!(called::matched)),
    ("direct table", pass!(called::table)),
    ("binary search", pass!(called::binary)),
    ("phf::Map", pass!(called::phf)),
    ("HashMap", pass!(called::hash_map)),
];

/// The median time of each contender's pass over `codes`, interleaved.
fn medians(contenders: &[Contender], codes: &[i16]) -> Vec<f64> {
    let mut passes: Vec<_> = contenders
        .iter()
        .map(|&(_, pass)| move || pass(black_box(codes)))
        .collect();
    let mut runs: Vec<&mut dyn FnMut()> = passes
        .iter_mut()
        .map(|pass| pass as &mut dyn FnMut())
        .collect();
    interleaved_medians(&mut runs, ROUNDS)
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --benches` does not, and
    // then one round shows that the program runs.
    let rounds_wanted = std::env::args().any(|arg| arg == "--bench");
    if !rounds_wanted {
        let codes = realistic_codes();
        for (_, pass) in INLINED.iter().chain(&CALLED) {
            pass(&codes);
        }
        return;
    }
    black_box((shared_hash_map(), shared_pairs()));
    for (input, codes) in [
        ("realistic", realistic_codes()),
        ("uniform", uniform_codes()),
    ] {
        for (mode, contenders) in [("inlined", &INLINED), ("call", &CALLED)] {
            let medians = medians(contenders, &codes);
            let ours = medians[0];
            println!("\n#### `interleaved/{input}/{mode}`\n");
            println!("| contender | median | per item | ratio to ours |");
            println!("|---|---:|---:|---:|");
            let mut rows: Vec<_> = contenders.iter().zip(&medians).collect();
            rows.sort_by(|a, b| a.1.total_cmp(b.1));
            for ((name, _), median) in rows {
                println!(
                    "| {name} | {:.2} µs | {:.3} ns | {:.2}× |",
                    median / 1000.0,
                    median / codes.len() as f64,
                    median / ours
                );
            }
        }
    }
}
