//! A server's reply to EHLO, written by the reply-writing rules of the
//! crate: one extension a line, the whole split to RFC 5321's 512 octets,
//! and text that cannot forge a line (a CR, a NUL or a line feed in a
//! parameter is an error).

use super::{Extension, Limits};
use crate::{BuildReplyError, ReplyBuf, ReplyCode};
use alloc::format;
use alloc::string::String;

/// One line of an EHLO reply: an extension, and its parameters where it
/// takes any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Advertised<'a> {
    /// An extension without parameters (`PIPELINING`, `STARTTLS`...).
    Plain(Extension),
    /// `SIZE n`: the largest message taken.
    Size(u64),
    /// `AUTH` and the mechanisms taken.
    Auth(&'a [&'a str]),
    /// `LIMITS` and the limits set (RFC 9422).
    Limits(Limits),
    /// Any other keyword and its parameters (`""` for none).
    Other(&'a str, &'a str),
}

/// The reply to EHLO: 250, `domain` and `greeting` on the first line,
/// then one line per extension.
///
/// ```
/// use smtp_status::{ehlo_reply, Advertised, Extension, Limits};
///
/// let reply = ehlo_reply(
///     "mx.example.com",
///     "Hello",
///     &[
///         Advertised::Plain(Extension::Pipelining),
///         Advertised::Size(10_485_760),
///         Advertised::Auth(&["PLAIN", "LOGIN"]),
///         Advertised::Limits(Limits::new(None, Some(100), None)),
///     ],
/// )?;
/// assert_eq!(
///     reply.as_bytes(),
///     b"250-mx.example.com Hello\r\n250-PIPELINING\r\n250-SIZE 10485760\r\n\
///       250-AUTH PLAIN LOGIN\r\n250 LIMITS RCPTMAX=100\r\n"
/// );
/// # Ok::<(), smtp_status::BuildReplyError>(())
/// ```
///
/// # Errors
///
/// [`BuildReplyError`] where a text holds a CR or a NUL, or would not fit
/// a line; a line feed in a domain, greeting or parameter would start a
/// line of its own, and is refused as a CR is.
pub fn ehlo_reply(
    domain: &str,
    greeting: &str,
    extensions: &[Advertised<'_>],
) -> Result<ReplyBuf, BuildReplyError> {
    let mut text = String::from(domain);
    if !greeting.is_empty() {
        text.push(' ');
        text.push_str(greeting);
    }
    // A line feed starts a line: in caller text it would advertise what
    // the caller did not mean to. Refused like the CR it stands for.
    if text.contains('\n') {
        return Err(BuildReplyError::CarriageReturn { line: 1 });
    }
    for (index, extension) in extensions.iter().enumerate() {
        let line = match extension {
            Advertised::Plain(extension) => String::from(extension.keyword()),
            Advertised::Size(size) => format!("SIZE {size}"),
            Advertised::Auth(mechanisms) => {
                let mut line = String::from("AUTH");
                for mechanism in *mechanisms {
                    line.push(' ');
                    line.push_str(mechanism);
                }
                line
            }
            Advertised::Limits(limits) => {
                let mut line = String::from("LIMITS");
                for (name, value) in [
                    ("MAILMAX", limits.mail_max()),
                    ("RCPTMAX", limits.rcpt_max()),
                    ("RCPTDOMAINMAX", limits.rcpt_domain_max()),
                ] {
                    if let Some(value) = value {
                        line.push_str(&format!(" {name}={value}"));
                    }
                }
                line
            }
            Advertised::Other(keyword, "") => String::from(*keyword),
            Advertised::Other(keyword, params) => format!("{keyword} {params}"),
        };
        if line.contains('\n') {
            return Err(BuildReplyError::CarriageReturn { line: index + 2 });
        }
        text.push('\n');
        text.push_str(&line);
    }
    let code = ReplyCode::new(250).ok_or(BuildReplyError::NotAReplyCode(250))?;
    ReplyBuf::new(code, None, &text)
}

#[cfg(test)]
mod tests {
    use super::{ehlo_reply, Advertised};
    use crate::{BuildReplyError, Ehlo, Extension, Limits, Reply};

    #[test]
    fn what_is_written_reads_back() {
        let advertised = [
            Advertised::Plain(Extension::Pipelining),
            Advertised::Size(1000),
            Advertised::Plain(Extension::EnhancedStatusCodes),
            Advertised::Auth(&["PLAIN"]),
            Advertised::Limits(Limits::new(Some(5), Some(50), Some(3))),
            Advertised::Other("X-EXPERIMENT", "a b"),
        ];
        let reply = ehlo_reply("mx.example.com", "", &advertised).unwrap();
        let (parsed, _) = Reply::parse(reply.as_bytes()).unwrap();
        let ehlo = Ehlo::parse(&parsed).unwrap();
        assert_eq!(ehlo.domain(), "mx.example.com");
        assert_eq!(ehlo.size(), Some(1000));
        assert!(ehlo.has(Extension::Pipelining) && ehlo.has(Extension::EnhancedStatusCodes));
        assert_eq!(ehlo.limits(), Some(Limits::new(Some(5), Some(50), Some(3))));
        assert_eq!(ehlo.params("x-experiment"), Some("a b"));
    }

    #[test]
    fn caller_text_cannot_add_a_line() {
        assert_eq!(
            ehlo_reply("mx\n250 STARTTLS", "", &[]),
            Err(BuildReplyError::CarriageReturn { line: 1 })
        );
        assert_eq!(
            ehlo_reply("mx", "", &[Advertised::Other("X", "y\nSMTPUTF8")]),
            Err(BuildReplyError::CarriageReturn { line: 2 })
        );
        assert!(ehlo_reply("mx\r", "", &[]).is_err());
    }
}
