//! Command lines a client writes: the client side of the rule that
//! [`ReplyBuf`](crate::ReplyBuf) keeps for servers. A command holds no CR,
//! LF or NUL: caller text that does (an address taken from a web form, a
//! header copied into a command) would end the line early and start a
//! command the caller never meant, which a pipelining server then runs.

use core::fmt;

/// `line`, where it can go on the wire as one command (the caller adds
/// CRLF), or why not.
///
/// ```
/// use smtp_status::checked_command;
///
/// assert_eq!(checked_command("RCPT TO:<bob@example.com>"), Ok("RCPT TO:<bob@example.com>"));
/// let error = checked_command("RCPT TO:<bob@example.com>\r\nRSET").unwrap_err();
/// assert_eq!((error.byte(), error.at()), (b'\r', 25));
/// ```
///
/// # Errors
///
/// [`UnsafeCommandError`] for the first CR, LF or NUL in `line`.
pub fn checked_command(line: &str) -> Result<&str, UnsafeCommandError> {
    match line
        .bytes()
        .position(|byte| matches!(byte, b'\r' | b'\n' | 0))
    {
        Some(at) => Err(UnsafeCommandError {
            byte: line.as_bytes()[at],
            at,
        }),
        None => Ok(line),
    }
}

/// A command that cannot be sent as one line: it holds a CR, LF or NUL.
/// See [`checked_command`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct UnsafeCommandError {
    byte: u8,
    at: usize,
}

impl UnsafeCommandError {
    /// The byte refused: `b'\r'`, `b'\n'` or `0`.
    #[must_use]
    pub const fn byte(&self) -> u8 {
        self.byte
    }

    /// Where it is in the command, from 0.
    #[must_use]
    pub const fn at(&self) -> usize {
        self.at
    }
}

impl fmt::Display for UnsafeCommandError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.byte {
            b'\r' => "a CR",
            b'\n' => "a line feed",
            _ => "a NUL",
        };
        write!(
            f,
            "the command holds {what} at byte {}, which would end its line early and start another command",
            self.at
        )
    }
}

impl core::error::Error for UnsafeCommandError {}

#[cfg(test)]
mod tests {
    use super::checked_command;

    #[test]
    fn refuses_each_line_end_and_nul() {
        for (line, byte, at) in [
            ("MAIL FROM:<a@b>\rX", b'\r', 15),
            ("MAIL FROM:<a@b>\nX", b'\n', 15),
            ("MAIL\0", 0, 4),
        ] {
            let error = checked_command(line).unwrap_err();
            assert_eq!((error.byte(), error.at()), (byte, at));
        }
        assert_eq!(checked_command("NOOP"), Ok("NOOP"));
        assert_eq!(checked_command(""), Ok(""));
    }

    #[test]
    fn says_what_and_where() {
        let error = checked_command("RCPT TO:<x>\nRSET").unwrap_err();
        assert_eq!(
            std::string::ToString::to_string(&error),
            "the command holds a line feed at byte 11, which would end its line early and start another command"
        );
    }
}
