//! `Reason::classify` on typical replies against what a user would write:
//! the phrase step with the same phrases in a `regex::RegexSet`; the whole
//! `Reply::reason`; and `DeliveryStatus::parse` of Postfix's bounce.

use criterion::{criterion_group, Criterion, Throughput};
use regex::bytes::RegexSet;
use smtp_status::{DeliveryStatus, Reason, Reply};
use smtp_status_benches::{interleaved_medians, print_table};
use std::hint::black_box;

/// Replies as servers send them (from tests/bounce_reasons.rs).
const REPLIES: [&[u8]; 8] = [
    b"550 5.1.1 <nosuchuser@localhost>: Recipient address rejected: User unknown in local recipient table\r\n",
    b"554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org\r\n",
    b"550 5.7.1 Our system has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked.\r\n",
    b"554 delivery error: dd This user doesn't have a yahoo.com account (bob@yahoo.com) [0] - mta1234.mail.gq1.yahoo.com\r\n",
    b"421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints\r\n",
    b"550 5.4.1 Recipient address rejected: Access denied. AS(201806281)\r\n",
    b"452 4.2.2 The email account that you tried to reach is over quota.\r\n",
    b"550 Sender verify failed\r\n",
];

/// The phrase step with the phrase tables in one `RegexSet`, as a user
/// would write it: a text's lowest-numbered matching pattern belongs to
/// the first table that matches.
struct ByRegex {
    set: RegexSet,
    reason_of_pattern: Vec<Reason>,
}

impl ByRegex {
    fn new() -> ByRegex {
        let mut patterns = Vec::new();
        let mut reason_of_pattern = Vec::new();
        for &(reason, phrases) in Reason::phrase_tables() {
            for phrase in phrases {
                patterns.push(format!("(?i){}", regex::escape(phrase)));
                reason_of_pattern.push(reason);
            }
        }
        ByRegex {
            set: RegexSet::new(patterns).unwrap(),
            reason_of_pattern,
        }
    }

    fn classify(&self, text: &[u8]) -> Reason {
        match self.set.matches(text).iter().next() {
            Some(index) => self.reason_of_pattern[index],
            None => Reason::Undefined,
        }
    }
}

fn classify(c: &mut Criterion) {
    let replies: Vec<Reply<'static>> = REPLIES
        .iter()
        .map(|reply| Reply::parse(reply).unwrap().0)
        .collect();
    let by_regex = ByRegex::new();
    // The phrase step alone, both ways: the same answer on every text.
    for reply in &replies {
        let text = reply.as_bytes();
        assert_eq!(
            by_regex.classify(text),
            Reason::classify(None, None, text),
            "{reply:?}"
        );
    }
    let mut group = c.benchmark_group("classify/8 typical replies");
    group.throughput(Throughput::Elements(replies.len() as u64));
    group.bench_function("Reason::classify, text only", |b| {
        b.iter(|| {
            for reply in black_box(&replies) {
                black_box(Reason::classify(None, None, reply.as_bytes()));
            }
        })
    });
    group.bench_function("regex::RegexSet over the same phrases", |b| {
        b.iter(|| {
            for reply in black_box(&replies) {
                black_box(by_regex.classify(reply.as_bytes()));
            }
        })
    });
    group.bench_function("Reply::reason (code, enhanced code, text)", |b| {
        b.iter(|| {
            for reply in black_box(&replies) {
                black_box(reply.reason());
            }
        })
    });
    group.finish();

    let eml = include_str!("../../tests/fixtures/postfix-bounce-user-unknown.eml");
    let part = eml
        .split("Content-Type: message/delivery-status")
        .nth(1)
        .unwrap();
    let body = part.split_once("\n\n").unwrap().1;
    let body = body.split("\n--").next().unwrap().as_bytes();
    let mut group = c.benchmark_group("dsn/Postfix bounce");
    group.throughput(Throughput::Bytes(body.len() as u64));
    group.bench_function("DeliveryStatus::parse + reason", |b| {
        b.iter(|| {
            let status = DeliveryStatus::parse(black_box(body)).unwrap();
            for recipient in status.recipients() {
                black_box(recipient.reason());
            }
        })
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = smtp_status_benches::criterion();
    targets = classify
}

/// The phrase step both ways again, interleaved: each one's run of 100
/// passes over the eight replies in turn, 2,000 rounds, so that the
/// machine's drift falls on both alike.
fn interleaved() {
    let replies: Vec<&[u8]> = REPLIES.to_vec();
    let by_regex = ByRegex::new();
    let mut ours = || {
        for _ in 0..100 {
            for &reply in black_box(&replies) {
                black_box(Reason::classify(None, None, reply));
            }
        }
    };
    let mut theirs = || {
        for _ in 0..100 {
            for &reply in black_box(&replies) {
                black_box(by_regex.classify(reply));
            }
        }
    };
    let medians = interleaved_medians(&mut [&mut ours, &mut theirs], 2000);
    print_table(
        "interleaved classify/8 typical replies, per pass",
        &[
            ("Reason::classify, text only", medians[0] / 100.0),
            ("regex::RegexSet over the same phrases", medians[1] / 100.0),
        ],
    );
}

fn main() {
    smtp_status_benches::main_with_interleaved(benches, interleaved);
}
