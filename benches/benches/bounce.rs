//! Reading whole bounce messages: `Bounce::parse` over real bounces,
//! against the MIME parse alone that it is built on (mail-parser: the
//! floor under any decoder on it) and against mailparse's parse, which the
//! project's bounce example used before. The messages are the shared
//! corpus's (`../shared/bounces/maildir`, for measuring) where it is
//! there, else the workspace's own fixtures.
//!
//! ```text
//! cargo bench -p smtp-status-benches --bench bounce
//! ```

use criterion::{criterion_group, Throughput};
use smtp_status_benches::{criterion, interleaved_medians, main_with_interleaved, print_table};
use std::hint::black_box;
use std::path::Path;

/// The messages, and where they came from.
fn messages() -> (Vec<Vec<u8>>, &'static str) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let shared = root.join("../../shared/bounces/maildir");
    let (dir, name) = if shared.is_dir() {
        (shared, "the shared corpus")
    } else {
        (root.join("../tests/fixtures"), "the workspace's fixtures")
    };
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    paths.sort();
    (
        paths
            .iter()
            .map(|path| std::fs::read(path).unwrap())
            .collect(),
        name,
    )
}

fn smtp_bounce_all(messages: &[Vec<u8>]) -> usize {
    messages
        .iter()
        .map(|raw| {
            smtp_bounce::Bounce::parse(black_box(raw)).map_or(0, |bounce| bounce.recipients().len())
        })
        .sum()
}

/// mail-parser as `smtp-bounce` sets it up: the MIME fields, Subject and
/// Message-ID parsed, the rest raw (`default`: every field parsed, each
/// Received field into its parts).
fn mail_parser_as_smtp_bounce() -> mail_parser::MessageParser {
    use mail_parser::HeaderName;
    mail_parser::MessageParser::new()
        .with_mime_headers()
        .header_text(HeaderName::Subject)
        .header_id(HeaderName::MessageId)
        .default_header_raw()
}

fn mail_parser_all(messages: &[Vec<u8>], parser: &mail_parser::MessageParser) -> usize {
    messages
        .iter()
        .map(|raw| {
            parser
                .parse(black_box(raw))
                .map_or(0, |message| message.parts.len())
        })
        .sum()
}

fn mailparse_all(messages: &[Vec<u8>]) -> usize {
    messages
        .iter()
        .map(|raw| mailparse::parse_mail(black_box(raw)).map_or(0, |mail| mail.subparts.len()))
        .sum()
}

fn benches(c: &mut criterion::Criterion) {
    let (messages, source) = messages();
    let bytes: usize = messages.iter().map(Vec::len).sum();
    let mut group = c.benchmark_group(format!(
        "bounce messages ({} of {source}, {bytes} bytes)",
        messages.len()
    ));
    group.throughput(Throughput::Elements(messages.len() as u64));
    group.bench_function("smtp-bounce Bounce::parse", |b| {
        b.iter(|| smtp_bounce_all(&messages))
    });
    let (light, full) = (
        mail_parser_as_smtp_bounce(),
        mail_parser::MessageParser::default(),
    );
    group.bench_function("mail-parser parse alone, as smtp-bounce sets it up", |b| {
        b.iter(|| mail_parser_all(&messages, &light))
    });
    group.bench_function("mail-parser parse alone, every field parsed", |b| {
        b.iter(|| mail_parser_all(&messages, &full))
    });
    group.bench_function("mailparse parse_mail alone", |b| {
        b.iter(|| mailparse_all(&messages))
    });
    group.finish();
}

criterion_group! {
    name = bounce;
    config = criterion();
    targets = benches
}

fn interleaved() {
    let (messages, source) = messages();
    let bytes: usize = messages.iter().map(Vec::len).sum();
    let (light, full) = (
        mail_parser_as_smtp_bounce(),
        mail_parser::MessageParser::default(),
    );
    let medians = interleaved_medians(
        &mut [
            &mut || {
                black_box(smtp_bounce_all(&messages));
            },
            &mut || {
                black_box(mail_parser_all(&messages, &light));
            },
            &mut || {
                black_box(mail_parser_all(&messages, &full));
            },
            &mut || {
                black_box(mailparse_all(&messages));
            },
        ],
        60,
    );
    print_table(
        &format!(
            "bounce messages, interleaved ({} of {source}, {bytes} bytes)",
            messages.len()
        ),
        &[
            ("smtp-bounce Bounce::parse", medians[0]),
            (
                "mail-parser parse alone, as smtp-bounce sets it up",
                medians[1],
            ),
            ("mail-parser parse alone, every field parsed", medians[2]),
            ("mailparse parse_mail alone", medians[3]),
        ],
    );
    let seconds = medians[0] / 1e9;
    println!(
        "smtp-bounce: {:.0} messages/s, {:.1} MB/s",
        messages.len() as f64 / seconds,
        bytes as f64 / seconds / 1e6
    );
}

fn main() {
    main_with_interleaved(bounce, interleaved);
}
