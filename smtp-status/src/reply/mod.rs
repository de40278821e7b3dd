//! Replies: parsing them from what a server sent, their codes, and the
//! limits and errors of reading them.

mod code;
mod error;
mod options;
mod parse;
#[cfg(feature = "std")]
mod read;
mod scan;
mod text;

pub use code::ReplyCode;
pub use error::{ReplyError, ReplyErrorKind};
pub use options::ReplyOptions;
pub use parse::{Lines, Reply};
#[cfg(feature = "std")]
pub use read::{ReadReplyError, ReplyReader};
pub use text::PeerText;
