//! Conversions from the reply types of lettre (the `lettre` feature) and
//! smtp-proto (the `smtp-proto` feature): a user of those crates gets this
//! crate's classification, enhanced codes and meanings in one call.

#[cfg(any(feature = "lettre", feature = "smtp-proto"))]
use crate::{BuildReplyError, ReplyBuf, ReplyCode};

#[cfg(feature = "lettre")]
mod lettre_replies {
    use super::{BuildReplyError, ReplyBuf, ReplyCode};
    use lettre::transport::smtp::response::{Code, Response};
    use lettre::transport::smtp::Error;
    use std::string::{String, ToString};
    use std::vec::Vec;

    /// Every lettre `Code` is a valid reply code: its digits are enums of
    /// the ranges RFC 5321 allows.
    ///
    /// ```
    /// use lettre::transport::smtp::response::{Category, Code, Detail, Severity};
    /// use smtp_status::{ReplyCode, SmtpStatusCode};
    ///
    /// let code = Code::new(Severity::PermanentNegativeCompletion, Category::MailSystem, Detail::Zero);
    /// assert_eq!(ReplyCode::from(code).known(), Some(SmtpStatusCode::MailboxUnavailable));
    /// ```
    impl From<Code> for ReplyCode {
        fn from(code: Code) -> ReplyCode {
            // Severity 2..=5, category 0..=5, detail 0..=9: always valid.
            ReplyCode(u16::from(code))
        }
    }

    /// A lettre `Response` as a reply: its code and lines (the enhanced
    /// code, if any, stays at the start of each line's text, where lettre
    /// leaves it). Lines longer than 512 octets are split.
    ///
    /// # Errors
    ///
    /// [`BuildReplyError`] where a line holds a CR or NUL.
    impl TryFrom<&Response> for ReplyBuf {
        type Error = BuildReplyError;

        fn try_from(response: &Response) -> Result<ReplyBuf, BuildReplyError> {
            let lines: Vec<&str> = response.message().collect();
            ReplyBuf::new(response.code().into(), None, &lines.join("\n"))
        }
    }

    /// The reply that a lettre SMTP error was made of, for an error that
    /// came from one (a 4yz or 5yz reply): its code and text, which lettre
    /// keeps on one line.
    ///
    /// # Errors
    ///
    /// [`BuildReplyError::NoReply`] for an error of another kind (network,
    /// TLS, a client error), or as [`ReplyBuf::new`].
    impl TryFrom<&Error> for ReplyBuf {
        type Error = BuildReplyError;

        fn try_from(error: &Error) -> Result<ReplyBuf, BuildReplyError> {
            let code = error.status().ok_or(BuildReplyError::NoReply)?;
            let text =
                std::error::Error::source(error).map_or_else(String::new, ToString::to_string);
            ReplyBuf::new(code.into(), None, &text)
        }
    }
}

#[cfg(feature = "smtp-proto")]
mod smtp_proto_replies {
    use super::{BuildReplyError, ReplyBuf, ReplyCode};
    use crate::EnhancedStatusCode;
    use core::fmt::Display;
    use smtp_proto::Response;
    use std::string::ToString;

    /// An smtp-proto `Response` as a reply: its code, its enhanced code
    /// (`esc`, where it is not `[0, 0, 0]`) on every line, and its message,
    /// each `\n` starting a line.
    ///
    /// ```
    /// use smtp_status::ReplyBuf;
    ///
    /// let response = smtp_proto::Response { code: 550, esc: [5, 1, 1], message: "No such user" };
    /// let reply = ReplyBuf::try_from(&response)?;
    /// assert_eq!(reply.as_bytes(), b"550 5.1.1 No such user\r\n");
    /// let bad = smtp_proto::Response { code: 650, esc: [0; 3], message: "x" };
    /// assert!(ReplyBuf::try_from(&bad).is_err());
    /// # Ok::<(), smtp_status::BuildReplyError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`BuildReplyError::InvalidCode`] for a code RFC 5321 does not allow,
    /// [`BuildReplyError::InvalidEnhancedCode`] for an `esc` that is no
    /// enhanced code, or as [`ReplyBuf::new`].
    impl<T: Display> TryFrom<&Response<T>> for ReplyBuf {
        type Error = BuildReplyError;

        fn try_from(response: &Response<T>) -> Result<ReplyBuf, BuildReplyError> {
            let code =
                ReplyCode::new(response.code).ok_or(BuildReplyError::InvalidCode(response.code))?;
            let enhanced = match response.esc {
                [0, 0, 0] => None,
                [class, subject, detail] => Some(
                    EnhancedStatusCode::new(class, subject.into(), detail.into())
                        .ok_or(BuildReplyError::InvalidEnhancedCode(response.esc))?,
                ),
            };
            ReplyBuf::new(code, enhanced, &response.message.to_string())
        }
    }
}
