//! Writing replies against smtp-proto's `Response::write`, and reading
//! them off a stream with `ReplyReader` against `Reply::parse` in a loop
//! over the same bytes: criterion's groups, then the same contenders
//! interleaved (see `interleaved_medians`).

use criterion::{criterion_group, Criterion, Throughput};
use smtp_status::{EnhancedStatusCode, OutgoingReply, Reply, ReplyBuf, ReplyCode, ReplyReader};
use smtp_status_benches::{interleaved_medians, print_table};
use std::fmt::Write as _;
use std::hint::black_box;
use std::io::Read;

const ONE_LINE: &str = "Recipient address rejected: User unknown in local recipient table";
const THREE_LINES: [&str; 3] = [
    "Our system has detected that this message is likely unsolicited",
    "mail. To reduce the amount of spam sent to this domain, the",
    "message has been blocked. Please visit the postmaster page",
];

/// Our way: the reply checked, then appended to `out`.
#[inline(always)]
fn write_ours(
    code: ReplyCode,
    enhanced: Option<EnhancedStatusCode>,
    text: &str,
    out: &mut Vec<u8>,
) {
    OutgoingReply::new(code, enhanced, text)
        .unwrap()
        .write_to_vec(out);
}

/// smtp-proto's: each line a reply of its own (it has no continuation
/// lines), its code and enhanced code literals, as a server writes them.
#[inline(always)]
fn write_with_smtp_proto(lines: &[&str], out: &mut Vec<u8>) {
    for line in lines {
        smtp_proto::Response {
            code: 550,
            esc: [5, 7, 1],
            message: *line,
        }
        .write(&mut *out)
        .unwrap();
    }
}

