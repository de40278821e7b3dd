//! Deprecated variants: the generated code names every variant, and must
//! not make the user's crate warn for it.

use smtp_status::SmtpCodes;

/// Through the derive.
#[derive(SmtpCodes, Debug, Clone, Copy, PartialEq, Eq)]
#[smtp(serde)]
pub enum Legacy {
    /// Accepted.
    Accepted = 250,
    /// The old name of `Accepted`, with a code of its own.
    #[deprecated(note = "use `Legacy::Accepted`")]
    Queued = 251,
}

smtp_status::smtp_codes! {
    /// Through `smtp_codes!`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum LegacyDeclared {
        /// Accepted.
        Accepted = 250,
        /// The old name of `Accepted`, with a code of its own.
        #[deprecated(note = "use `LegacyDeclared::Accepted`")]
        #[smtp(code = 251)]
        Queued,
    }
}

#[cfg(test)]
mod tests {
    #![allow(deprecated)]
    use super::{Legacy, LegacyDeclared};

    #[test]
    fn deprecated_variants_keep_every_item() {
        assert_eq!(Legacy::from_code(251), Some(Legacy::Queued));
        assert_eq!(Legacy::Queued.name(), "Queued");
        assert_eq!(Legacy::ALL, [Legacy::Accepted, Legacy::Queued]);
        assert_eq!("251 ok".parse(), Ok(LegacyDeclared::Queued));
        assert_eq!(LegacyDeclared::Queued as i16, 251);
    }
}
