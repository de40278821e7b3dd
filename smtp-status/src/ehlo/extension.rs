//! The service extensions an EHLO reply advertises, each with the RFC
//! that defines it.

use core::fmt;

/// A service extension of ESMTP, as an EHLO reply names it by its keyword.
///
/// ```
/// use smtp_status::Extension;
///
/// assert_eq!(Extension::from_keyword("starttls"), Some(Extension::StartTls));
/// assert_eq!(Extension::EightBitMime.keyword(), "8BITMIME");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Extension {
    /// `PIPELINING`: commands may be sent in groups (RFC 2920).
    Pipelining,
    /// `SIZE`: the largest message taken, declared on MAIL (RFC 1870).
    Size,
    /// `8BITMIME`: 8-bit message bodies (RFC 6152).
    EightBitMime,
    /// `SMTPUTF8`: UTF-8 addresses and headers (RFC 6531).
    SmtpUtf8,
    /// `STARTTLS`: the session may switch to TLS (RFC 3207).
    StartTls,
    /// `CHUNKING`: the message sent in BDAT chunks (RFC 3030).
    Chunking,
    /// `DSN`: delivery status notifications asked for (RFC 3461).
    Dsn,
    /// `ENHANCEDSTATUSCODES`: replies carry RFC 3463 codes (RFC 2034).
    EnhancedStatusCodes,
    /// `AUTH`: the client may authenticate, by the mechanisms named (RFC
    /// 4954).
    Auth,
    /// `LIMITS`: how many transactions and recipients a session takes (RFC
    /// 9422).
    Limits,
    /// `REQUIRETLS`: a message may require TLS all the way (RFC 8689).
    RequireTls,
    /// `BINARYMIME`: binary bodies, with CHUNKING (RFC 3030).
    BinaryMime,
    /// `DELIVERBY`: a deadline for delivery (RFC 2852).
    DeliverBy,
    /// `MT-PRIORITY`: message priorities (RFC 6710).
    MtPriority,
    /// `BURL`: a message part taken from an IMAP URL (RFC 4468).
    Burl,
    /// `ETRN`: the client may ask for its queue to be run (RFC 1985).
    Etrn,
    /// `VRFY`: addresses may be verified (RFC 5321 §3.5).
    Vrfy,
    /// `HELP`: the server answers HELP (RFC 5321 §4.1.1.8).
    Help,
    /// `EXPN`: mailing lists may be expanded (RFC 5321 §3.5).
    Expn,
}

impl Extension {
    /// Every extension, in declaration order.
    pub const ALL: [Extension; 19] = [
        Extension::Pipelining,
        Extension::Size,
        Extension::EightBitMime,
        Extension::SmtpUtf8,
        Extension::StartTls,
        Extension::Chunking,
        Extension::Dsn,
        Extension::EnhancedStatusCodes,
        Extension::Auth,
        Extension::Limits,
        Extension::RequireTls,
        Extension::BinaryMime,
        Extension::DeliverBy,
        Extension::MtPriority,
        Extension::Burl,
        Extension::Etrn,
        Extension::Vrfy,
        Extension::Help,
        Extension::Expn,
    ];

    /// The keyword an EHLO reply names it by, in upper case.
    #[must_use]
    pub const fn keyword(self) -> &'static str {
        match self {
            Extension::Pipelining => "PIPELINING",
            Extension::Size => "SIZE",
            Extension::EightBitMime => "8BITMIME",
            Extension::SmtpUtf8 => "SMTPUTF8",
            Extension::StartTls => "STARTTLS",
            Extension::Chunking => "CHUNKING",
            Extension::Dsn => "DSN",
            Extension::EnhancedStatusCodes => "ENHANCEDSTATUSCODES",
            Extension::Auth => "AUTH",
            Extension::Limits => "LIMITS",
            Extension::RequireTls => "REQUIRETLS",
            Extension::BinaryMime => "BINARYMIME",
            Extension::DeliverBy => "DELIVERBY",
            Extension::MtPriority => "MT-PRIORITY",
            Extension::Burl => "BURL",
            Extension::Etrn => "ETRN",
            Extension::Vrfy => "VRFY",
            Extension::Help => "HELP",
            Extension::Expn => "EXPN",
        }
    }

    /// The extension whose keyword is `keyword`, in any case.
    #[must_use]
    pub fn from_keyword(keyword: &str) -> Option<Extension> {
        // The keyword in upper case, then one comparison a known length.
        let mut upper = [0u8; 20];
        let bytes = keyword.as_bytes();
        if bytes.len() > upper.len() {
            return None;
        }
        for (to, from) in upper.iter_mut().zip(bytes) {
            *to = from.to_ascii_uppercase();
        }
        Some(match &upper[..bytes.len()] {
            b"PIPELINING" => Extension::Pipelining,
            b"SIZE" => Extension::Size,
            b"8BITMIME" => Extension::EightBitMime,
            b"SMTPUTF8" => Extension::SmtpUtf8,
            b"STARTTLS" => Extension::StartTls,
            b"CHUNKING" => Extension::Chunking,
            b"DSN" => Extension::Dsn,
            b"ENHANCEDSTATUSCODES" => Extension::EnhancedStatusCodes,
            b"AUTH" => Extension::Auth,
            b"LIMITS" => Extension::Limits,
            b"REQUIRETLS" => Extension::RequireTls,
            b"BINARYMIME" => Extension::BinaryMime,
            b"DELIVERBY" => Extension::DeliverBy,
            b"MT-PRIORITY" => Extension::MtPriority,
            b"BURL" => Extension::Burl,
            b"ETRN" => Extension::Etrn,
            b"VRFY" => Extension::Vrfy,
            b"HELP" => Extension::Help,
            b"EXPN" => Extension::Expn,
            _ => return None,
        })
    }

    /// The extension's bit in a set of them: its place in [`ALL`](Self::ALL).
    pub(crate) const fn bit(self) -> u32 {
        1 << self as u32
    }
}

impl fmt::Display for Extension {
    /// The keyword.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.keyword())
    }
}

#[cfg(test)]
mod tests {
    use super::Extension;

    #[test]
    fn every_keyword_reads_back() {
        for extension in Extension::ALL {
            assert_eq!(
                Extension::from_keyword(extension.keyword()),
                Some(extension)
            );
            assert_eq!(
                Extension::from_keyword(&extension.keyword().to_ascii_lowercase()),
                Some(extension)
            );
        }
        assert_eq!(Extension::from_keyword("X-UNKNOWN"), None);
        assert_eq!(
            Extension::from_keyword("A-KEYWORD-FAR-TOO-LONG-TO-BE-ONE"),
            None
        );
    }
}
