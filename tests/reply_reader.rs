//! `ReplyReader` over streams that deliver replies whole, pipelined, in
//! pieces, cut short, malformed, endless or failing.

use proptest::prelude::*;
use smtp_status::{ReadReplyError, Reply, ReplyErrorKind, ReplyOptions, ReplyReader};
use std::io::{self, Read};

/// A stream that hands out `bytes` in pieces of the given sizes (cycled),
/// then ends, or fails with `error` where it would end; it counts what it
/// gave.
struct Chunked {
    bytes: Vec<u8>,
    sizes: Vec<usize>,
    turn: usize,
    given: usize,
    error: Option<io::ErrorKind>,
}

impl Chunked {
    fn new(bytes: &[u8], sizes: &[usize]) -> Chunked {
        Chunked {
            bytes: bytes.to_vec(),
            sizes: sizes.to_vec(),
            turn: 0,
            given: 0,
            error: None,
        }
    }
}

impl Read for Chunked {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        if self.given == self.bytes.len() {
            return match self.error.take() {
                Some(kind) => Err(io::Error::new(kind, "the test's failure")),
                None => Ok(0),
            };
        }
        let size = self.sizes[self.turn % self.sizes.len()].max(1);
        self.turn += 1;
        let n = size.min(out.len()).min(self.bytes.len() - self.given);
        out[..n].copy_from_slice(&self.bytes[self.given..self.given + n]);
        self.given += n;
        Ok(n)
    }
}

/// Replies as (code, lines of text), to compare.
type Replies = Vec<(u16, Vec<Vec<u8>>)>;

/// Every reply a reader gives, until it stops, and why.
fn read_all<R: Read>(reader: &mut ReplyReader<R>) -> (Replies, ReadReplyError) {
    let mut replies = Vec::new();
    loop {
        match reader.read_reply() {
            Ok(reply) => replies.push((
                reply.code().as_u16(),
                reply.lines().map(<[u8]>::to_vec).collect(),
            )),
            Err(error) => return (replies, error),
        }
    }
}

/// What `Reply::parse` in a loop over the whole input gives.
fn parse_all(mut input: &[u8]) -> Replies {
    let mut replies = Vec::new();
    while let Ok((reply, used)) = Reply::parse(input) {
        replies.push((
            reply.code().as_u16(),
            reply.lines().map(<[u8]>::to_vec).collect(),
        ));
        input = &input[used..];
    }
    replies
}

const SESSION: &[u8] = b"220 mx.example.com ESMTP\r\n\
250-mx.example.com\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n250 ENHANCEDSTATUSCODES\r\n\
250 2.1.0 Ok\r\n550 5.1.1 <nobody@example.com>: Recipient address rejected\r\n\
451 4.7.1 Greylisted\r\n354 End data with <CR><LF>.<CR><LF>\r\n";

#[test]
fn pipelined_replies_come_out_one_by_one() {
    let mut reader = ReplyReader::new(SESSION);
    let (replies, end) = read_all(&mut reader);
    let codes: Vec<u16> = replies.iter().map(|(code, _)| *code).collect();
    assert_eq!(codes, [220, 250, 250, 550, 451, 354]);
    assert_eq!(replies[1].1.len(), 4);
    assert!(end.is_closed(), "{end:?}");
    assert_eq!(replies, parse_all(SESSION));
}

#[test]
fn owned_replies_outlive_the_reader() {
    let mut reader = ReplyReader::new(SESSION);
    let greeting = reader.read_reply_buf().unwrap();
    let ehlo = reader.read_reply_buf().unwrap();
    drop(reader);
    assert_eq!(greeting.as_bytes(), b"220 mx.example.com ESMTP\r\n");
    assert_eq!(ehlo.as_reply().line_count(), 4);
}

#[test]
fn a_reply_split_at_any_point_is_completed() {
    for size in 1..=SESSION.len() {
        let mut reader = ReplyReader::new(Chunked::new(SESSION, &[size]));
        let (replies, end) = read_all(&mut reader);
        assert_eq!(replies, parse_all(SESSION), "pieces of {size}");
        assert!(end.is_closed());
    }
}

#[test]
fn the_end_of_the_stream_inside_a_reply() {
    let mut reader = ReplyReader::new(&b"250 ok\r\n250-more\r\n250 "[..]);
    assert_eq!(reader.read_reply().unwrap().code().as_u16(), 250);
    let error = reader.read_reply().unwrap_err();
    assert!(
        matches!(error, ReadReplyError::Truncated { received: 14 }),
        "{error:?}"
    );
    assert_eq!(io::Error::from(error).kind(), io::ErrorKind::UnexpectedEof);
    let closed = ReplyReader::new(&b""[..]).read_reply().unwrap_err();
    assert_eq!(io::Error::from(closed).kind(), io::ErrorKind::UnexpectedEof);
}

