//! `from_reply` of a reply catalogue (variants that share a code, told
//! apart by enhanced codes) against a hand-written `match` on the reply's
//! code and enhanced code, over a mix of real replies.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use smtp_status::{Reply, SmtpCodes};
use smtp_status_benches::Rng;
use std::hint::black_box;

#[derive(SmtpCodes, Debug, Clone, Copy, PartialEq, Eq)]
enum Catalogue {
    /// Accepted.
    #[smtp(code = 250)]
    Ok,
    /// The recipient does not exist.
    #[smtp(code = 550, enhanced = "5.1.1")]
    UserUnknown,
    /// Relaying denied.
    #[smtp(code = 550, enhanced = "5.7.1")]
    RelayDenied,
    /// Mailbox full.
    #[smtp(code = 552, enhanced = "5.2.2")]
    MailboxFull,
    /// Too big.
    #[smtp(code = 552, enhanced = "5.3.4")]
    TooBig,
    /// Any other 550.
    #[smtp(code = 550)]
    Refused,
    /// Greylisted.
    #[smtp(code = 451, enhanced = "4.7.1")]
    Greylisted,
    /// Relaying denied, Postfix's way.
    #[smtp(code = 554, enhanced = "5.7.1")]
    RelayAccessDenied,
    /// Service not available.
    #[smtp(code = 421)]
    Unavailable,
}

/// The same rule, written by hand as a user would.
#[inline]
fn by_match(reply: &Reply<'_>) -> Option<Catalogue> {
    let enhanced = reply.enhanced().map(|e| (e.subject(), e.detail()));
    match (reply.code().as_u16(), enhanced) {
        (250, _) => Some(Catalogue::Ok),
        (550, Some((1, 1))) => Some(Catalogue::UserUnknown),
        (550, Some((7, 1))) => Some(Catalogue::RelayDenied),
        (550, _) => Some(Catalogue::Refused),
        (552, Some((2, 2))) => Some(Catalogue::MailboxFull),
        (552, Some((3, 4))) => Some(Catalogue::TooBig),
        (451, Some((7, 1))) => Some(Catalogue::Greylisted),
        (554, Some((7, 1))) => Some(Catalogue::RelayAccessDenied),
        (421, _) => Some(Catalogue::Unavailable),
        _ => None,
    }
}

/// Replies as servers send them, with how often each comes in the mix.
const KINDS: [(&[u8], u32); 12] = [
    (b"250 2.0.0 Ok: queued as 4BqLZk2XnVz9\r\n", 30),
    (b"250 2.1.5 Ok\r\n", 20),
    (b"250 Ok\r\n", 10),
    (
        b"550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown\r\n",
        10,
    ),
    (b"554 5.7.1 <x@example.org>: Relay access denied\r\n", 5),
    (b"550 5.7.1 Relaying denied\r\n", 5),
    (b"451 4.7.1 Greylisted, please try again later\r\n", 8),
    (b"552 5.2.2 Mailbox full\r\n", 3),
    (b"552 5.3.4 Message size exceeds fixed limit\r\n", 2),
    (b"550 5.7.26 Unauthenticated email is not accepted\r\n", 3),
    (b"421 4.3.2 Service shutting down\r\n", 2),
    (b"553 5.1.3 Bad recipient address syntax\r\n", 2),
];

fn mix() -> Vec<Reply<'static>> {
    let total: u32 = KINDS.iter().map(|(_, weight)| weight).sum();
    let mut rng = Rng::new(7);
    (0..4096)
        .map(|_| {
            let mut pick = rng.below(total);
            let (bytes, _) = KINDS
                .iter()
                .find(|(_, weight)| {
                    let found = pick < *weight;
                    pick = pick.saturating_sub(*weight);
                    found
                })
                .unwrap_or(&KINDS[0]);
            Reply::parse(bytes).unwrap().0
        })
        .collect()
}

fn from_reply(c: &mut Criterion) {
    let replies = mix();
    // Both contenders give the same answer on every reply.
    for reply in &replies {
        assert_eq!(Catalogue::from_reply(reply), by_match(reply), "{reply:?}");
    }
    let mut group = c.benchmark_group("from_reply/realistic");
    group.throughput(Throughput::Elements(replies.len() as u64));
    group.bench_function("from_reply", |b| {
        b.iter(|| {
            for reply in black_box(&replies) {
                black_box(Catalogue::from_reply(reply));
            }
        })
    });
    group.bench_function("match on (code, enhanced)", |b| {
        b.iter(|| {
            for reply in black_box(&replies) {
                black_box(by_match(reply));
            }
        })
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = smtp_status_benches::criterion();
    targets = from_reply
}
criterion_main!(benches);
