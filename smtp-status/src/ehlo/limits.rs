//! RFC 9422's LIMITS: how much a session may carry.

/// What an EHLO reply's `LIMITS` line says a session takes (RFC 9422):
/// each `None` where the server names no such limit, or names it with a
/// value that is not a number.
///
/// ```
/// use smtp_status::{Ehlo, Reply};
///
/// let (reply, _) = Reply::parse(b"250-mx.example.com\r\n250 LIMITS RCPTMAX=100 MAILMAX=10\r\n")?;
/// let limits = Ehlo::parse(&reply)?.limits().unwrap();
/// assert_eq!((limits.mail_max(), limits.rcpt_max()), (Some(10), Some(100)));
/// assert_eq!(limits.rcpt_domain_max(), None);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Limits {
    mail_max: Option<u32>,
    rcpt_max: Option<u32>,
    rcpt_domain_max: Option<u32>,
}

impl Limits {
    /// Limits with these values; `None` names no limit.
    #[must_use]
    pub const fn new(
        mail_max: Option<u32>,
        rcpt_max: Option<u32>,
        rcpt_domain_max: Option<u32>,
    ) -> Limits {
        Limits {
            mail_max,
            rcpt_max,
            rcpt_domain_max,
        }
    }

    /// Reads the parameters of a `LIMITS` line: `NAME=value` pairs
    /// separated by spaces, names in any case; an unknown name, or a value
    /// that is no number, is skipped.
    #[must_use]
    pub fn parse(params: &str) -> Limits {
        let mut limits = Limits::default();
        for pair in params.split_ascii_whitespace() {
            let Some((name, value)) = pair.split_once('=') else {
                continue;
            };
            let Ok(value) = value.parse::<u32>() else {
                continue;
            };
            if name.eq_ignore_ascii_case("MAILMAX") {
                limits.mail_max = Some(value);
            } else if name.eq_ignore_ascii_case("RCPTMAX") {
                limits.rcpt_max = Some(value);
            } else if name.eq_ignore_ascii_case("RCPTDOMAINMAX") {
                limits.rcpt_domain_max = Some(value);
            }
        }
        limits
    }

    /// `MAILMAX`: how many transactions (MAIL commands) a session takes.
    #[must_use]
    pub const fn mail_max(&self) -> Option<u32> {
        self.mail_max
    }

    /// `RCPTMAX`: how many recipients one transaction takes.
    #[must_use]
    pub const fn rcpt_max(&self) -> Option<u32> {
        self.rcpt_max
    }

    /// `RCPTDOMAINMAX`: how many recipient domains one transaction takes.
    #[must_use]
    pub const fn rcpt_domain_max(&self) -> Option<u32> {
        self.rcpt_domain_max
    }
}
