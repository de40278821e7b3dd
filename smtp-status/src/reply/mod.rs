//! Replies: parsing them from what a server sent, their codes, and the
//! limits and errors of reading them.

mod code;
mod error;
mod options;
mod parse;
mod scan;

pub use code::ReplyCode;
pub use error::{ReplyError, ReplyErrorKind};
pub use options::ReplyOptions;
pub use parse::{Lines, Reply};
