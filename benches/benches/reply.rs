//! Whole replies: `Reply::parse` against lettre's `Response::from_str` and
//! smtp-proto's `ResponseReceiver`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use smtp_status::Reply;
use std::hint::black_box;
use std::str::FromStr;

const ONE_LINE: &str = "250 2.0.0 Ok: queued as 4BqLZk2XnVz9\r\n";

const EHLO: &str = concat!(
    "250-mail.example.com Hello client.example.org [192.0.2.25]\r\n",
    "250-PIPELINING\r\n",
    "250-SIZE 10240000\r\n",
    "250-VRFY\r\n",
    "250-ETRN\r\n",
    "250-STARTTLS\r\n",
    "250-ENHANCEDSTATUSCODES\r\n",
    "250-8BITMIME\r\n",
    "250-DSN\r\n",
    "250 SMTPUTF8\r\n",
);

const MULTILINE_5XX: &str = concat!(
    "550-5.7.1 Our system has detected that this message is likely unsolicited\r\n",
    "550-5.7.1 mail. To reduce the amount of spam sent to this domain, the\r\n",
    "550-5.7.1 message has been blocked. Please visit the postmaster page\r\n",
    "550 5.7.1 for more information. 4BqLZk2XnVz9 - policy\r\n",
);

fn replies(c: &mut Criterion) {
    for (name, text) in [
        ("one line", ONE_LINE),
        ("EHLO, 10 lines", EHLO),
        ("5xx, 4 lines", MULTILINE_5XX),
    ] {
        let bytes = text.as_bytes();
        // Each contender must read the same reply from this input.
        assert_eq!(Reply::parse(bytes).unwrap().1, bytes.len());
        let lettre = lettre::transport::smtp::response::Response::from_str(text).unwrap();
        assert_eq!(
            lettre.message().count(),
            Reply::parse(bytes).unwrap().0.line_count()
        );
        let proto = smtp_proto::response::parser::ResponseReceiver::default()
            .parse(&mut bytes.iter())
            .unwrap();
        assert_eq!(proto.code, Reply::parse(bytes).unwrap().0.code().as_u16());

        let mut group = c.benchmark_group(format!("reply/{name}"));
        group.throughput(Throughput::Bytes(bytes.len() as u64));
        group.bench_function("smtp-status Reply::parse", |b| {
            b.iter(|| black_box(Reply::parse(black_box(bytes))))
        });
        group.bench_function("smtp-proto ResponseReceiver", |b| {
            b.iter(|| {
                let mut receiver = smtp_proto::response::parser::ResponseReceiver::default();
                black_box(receiver.parse(&mut black_box(bytes).iter()))
            })
        });
        group.bench_function("lettre Response::from_str", |b| {
            b.iter(|| {
                black_box(lettre::transport::smtp::response::Response::from_str(
                    black_box(text),
                ))
            })
        });
        group.finish();
    }
}

criterion_group! {
    name = benches;
    config = smtp_status_benches::criterion();
    targets = replies
}
criterion_main!(benches);
