//! A `#![no_std]` crate that uses the documented enum, the derive, and the
//! reply parser. CI builds it alone (`cargo build -p smtp-status-no-std`), so
//! that smtp-status is built without its `std` feature; its tests run with
//! the test harness, which brings `std` only to them.
#![no_std]

use smtp_status::{Class, Reply, SmtpCodes, SmtpStatusCode};

/// A device's own codes.
#[derive(SmtpCodes, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relay {
    /// The relay took the message.
    #[smtp(code = 250)]
    Taken,
    /// The relay is busy.
    #[smtp(code = 421)]
    Busy,
}

/// The code of the reply at the start of `input`, the documented variant
/// if any, and whether to retry.
pub fn triage(input: &[u8]) -> Option<(u16, Option<SmtpStatusCode>, bool)> {
    let (reply, _) = Reply::parse(input).ok()?;
    let code = reply.code();
    let retry = code.class() == Class::TransientNegative;
    Some((code.as_u16(), code.known(), retry))
}

/// The relay's variant for `code`, through the generated `const fn`.
pub const fn relay(code: i16) -> Option<Relay> {
    Relay::from_code(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_classifies_without_std() {
        assert_eq!(
            triage(b"421 4.3.2 Service shutting down\r\n"),
            Some((421, Some(SmtpStatusCode::ServiceNotAvailable), true))
        );
        assert_eq!(triage(b"555 5.5.4 no\r\n"), Some((555, None, false)));
        assert_eq!(triage(b"garbage\r\n"), None);
        const BUSY: Option<Relay> = relay(421);
        assert_eq!(BUSY, Some(Relay::Busy));
        assert_eq!("250 ok".parse(), Ok(Relay::Taken));
    }
}
