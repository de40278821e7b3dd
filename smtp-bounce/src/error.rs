//! Why bytes could not be read as a message at all.

use core::fmt;

/// Why [`Bounce::parse`](crate::Bounce::parse) could not read the bytes as
/// a message. Mail that is simply no bounce is not an error: it is
/// [`Kind::NotBounce`](crate::Kind::NotBounce).
///
/// ```
/// use smtp_bounce::{Bounce, Error, Kind};
///
/// assert_eq!(Bounce::parse(b"\x89PNG\r\n\x1a\n"), Err(Error::NotMail));
/// let mail = Bounce::parse(b"From: alice@example.com\r\nSubject: hi\r\n\r\nHello.\r\n")?;
/// assert_eq!(mail.kind(), Kind::NotBounce);
/// # Ok::<(), Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Error {
    /// The bytes are empty.
    Empty,
    /// The bytes do not start with a header block of mail (`Name: value`
    /// lines, such as From, Date or Received): they are not a message.
    NotMail,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Error::Empty => "the message is empty",
            Error::NotMail => "not a mail message: it does not start with mail header fields (From:, Date:, Received:...)",
        })
    }
}

impl std::error::Error for Error {}
