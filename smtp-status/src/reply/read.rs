//! Reading replies off a connection: [`ReplyReader`].

use super::parse::{Detached, Progress};
use crate::{Reply, ReplyBuf, ReplyError, ReplyErrorKind, ReplyOptions};
use core::fmt;
use std::io::{self, Read};
use std::vec::Vec;

/// How much is read from the connection at a time.
const CHUNK: usize = 4096;

/// Reads replies from anything that implements [`Read`] (a `TcpStream`,
/// say), one at a time: several that came in one read (pipelining) come
/// out one by one, and one that arrives in pieces is waited for.
///
/// Each reply is handed out borrowed from the reader's buffer, without an
/// allocation per reply. The buffer holds at most one reply within the
/// [`ReplyOptions`] limits and one read more, whatever the peer sends:
/// a reply that grows past the limits is an error, not more memory.
///
/// ```
/// use smtp_status::ReplyReader;
///
/// // Two pipelined replies, the second split across reads.
/// let stream: &[u8] = b"250 2.1.0 Ok\r\n250-2.1.5 Ok\r\n250 2.1.5 Ok too\r\n";
/// let mut reader = ReplyReader::new(stream);
/// let first = reader.read_reply()?;
/// assert_eq!(first.code().as_u16(), 250);
/// let second = reader.read_reply()?;
/// assert_eq!(second.line_count(), 2);
/// assert!(reader.read_reply().unwrap_err().is_closed());
/// # Ok::<(), smtp_status::ReadReplyError>(())
/// ```
pub struct ReplyReader<R> {
    reader: R,
    /// Received bytes live in `buffer[start..end]`; the rest is room.
    buffer: Vec<u8>,
    start: usize,
    end: usize,
    options: ReplyOptions,
}

impl<R> fmt::Debug for ReplyReader<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ReplyReader")
            .field("buffered", &(self.end - self.start))
            .field("options", &self.options)
            .finish_non_exhaustive()
    }
}

impl<R: Read> ReplyReader<R> {
    /// A reader with the default [`ReplyOptions`].
    #[must_use]
    pub fn new(reader: R) -> ReplyReader<R> {
        ReplyReader::with_options(reader, ReplyOptions::new())
    }

    /// A reader with the given limits and leniency.
    #[must_use]
    pub fn with_options(reader: R, options: ReplyOptions) -> ReplyReader<R> {
        ReplyReader {
            reader,
            buffer: Vec::new(),
            start: 0,
            end: 0,
            options,
        }
    }

    /// Reads the next reply, from what is buffered or from the connection.
    ///
    /// # Errors
    ///
    /// [`ReadReplyError`]: the connection ended before a reply or inside
    /// one, the bytes are not a valid reply or one over the limits, or
    /// reading failed. After an error the reader is out of step with the
    /// peer; a client closes the connection.
    #[inline]
    pub fn read_reply(&mut self) -> Result<Reply<'_>, ReadReplyError> {
        // Most calls find a whole reply buffered: one parse, from scratch.
        let mut progress = Progress::default();
        let received = &self.buffer[self.start..self.end];
        let (used, reply) = match Reply::parse_resuming(received, &self.options, &mut progress) {
            Ok((reply, used)) => (used, reply.detach()),
            Err(error) if error.is_incomplete() => self.read_rest(progress)?,
            Err(error) => return Err(ReadReplyError::invalid(error)),
        };
        // The reply is handed out and dropped from what is buffered at
        // once; its bytes stay where they are until the next `fill`.
        let begin = self.start;
        self.start += used;
        Ok(reply.attach(&self.buffer[begin..begin + used]))
    }

    /// Reads until the reply that has begun to come is whole, the parse
    /// going on from `progress` each time (so a reply that comes in pieces
    /// is looked at once); returns its length and what its parse found,
    /// without a borrow of the buffer, which `fill` needs.
    #[inline(never)]
    fn read_rest(&mut self, mut progress: Progress) -> Result<(usize, Detached), ReadReplyError> {
        loop {
            self.fill()?;
            let received = &self.buffer[self.start..self.end];
            match Reply::parse_resuming(received, &self.options, &mut progress) {
                Ok((reply, used)) => return Ok((used, reply.detach())),
                Err(error) if error.is_incomplete() => {}
                Err(error) => return Err(ReadReplyError::invalid(error)),
            }
        }
    }

    /// Reads the next reply and keeps it: [`read_reply`](Self::read_reply)
    /// with an owned [`ReplyBuf`] (one allocation for its bytes).
    ///
    /// # Errors
    ///
    /// As [`read_reply`](Self::read_reply).
    pub fn read_reply_buf(&mut self) -> Result<ReplyBuf, ReadReplyError> {
        self.read_reply().map(ReplyBuf::from)
    }

    /// Reads once more from the connection into the buffer. What is kept
    /// moves to the buffer's front only when the room behind it runs short,
    /// not at every read: a reply that comes in many small pieces is not
    /// copied again for each.
    fn fill(&mut self) -> Result<(), ReadReplyError> {
        if self.start == self.end {
            // Nothing kept: the whole buffer is room again.
            (self.start, self.end) = (0, 0);
        } else if self.buffer.len() - self.end < CHUNK / 2 && self.start > 0 {
            self.buffer.copy_within(self.start..self.end, 0);
            self.end -= self.start;
            self.start = 0;
        }
        if self.buffer.len() - self.end < CHUNK / 2 {
            self.buffer.resize(self.end + CHUNK, 0);
        }
        loop {
            match self.reader.read(&mut self.buffer[self.end..]) {
                Ok(0) if self.end == self.start => return Err(ReadReplyError::Closed),
                Ok(0) => {
                    return Err(ReadReplyError::Truncated {
                        received: self.end - self.start,
                    })
                }
                Ok(read) => {
                    self.end += read;
                    return Ok(());
                }
                Err(error) if error.kind() == io::ErrorKind::Interrupted => {}
                Err(error) => return Err(ReadReplyError::Io(error)),
            }
        }
    }

    /// The bytes received after the last reply handed out, not yet part of
    /// a whole reply.
    #[must_use]
    pub fn buffered(&self) -> &[u8] {
        &self.buffer[self.start..self.end]
    }

    /// The connection, to write commands to it.
    pub fn get_mut(&mut self) -> &mut R {
        &mut self.reader
    }

    /// The connection.
    #[must_use]
    pub fn get_ref(&self) -> &R {
        &self.reader
    }

    /// The connection back; what was buffered is lost.
    #[must_use]
    pub fn into_inner(self) -> R {
        self.reader
    }
}

