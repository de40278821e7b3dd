//! Text → variant: `parse::<SmtpStatusCode>()` on reply lines against the
//! parsing users write by hand.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use smtp_status::SmtpStatusCode;
use smtp_status_benches::{parse_u16_then_match, realistic_codes, split_whitespace_then_match};
use std::hint::black_box;

/// Last lines of replies, with the codes of the realistic mix.
fn reply_lines() -> Vec<String> {
    realistic_codes()
        .iter()
        .enumerate()
        .map(|(index, code)| match code / 100 {
            2 => format!("{code} 2.0.0 Ok: queued as 4Bq{index:05}"),
            3 => format!("{code} End data with <CR><LF>.<CR><LF>"),
            4 => format!("{code} 4.7.1 <user{index}@example.com>: try again later"),
            _ => format!("{code} 5.1.1 <user{index}@example.com>: Recipient address rejected"),
        })
        .collect()
}

fn parse_text(c: &mut Criterion) {
    let lines = reply_lines();
    let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
    let mut group = c.benchmark_group("parse_text");
    group.throughput(Throughput::Elements(lines.len() as u64));
    // Each parser is called directly, so the compiler may inline it as a
    // caller's code would; through a function pointer every contender
    // would pay the same indirect call.
    macro_rules! bench_parser {
        ($name:expr, $parse:expr) => {
            group.bench_function($name, |b| {
                b.iter(|| {
                    for &line in black_box(&lines[..]) {
                        let parsed: Option<SmtpStatusCode> = $parse(line);
                        black_box(parsed);
                    }
                })
            });
        };
    }
    bench_parser!("parse::<SmtpStatusCode>", |line: &str| line.parse().ok());
    bench_parser!(
        "split at non-digit, parse::<u16>, match",
        parse_u16_then_match
    );
    bench_parser!(
        "split_whitespace, parse::<u16>, match",
        split_whitespace_then_match
    );
    group.finish();
}

criterion_group! {
    name = benches;
    config = smtp_status_benches::criterion();
    targets = parse_text
}
criterion_main!(benches);
