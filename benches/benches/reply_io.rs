//! Writing replies against smtp-proto's `Response::write`, and reading
//! them off a stream with `ReplyReader` against `Reply::parse` in a loop
//! over the same bytes.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use smtp_status::{EnhancedStatusCode, OutgoingReply, Reply, ReplyBuf, ReplyCode, ReplyReader};
use std::fmt::Write as _;
use std::hint::black_box;
use std::io::Read;

const ONE_LINE: &str = "Recipient address rejected: User unknown in local recipient table";
const THREE_LINES: [&str; 3] = [
    "Our system has detected that this message is likely unsolicited",
    "mail. To reduce the amount of spam sent to this domain, the",
    "message has been blocked. Please visit the postmaster page",
];

fn writing(c: &mut Criterion) {
    let code = ReplyCode::new(550).unwrap();
    let enhanced: Option<EnhancedStatusCode> = "5.7.1".parse().ok();
    let three = THREE_LINES.join("\n");
    for (name, text, lines) in [
        ("one line", ONE_LINE.to_owned(), &[ONE_LINE][..]),
        ("three lines", three, &THREE_LINES[..]),
    ] {
        // Every contender writes the same bytes (smtp-proto, which has no
        // continuation lines, writes each line as a reply of its own: the
        // same bytes but for `-` after the code).
        let ours = ReplyBuf::new(code, enhanced, &text).unwrap();
        let mut written = Vec::new();
        OutgoingReply::new(code, enhanced, &text)
            .unwrap()
            .write_to_vec(&mut written);
        assert_eq!(written, ours.as_bytes());
        let mut proto = Vec::new();
        for line in lines {
            smtp_proto::Response {
                code: 550,
                esc: [5, 7, 1],
                message: *line,
            }
            .write(&mut proto)
            .unwrap();
        }
        assert_eq!(ours.as_bytes().len(), proto.len());

        let mut group = c.benchmark_group(format!("write/{name}"));
        group.throughput(Throughput::Bytes(proto.len() as u64));
        let mut out = Vec::with_capacity(1024);
        group.bench_function("smtp-status OutgoingReply into Vec<u8>", |b| {
            b.iter(|| {
                out.clear();
                let reply = OutgoingReply::new(code, enhanced, black_box(&text)).unwrap();
                reply.write_to_vec(&mut out);
                black_box(&out);
            })
        });
        let mut string = String::with_capacity(1024);
        group.bench_function("smtp-status OutgoingReply into fmt::Write", |b| {
            b.iter(|| {
                string.clear();
                let reply = OutgoingReply::new(code, enhanced, black_box(&text)).unwrap();
                write!(string, "{reply}").unwrap();
                black_box(&string);
            })
        });
        group.bench_function("smtp-status ReplyBuf::new", |b| {
            b.iter(|| black_box(ReplyBuf::new(code, enhanced, black_box(&text)).unwrap()))
        });
        group.bench_function("smtp-proto Response::write", |b| {
            b.iter(|| {
                out.clear();
                for line in black_box(lines) {
                    smtp_proto::Response {
                        code: 550,
                        esc: [5, 7, 1],
                        message: *line,
                    }
                    .write(&mut out)
                    .unwrap();
                }
                black_box(&out);
            })
        });
        group.finish();
    }
}

/// A long session's replies, pipelined: 1,024 of them, 6 kinds, so that
/// a reader's set-up weighs as little as in a real connection.
fn session() -> Vec<u8> {
    let kinds: [&[u8]; 6] = [
        b"250 2.1.0 Ok\r\n",
        b"250 2.1.5 Ok\r\n",
        b"550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown\r\n",
        b"354 End data with <CR><LF>.<CR><LF>\r\n",
        b"250-mx.example.com\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n250 ENHANCEDSTATUSCODES\r\n",
        b"451 4.7.1 Greylisted, please try again later\r\n",
    ];
    (0..1024)
        .flat_map(|i| kinds[i % kinds.len()])
        .copied()
        .collect()
}

/// Hands out a buffer in pieces of the given sizes, cycled.
struct Pieces<'a> {
    bytes: &'a [u8],
    sizes: &'a [usize],
    turn: usize,
}

impl Read for Pieces<'_> {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        // The next size, cycled without a division: the stream's own cost
        // is not what is measured.
        let size = self.sizes[self.turn];
        self.turn = if self.turn + 1 == self.sizes.len() {
            0
        } else {
            self.turn + 1
        };
        let n = size.min(out.len()).min(self.bytes.len());
        out[..n].copy_from_slice(&self.bytes[..n]);
        self.bytes = &self.bytes[n..];
        Ok(n)
    }
}

fn reading(c: &mut Criterion) {
    let bytes = session();
    // Piece sizes from a fixed pseudo-random sequence: replies split at
    // arbitrary points, as a slow link delivers them.
    let mut state = 0x2545_f491_u32;
    let random: Vec<usize> = (0..97)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            1 + (state % 200) as usize
        })
        .collect();
    let count = |mut rest: &[u8]| {
        let mut n = 0;
        while let Ok((_, used)) = Reply::parse(rest) {
            n += 1;
            rest = &rest[used..];
        }
        n
    };
    let replies = count(&bytes);
    assert_eq!(replies, 1024);

    // Each whole reply goes through `black_box`, so that neither side can
    // skip work on what it does not look at (such as the enhanced code).
    let mut group = c.benchmark_group("read/1024 pipelined replies");
    group.throughput(Throughput::Bytes(bytes.len() as u64));
    group.bench_function("smtp-status Reply::parse loop", |b| {
        b.iter(|| {
            let mut rest = black_box(&bytes[..]);
            let mut codes = 0u32;
            while let Ok((reply, used)) = Reply::parse(rest) {
                codes += u32::from(black_box(reply).code().as_u16());
                rest = &rest[used..];
            }
            black_box(codes)
        })
    });
    for (name, sizes) in [
        ("whole", &[usize::MAX][..]),
        ("split at random points", &random[..]),
    ] {
        group.bench_function(format!("smtp-status ReplyReader, {name}"), |b| {
            b.iter(|| {
                let stream = Pieces {
                    bytes: black_box(&bytes),
                    sizes,
                    turn: 0,
                };
                let mut reader = ReplyReader::new(stream);
                let mut codes = 0u32;
                while let Ok(reply) = reader.read_reply() {
                    codes += u32::from(black_box(reply).code().as_u16());
                }
                black_box(codes)
            })
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = smtp_status_benches::criterion();
    targets = writing, reading
}
criterion_main!(benches);
