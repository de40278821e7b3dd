//! Cloudflare Email Routing (route*.mx.cloudflare.net), whose postmaster
//! page explains its refusals in words of its own.

use super::Seen;
use smtp_status::Reason;

/// Cloudflare's words (lowercase), and what each says.
const WORDS: [(&str, Reason); 2] = [
    // The sending address is on a DNS block list.
    ("found on one or more dnsbls", Reason::Blocked),
    // The destination it forwards to failed.
    ("upstream error", Reason::SystemError),
];

pub(super) fn reason(seen: &Seen<'_>) -> Option<Reason> {
    if !seen.is(
        &["mx.cloudflare.net"],
        &["developers.cloudflare.com/email-routing"],
    ) {
        return None;
    }
    super::by_code(seen, &WORDS)
}

#[cfg(test)]
mod tests {
    use super::super::refused;
    use smtp_status::Reason;

    #[test]
    fn reads_cloudflares_words() {
        let remote = "route1.mx.cloudflare.net";
        let listed = "554 5.7.1 192.0.2.1 found on one or more DNSBLs, see https://developers.cloudflare.com/email-routing/postmaster/";
        assert_eq!(
            refused("vic@example.com", remote, listed),
            Some(Reason::Blocked)
        );
        let upstream = "451 4.3.0 Upstream error, please check https://developers.cloudflare.com/email-routing/postmaster/";
        assert_eq!(
            refused("vic@example.com", remote, upstream),
            Some(Reason::SystemError)
        );
        assert_eq!(
            refused("vic@example.com", "mx.example.com", "554 Upstream error"),
            None
        );
    }
}
