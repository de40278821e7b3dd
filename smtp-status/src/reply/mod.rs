//! Replies: parsing them from what a server sent (`parse`, with `code`,
//! `options` and `error`), reading them off a connection (`read`), owning
//! them (`owned`), writing them (`write`), and showing a peer's text
//! safely (`text`).

mod code;
#[cfg(feature = "tokio")]
mod codec;
mod error;
mod options;
#[cfg(feature = "alloc")]
mod owned;
mod parse;
#[cfg(any(feature = "lettre", feature = "smtp-proto"))]
mod peers;
#[cfg(feature = "std")]
pub(crate) mod read;
pub(crate) mod scan;
mod text;
mod write;

pub use code::ReplyCode;
#[cfg(feature = "tokio")]
pub use codec::ReplyCodec;
pub use error::{ReplyError, ReplyErrorKind};
pub use options::ReplyOptions;
#[cfg(feature = "alloc")]
pub use owned::ReplyBuf;
pub use parse::{Lines, Reply};
#[cfg(feature = "std")]
pub use read::{ReadReplyError, ReplyReader};
pub use text::PeerText;
pub use write::{BuildReplyError, OutgoingReply};
