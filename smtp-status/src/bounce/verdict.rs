//! Retry or give up: RFC 5321's rule, with its exceptions.

use crate::{Class, Reply, ReplyCode};
use core::fmt;

/// What the sender does after a reply.
///
/// ```
/// use smtp_status::{Command, Reply, Verdict};
///
/// let (reply, _) = Reply::parse(b"451 4.7.1 Greylisted, try again later\r\n")?;
/// assert_eq!(reply.verdict(None), Verdict::Retry);
///
/// // A 552 in reply to RCPT means "too many recipients": send the rest
/// // later (RFC 5321 section 4.5.3.1.10).
/// let (reply, _) = Reply::parse(b"552 5.5.3 Too many recipients\r\n")?;
/// assert_eq!(reply.verdict(Some(Command::Rcpt)), Verdict::Retry);
/// assert_eq!(reply.verdict(Some(Command::DataEnd)), Verdict::GiveUp);
/// # Ok::<(), smtp_status::ReplyError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Verdict {
    /// 2yz: the command succeeded.
    Done,
    /// 3yz: go on with the next part of the command (DATA's message, an
    /// AUTH exchange).
    Continue,
    /// 4yz (and the exceptions): the same message may succeed later.
    Retry,
    /// 5yz: do not send this message to this recipient again as it is.
    GiveUp,
}

/// The command a reply answers, where the verdict depends on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Command {
    /// The greeting, before any command.
    Greeting,
    /// EHLO or HELO.
    Hello,
    /// MAIL FROM.
    Mail,
    /// RCPT TO.
    Rcpt,
    /// DATA (the 354 or the refusal of it).
    Data,
    /// The end of the message, after DATA.
    DataEnd,
    /// STARTTLS (RFC 3207).
    StartTls,
    /// Any other command.
    Other,
}

impl Verdict {
    /// The verdict on a reply code, given the command it answers when it
    /// is known.
    ///
    /// The reply code decides, by its first digit (RFC 5321 §4.2.1); an
    /// enhanced code of another class does not overrule it. `Reply::parse`
    /// does not even read such an enhanced code (RFC 2034 requires the
    /// classes to match), and Postfix's client likewise takes the class
    /// from the reply code. The exception: a 552 in reply to RCPT is
    /// temporary, "too many recipients" (RFC 5321 §4.5.3.1.10).
    #[must_use]
    pub const fn of(code: ReplyCode, command: Option<Command>) -> Verdict {
        if code.as_u16() == 552 && matches!(command, Some(Command::Rcpt)) {
            return Verdict::Retry;
        }
        match code.class() {
            Class::PositiveCompletion => Verdict::Done,
            Class::PositiveIntermediate => Verdict::Continue,
            Class::TransientNegative => Verdict::Retry,
            Class::PermanentNegative => Verdict::GiveUp,
        }
    }

    /// The verdict's stable lowercase name, as it serializes: `"done"`,
    /// `"continue"`, `"retry"` or `"give_up"`.
    ///
    /// ```
    /// assert_eq!(smtp_status::Verdict::GiveUp.as_str(), "give_up");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Verdict::Done => "done",
            Verdict::Continue => "continue",
            Verdict::Retry => "retry",
            Verdict::GiveUp => "give_up",
        }
    }

    /// `true` for [`Retry`](Verdict::Retry).
    #[must_use]
    pub const fn is_retry(self) -> bool {
        matches!(self, Verdict::Retry)
    }
}

impl Command {
    /// The command's stable lowercase name, as it serializes: `"greeting"`,
    /// `"hello"`, `"mail"`, `"rcpt"`, `"data"`, `"data_end"`, `"starttls"` or
    /// `"other"`.
    ///
    /// ```
    /// assert_eq!(smtp_status::Command::Rcpt.as_str(), "rcpt");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Command::Greeting => "greeting",
            Command::Hello => "hello",
            Command::Mail => "mail",
            Command::Rcpt => "rcpt",
            Command::Data => "data",
            Command::DataEnd => "data_end",
            Command::StartTls => "starttls",
            Command::Other => "other",
        }
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Verdict::Done => "done",
            Verdict::Continue => "continue",
            Verdict::Retry => "retry later",
            Verdict::GiveUp => "give up",
        })
    }
}

impl Reply<'_> {
    /// Retry or give up, after this reply to `command` (if known); see
    /// [`Verdict::of`].
    #[must_use]
    pub const fn verdict(&self, command: Option<Command>) -> Verdict {
        Verdict::of(self.code(), command)
    }
}