/// A reply to write: its name, its text (lines split by `\n`) and its
/// lines.
type WriteCase = (&'static str, String, &'static [&'static str]);

/// The replies written: 550 with enhanced code 5.7.1, one line and three.
fn write_cases() -> (ReplyCode, Option<EnhancedStatusCode>, [WriteCase; 2]) {
    let code = ReplyCode::new(550).unwrap();
    let enhanced = "5.7.1".parse().ok();
    let cases = [
        ("one line", ONE_LINE.to_owned(), &[ONE_LINE][..]),
        ("three lines", THREE_LINES.join("\n"), &THREE_LINES[..]),
    ];
    (code, enhanced, cases)
}

fn writing(c: &mut Criterion) {
    let (code, enhanced, cases) = write_cases();
    for (name, text, lines) in cases {
        // Every contender writes the same bytes (smtp-proto, which has no
        // continuation lines, writes each line as a reply of its own: the
        // same bytes but for `-` after the code).
        let ours = ReplyBuf::new(code, enhanced, &text).unwrap();
        let mut written = Vec::new();
        write_ours(code, enhanced, &text, &mut written);
        assert_eq!(written, ours.as_bytes());
        let mut proto = Vec::new();
        write_with_smtp_proto(lines, &mut proto);
        assert_eq!(ours.as_bytes().len(), proto.len());

        let mut group = c.benchmark_group(format!("write/{name}"));
        group.throughput(Throughput::Bytes(proto.len() as u64));
        let mut out = Vec::with_capacity(1024);
        group.bench_function("smtp-status OutgoingReply into Vec<u8>", |b| {
            b.iter(|| {
                out.clear();
                write_ours(code, enhanced, black_box(&text), &mut out);
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
                write_with_smtp_proto(black_box(lines), &mut out);
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

/// Piece sizes from a fixed pseudo-random sequence: replies split at
/// arbitrary points, as a slow link delivers them.
fn random_sizes() -> Vec<usize> {
    let mut state = 0x2545_f491_u32;
    (0..97)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            1 + (state % 200) as usize
        })
        .collect()
}

/// `Reply::parse` in a loop over `bytes`; each whole reply goes through
/// `black_box`, so that neither side can skip work on what it does not
/// look at (such as the enhanced code).
fn parse_all(bytes: &[u8]) -> u32 {
    let mut rest = bytes;
    let mut codes = 0u32;
    while let Ok((reply, used)) = Reply::parse(rest) {
        codes += u32::from(black_box(reply).code().as_u16());
        rest = &rest[used..];
    }
    codes
}

/// `ReplyReader` over `bytes` handed out in pieces of `sizes`, cycled.
fn read_all(bytes: &[u8], sizes: &[usize]) -> u32 {
    let stream = Pieces {
        bytes: black_box(bytes),
        sizes,
        turn: 0,
    };
    let mut reader = ReplyReader::new(stream);
    let mut codes = 0u32;
    while let Ok(reply) = reader.read_reply() {
        codes += u32::from(black_box(reply).code().as_u16());
    }
    codes
}

/// The stream alone: `bytes` read in pieces of `sizes` into a buffer and
/// nothing parsed. What any reader over `io::Read` pays before it looks at
/// a byte: the floor under the reader's time.
fn drain(bytes: &[u8], sizes: &[usize]) -> usize {
    let mut stream = Pieces {
        bytes: black_box(bytes),
        sizes,
        turn: 0,
    };
    let mut buffer = [0; 4096];
    let mut total = 0;
    while let Ok(read @ 1..) = stream.read(&mut buffer) {
        total += read;
        black_box(&buffer);
    }
    total
}

fn reading(c: &mut Criterion) {
    let bytes = session();
    let random = random_sizes();
    let mut count = 0;
    let mut rest = &bytes[..];
    while let Ok((_, used)) = Reply::parse(rest) {
        count += 1;
        rest = &rest[used..];
    }
    assert_eq!(count, 1024);
    assert_eq!(read_all(&bytes, &random), parse_all(&bytes));

    let mut group = c.benchmark_group("read/1024 pipelined replies");
    group.throughput(Throughput::Bytes(bytes.len() as u64));
    group.bench_function("smtp-status Reply::parse loop", |b| {
        b.iter(|| black_box(parse_all(black_box(&bytes))))
    });
    for (name, sizes) in [
        ("whole", &[usize::MAX][..]),
        ("split at random points", &random[..]),
    ] {
        group.bench_function(format!("smtp-status ReplyReader, {name}"), |b| {
            b.iter(|| black_box(read_all(&bytes, sizes)))
        });
    }
    group.bench_function("the stream alone, split at random points", |b| {
        b.iter(|| black_box(drain(&bytes, &random)))
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = smtp_status_benches::criterion();
    targets = writing, reading
}

/// The same contenders again, interleaved: each one's run in turn, round
/// after round, so that the machine's drift over seconds falls on all of
/// them alike. Prints Markdown tables.
fn interleaved() {
    let (code, enhanced, cases) = write_cases();
    for (name, text, lines) in cases {
        // A run is 1,000 replies, so that the clock's cost is lost in it.
        let (mut ours, mut theirs) = (Vec::with_capacity(1024), Vec::with_capacity(1024));
        let mut with_ours = || {
            for _ in 0..1000 {
                ours.clear();
                write_ours(code, enhanced, black_box(&text), &mut ours);
                black_box(&ours);
            }
        };
        let mut with_theirs = || {
            for _ in 0..1000 {
                theirs.clear();
                write_with_smtp_proto(black_box(lines), &mut theirs);
                black_box(&theirs);
            }
        };
        let medians = interleaved_medians(&mut [&mut with_ours, &mut with_theirs], 2000);
        print_table(
            &format!("interleaved write/{name}"),
            &[
                (
                    "smtp-status OutgoingReply into Vec<u8>",
                    medians[0] / 1000.0,
                ),
                ("smtp-proto Response::write", medians[1] / 1000.0),
            ],
        );
    }

    let bytes = session();
    let random = random_sizes();
    let mut parse_loop = || {
        black_box(parse_all(black_box(&bytes)));
    };
    let mut whole = || {
        black_box(read_all(&bytes, &[usize::MAX]));
    };
    let mut split = || {
        black_box(read_all(&bytes, &random));
    };
    let mut stream = || {
        black_box(drain(&bytes, &random));
    };
    assert_eq!(drain(&bytes, &random), bytes.len());
    let medians = interleaved_medians(
        &mut [&mut parse_loop, &mut whole, &mut split, &mut stream],
        1000,
    );
    print_table(
        "interleaved read/1024 pipelined replies",
        &[
            ("smtp-status Reply::parse loop", medians[0]),
            ("smtp-status ReplyReader, whole", medians[1]),
            (
                "smtp-status ReplyReader, split at random points",
                medians[2],
            ),
            ("the stream alone, split at random points", medians[3]),
        ],
    );
}

fn main() {
    smtp_status_benches::main_with_interleaved(benches, interleaved);
}
