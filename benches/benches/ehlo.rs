//! Reading a 10-line EHLO reply: `Reply::parse` + `Ehlo::parse`, then what
//! smtp-proto's `EhloResponse` holds when its parse returns (the domain,
//! the extensions, SIZE, the AUTH mechanisms), against smtp-proto's
//! `EhloResponse::parse` and lettre's `Response::from_str` +
//! `ServerInfo::from_response`, on the same bytes. Beside them: ours on a
//! reply already read, as a client's `ReplyReader` hands it over, and ours
//! with every keyword listed too, which neither of the others gives.
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
    ours_on_reply(&reply)
}

/// `Ehlo::parse` alone, on a reply already read, and the same questions.
fn ours_on_reply(reply: &Reply<'_>) -> usize {
    questions(&Ehlo::parse(reply).unwrap())
}

/// What smtp-proto's `EhloResponse` holds when its parse returns.
fn questions(ehlo: &Ehlo<'_>) -> usize {
    ehlo.domain().len()
        + ehlo.size().unwrap_or(0) as usize
        + ehlo.auth_mechanisms().count()
        + usize::from(ehlo.has(Extension::StartTls))
}

/// Ours from the bytes with every keyword and its parameters listed too.
fn ours_every_keyword(wire: &[u8]) -> usize {
    let (reply, _) = Reply::parse(wire).unwrap();
    let ehlo = Ehlo::parse(&reply).unwrap();
    questions(&ehlo) + ehlo.keywords().count()
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
    assert_eq!(
        ours_every_keyword(WIRE.as_bytes()),
        ours(WIRE.as_bytes()) + 9
    );
    let mut group = c.benchmark_group("EHLO reply, 10 lines");
    group.throughput(Throughput::Bytes(WIRE.len() as u64));
    group.bench_function("smtp-status Ehlo::parse", |b| {
        b.iter(|| ours(black_box(WIRE.as_bytes())))
    });
    let (reply, _) = Reply::parse(WIRE.as_bytes()).unwrap();
    group.bench_function("smtp-status Ehlo::parse on a read Reply", |b| {
        b.iter(|| ours_on_reply(black_box(&reply)))
    });
    group.bench_function("smtp-status Ehlo::parse + every keyword", |b| {
        b.iter(|| ours_every_keyword(black_box(WIRE.as_bytes())))
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
    let (reply, _) = Reply::parse(WIRE.as_bytes()).unwrap();
    let medians = interleaved_medians(
        &mut [
            &mut || {
                for _ in 0..PASSES {
                    black_box(ours(black_box(WIRE.as_bytes())));
                }
            },
            &mut || {
                for _ in 0..PASSES {
                    black_box(ours_on_reply(black_box(&reply)));
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
            ("smtp-status Ehlo::parse on a read Reply", per(medians[1])),
            ("smtp-proto EhloResponse::parse", per(medians[2])),
            ("lettre ServerInfo::from_response", per(medians[3])),
        ],
    );
}

fn main() {
    main_with_interleaved(ehlo, interleaved);
}