#[test]
fn malformed_and_over_limit_replies_are_told_apart() {
    let mut reader = ReplyReader::new(&b"250-ok\r\n251 no\r\n"[..]);
    let error = reader.read_reply().unwrap_err();
    let ReadReplyError::Malformed(cause) = &error else {
        panic!("{error:?}")
    };
    assert_eq!(cause.kind(), ReplyErrorKind::CodeMismatch);
    assert_eq!(io::Error::from(error).kind(), io::ErrorKind::InvalidData);

    let tight = ReplyOptions::new().max_lines(2);
    let mut reader = ReplyReader::with_options(&b"250-a\r\n250-b\r\n250 c\r\n"[..], tight);
    let error = reader.read_reply().unwrap_err();
    assert!(
        matches!(&error, ReadReplyError::OverLimit(cause) if cause.kind() == ReplyErrorKind::TooManyLines)
    );
    assert_eq!(io::Error::from(error).kind(), io::ErrorKind::InvalidData);
}

#[test]
fn io_errors_pass_through_and_interruptions_are_retried() {
    let mut stream = Chunked::new(b"250 ok\r\n250-", &[3]);
    stream.error = Some(io::ErrorKind::ConnectionReset);
    let mut reader = ReplyReader::new(stream);
    assert_eq!(reader.read_reply().unwrap().code().as_u16(), 250);
    let error = reader.read_reply().unwrap_err();
    assert!(matches!(&error, ReadReplyError::Io(e) if e.kind() == io::ErrorKind::ConnectionReset));
    assert_eq!(
        io::Error::from(error).kind(),
        io::ErrorKind::ConnectionReset
    );

    /// Interrupted before every piece.
    struct Interrupting(Chunked, bool);
    impl Read for Interrupting {
        fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
            self.1 = !self.1;
            if self.1 {
                Err(io::ErrorKind::Interrupted.into())
            } else {
                self.0.read(out)
            }
        }
    }
    let mut reader = ReplyReader::new(Interrupting(Chunked::new(SESSION, &[7]), false));
    assert_eq!(read_all(&mut reader).0, parse_all(SESSION));
}

/// A hostile server that sends continuation lines, or one line, forever:
/// the reader stops at the limits, having taken a bounded number of bytes.
#[test]
fn an_endless_reply_is_bounded() {
    struct Endless(&'static [u8], usize);
    impl Read for Endless {
        fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
            for (index, byte) in out.iter_mut().enumerate() {
                *byte = self.0[(self.1 + index) % self.0.len()];
            }
            self.1 += out.len();
            Ok(out.len())
        }
    }
    let bound = ReplyOptions::DEFAULT_MAX_LINES * ReplyOptions::DEFAULT_MAX_LINE_LENGTH + 4096;
    for (pattern, limit) in [
        (&b"250-xxxxxxxx\r\n"[..], ReplyErrorKind::TooManyLines),
        (&b"xxxxxxxxxxxx"[..], ReplyErrorKind::BadCode),
    ] {
        let mut reader = ReplyReader::new(Endless(pattern, 0));
        let error = reader.read_reply().unwrap_err();
        let (ReadReplyError::OverLimit(cause) | ReadReplyError::Malformed(cause)) = &error else {
            panic!("{error:?}")
        };
        assert_eq!(cause.kind(), limit);
        assert!(
            reader.get_ref().1 <= bound,
            "{} bytes read",
            reader.get_ref().1
        );
    }
    let mut reader = ReplyReader::new(Endless(b"250 yyyyyyyyyyyy", 0));
    let error = reader.read_reply().unwrap_err();
    assert!(
        matches!(&error, ReadReplyError::OverLimit(cause) if cause.kind() == ReplyErrorKind::LineTooLong)
    );
    assert!(reader.get_ref().1 <= ReplyOptions::DEFAULT_MAX_LINE_LENGTH + 4096);
}

proptest! {
    /// Over any chunking of any bytes, the reader never panics and gives
    /// the replies `Reply::parse` finds in the whole input, in order.
    #[test]
    fn any_chunking_agrees_with_parse(
        prefix in prop::sample::select(vec![SESSION, b"250 ok\r\n", b""]),
        noise in prop::collection::vec(any::<u8>(), 0..64),
        sizes in prop::collection::vec(1usize..40, 1..8),
    ) {
        let mut input = prefix.to_vec();
        input.extend_from_slice(&noise);
        let mut reader = ReplyReader::new(Chunked::new(&input, &sizes));
        let (replies, _) = read_all(&mut reader);
        prop_assert_eq!(replies, parse_all(&input));
    }
}