/// Why [`ReplyReader::read_reply`] gave no reply.
///
/// It converts into [`io::Error`] for code that speaks that: a connection
/// that ended is [`UnexpectedEof`](io::ErrorKind::UnexpectedEof), an invalid
/// or over-limit reply [`InvalidData`](io::ErrorKind::InvalidData), and an
/// I/O error stays itself.
///
/// ```
/// use smtp_status::{ReadReplyError, ReplyReader};
///
/// let mut reader = ReplyReader::new(&b"250-first line\r\n"[..]);
/// let error = reader.read_reply().unwrap_err();
/// assert!(matches!(error, ReadReplyError::Truncated { received: 16 }));
/// let error = std::io::Error::from(error);
/// assert_eq!(error.kind(), std::io::ErrorKind::UnexpectedEof);
/// ```
#[derive(Debug)]
#[non_exhaustive]
pub enum ReadReplyError {
    /// Reading from the connection failed.
    Io(io::Error),
    /// The connection ended before a reply began.
    Closed,
    /// The connection ended inside a reply, after `received` bytes of it.
    Truncated {
        /// The bytes of the unfinished reply that came.
        received: usize,
    },
    /// A reply grew past a limit of the [`ReplyOptions`] (line length or
    /// line count).
    OverLimit(ReplyError),
    /// The bytes are not a valid reply.
    Malformed(ReplyError),
}

impl From<io::Error> for ReadReplyError {
    fn from(error: io::Error) -> ReadReplyError {
        ReadReplyError::Io(error)
    }
}

impl ReadReplyError {
    /// The error for bytes that are not a valid reply, or one over the
    /// limits.
    pub(crate) fn invalid(error: ReplyError) -> ReadReplyError {
        match error.kind() {
            ReplyErrorKind::LineTooLong | ReplyErrorKind::TooManyLines => {
                ReadReplyError::OverLimit(error)
            }
            _ => ReadReplyError::Malformed(error),
        }
    }

    /// `true` when the connection ended between replies.
    #[must_use]
    pub fn is_closed(&self) -> bool {
        matches!(self, ReadReplyError::Closed)
    }
}

impl fmt::Display for ReadReplyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadReplyError::Io(error) => write!(f, "reading a reply failed: {error}"),
            ReadReplyError::Closed => f.write_str("the connection ended before a reply"),
            ReadReplyError::Truncated { received } => write!(
                f,
                "the connection ended inside a reply, after {received} bytes of it"
            ),
            ReadReplyError::OverLimit(error) => write!(f, "reply over the limits: {error}"),
            ReadReplyError::Malformed(error) => write!(f, "malformed reply: {error}"),
        }
    }
}

impl std::error::Error for ReadReplyError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ReadReplyError::Io(error) => Some(error),
            ReadReplyError::OverLimit(error) | ReadReplyError::Malformed(error) => Some(error),
            ReadReplyError::Closed | ReadReplyError::Truncated { .. } => None,
        }
    }
}

impl From<ReadReplyError> for io::Error {
    fn from(error: ReadReplyError) -> io::Error {
        match error {
            ReadReplyError::Io(error) => error,
            ReadReplyError::Closed | ReadReplyError::Truncated { .. } => {
                io::Error::new(io::ErrorKind::UnexpectedEof, error)
            }
            ReadReplyError::OverLimit(_) | ReadReplyError::Malformed(_) => {
                io::Error::new(io::ErrorKind::InvalidData, error)
            }
        }
    }
}
