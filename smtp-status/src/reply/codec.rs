//! The tokio codec (the `tokio` feature): [`ReplyCodec`].

use crate::reply::read::ReadReplyError;
use crate::{Reply, ReplyBuf, ReplyOptions};
use bytes::{Buf, BytesMut};
use std::io;
use tokio_util::codec::{Decoder, Encoder};

/// A `tokio-util` codec of replies: it decodes each whole reply from the
/// bytes a connection gives into a [`ReplyBuf`], and encodes a `ReplyBuf`
/// as its wire form. A client reads a server's replies with it
/// (`FramedRead`), a server sends its own (`FramedWrite`).
///
/// As with [`ReplyReader`](crate::ReplyReader), a reply that grows past the
/// [`ReplyOptions`] limits is an error, so the read buffer stays bounded.
///
/// ```
/// use bytes::BytesMut;
/// use smtp_status::ReplyCodec;
/// use tokio_util::codec::Decoder;
///
/// let mut codec = ReplyCodec::new();
/// let mut received = BytesMut::from(&b"250-mx.example.com\r\n250 SIZE"[..]);
/// assert!(codec.decode(&mut received)?.is_none()); // not whole yet
/// received.extend_from_slice(b" 1000\r\n220 next");
/// let reply = codec.decode(&mut received)?.unwrap();
/// assert_eq!(reply.as_reply().line_count(), 2);
/// assert_eq!(&received[..], b"220 next");
/// # Ok::<(), smtp_status::ReadReplyError>(())
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct ReplyCodec {
    options: ReplyOptions,
}

impl ReplyCodec {
    /// A codec with the default [`ReplyOptions`].
    #[must_use]
    pub const fn new() -> ReplyCodec {
        ReplyCodec {
            options: ReplyOptions::new(),
        }
    }

    /// A codec with the given limits and leniency.
    #[must_use]
    pub const fn with_options(options: ReplyOptions) -> ReplyCodec {
        ReplyCodec { options }
    }
}

impl Decoder for ReplyCodec {
    type Item = ReplyBuf;
    type Error = ReadReplyError;

    fn decode(&mut self, src: &mut BytesMut) -> Result<Option<ReplyBuf>, ReadReplyError> {
        match Reply::parse_with(src, &self.options) {
            Ok((reply, used)) => {
                let reply = ReplyBuf::from(reply);
                src.advance(used);
                Ok(Some(reply))
            }
            Err(error) if error.is_incomplete() => Ok(None),
            Err(error) => Err(ReadReplyError::invalid(error)),
        }
    }

    fn decode_eof(&mut self, src: &mut BytesMut) -> Result<Option<ReplyBuf>, ReadReplyError> {
        match self.decode(src)? {
            Some(reply) => Ok(Some(reply)),
            None if src.is_empty() => Ok(None),
            None => Err(ReadReplyError::Truncated {
                received: src.len(),
            }),
        }
    }
}

impl Encoder<&ReplyBuf> for ReplyCodec {
    type Error = io::Error;

    fn encode(&mut self, reply: &ReplyBuf, dst: &mut BytesMut) -> Result<(), io::Error> {
        dst.extend_from_slice(reply.as_bytes());
        Ok(())
    }
}
