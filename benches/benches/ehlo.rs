//! Reading a 10-line EHLO reply: `Reply::parse` + `Ehlo::parse` (then every
//! keyword looked at, SIZE and the AUTH mechanisms read, as the others do
//! up front) against smtp-proto's `EhloResponse::parse` and lettre's
//! `Response::from_str` + `ServerInfo::from_response`, on the same bytes.
//!
//! ```text
//! cargo bench -p smtp-status-benches --bench ehlo
//! ```

use criterion::{criterion_group, Throughput};
use smtp_status::{Ehlo, Extension, Reply};
use smtp_status_benches::{criterion, interleaved_medians, main_with_interleaved, print_table};
use std::hint::black_box;
use std::str::FromStr;

/// Ten lines, as a large provider's MX answers.
const WIRE: &str = "250-mx.example.com Hello client.example.org [192.0.2.1]\r\n\
250-SIZE 52428800\r\n\
250-8BITMIME\r\n\
250-PIPELINING\r\n\
250-AUTH PLAIN LOGIN\r\n\
250-CHUNKING\r\n\
250-SMTPUTF8\r\n\
250-ENHANCEDSTATUSCODES\r\n\
250-DSN\r\n\
250 STARTTLS\r\n";

fn ours(wire: &[u8]) -> usize {
    let (reply, _) = Reply::parse(wire).unwrap();
    let ehlo = Ehlo::parse(&reply).unwrap();
    let keywords = ehlo.keywords().count();
    let size = ehlo.size().unwrap_or(0) as usize;
    let mechanisms = ehlo.auth_mechanisms().count();
    keywords + size + mechanisms + usize::from(ehlo.has(Extension::StartTls))
}

/// `Ehlo::parse` alone, on a reply already read (as a client's
/// `ReplyReader` hands it over), and the same queries.
fn ours_on_reply(reply: &Reply<'_>) -> usize {
    let ehlo = Ehlo::parse(reply).unwrap();
    ehlo.keywords().count()
        + ehlo.size().unwrap_or(0) as usize
        + ehlo.auth_mechanisms().count()
        + usize::from(ehlo.has(Extension::StartTls))
}

fn smtp_proto(wire: &[u8]) -> usize {
    let response = smtp_proto::EhloResponse::parse(&mut wire.iter()).unwrap();
    response.capabilities as usize + response.size + response.hostname.len()
}

fn lettre(wire: &str) -> usize {
    let response = lettre::transport::smtp::response::Response::from_str(wire).unwrap();
    let info = lettre::transport::smtp::extension::ServerInfo::from_response(&response).unwrap();
    usize::from(info.supports_feature(lettre::transport::smtp::extension::Extension::StartTls))
        + info.name().len()
}

fn benches(c: &mut criterion::Criterion) {
    assert!(ours(WIRE.as_bytes()) > 0 && smtp_proto(WIRE.as_bytes()) > 0 && lettre(WIRE) > 0);
    let mut group = c.benchmark_group("EHLO reply, 10 lines");
    group.throughput(Throughput::Bytes(WIRE.len() as u64));
    group.bench_function("smtp-status Ehlo::parse", |b| {
        b.iter(|| ours(black_box(WIRE.as_bytes())))
    });
    let (reply, _) = Reply::parse(WIRE.as_bytes()).unwrap();
    group.bench_function("smtp-status Ehlo::parse on a read Reply", |b| {
        b.iter(|| ours_on_reply(black_box(&reply)))
    });
    // The floor under ours: the reply's own parse, which Ehlo::parse reads.
    group.bench_function("smtp-status Reply::parse alone", |b| {
        b.iter(|| Reply::parse(black_box(WIRE.as_bytes())).unwrap().1)
    });
    group.bench_function("smtp-proto EhloResponse::parse", |b| {
        b.iter(|| smtp_proto(black_box(WIRE.as_bytes())))
    });
    group.bench_function("lettre ServerInfo::from_response", |b| {
        b.iter(|| lettre(black_box(WIRE)))
    });
    group.finish();
}

criterion_group! {
    name = ehlo;
    config = criterion();
    targets = benches
}

fn interleaved() {
    const PASSES: usize = 100;
    let medians = interleaved_medians(
        &mut [
            &mut || {
                for _ in 0..PASSES {
                    black_box(ours(black_box(WIRE.as_bytes())));
                }
            },
            &mut || {
                for _ in 0..PASSES {
                    black_box(smtp_proto(black_box(WIRE.as_bytes())));
                }
            },
            &mut || {
                for _ in 0..PASSES {
                    black_box(lettre(black_box(WIRE)));
                }
            },
        ],
        2_000,
    );
    let per = |median: f64| median / PASSES as f64;
    print_table(
        "EHLO reply, 10 lines, interleaved (a pass)",
        &[
            ("smtp-status Ehlo::parse", per(medians[0])),
            ("smtp-proto EhloResponse::parse", per(medians[1])),
            ("lettre ServerInfo::from_response", per(medians[2])),
        ],
    );
}

fn main() {
    main_with_interleaved(ehlo, interleaved);
}
