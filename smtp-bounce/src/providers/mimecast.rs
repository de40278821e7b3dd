//! Mimecast (the gateway in front of many companies' mail, mimecast.com):
//! its list of SMTP error codes names each refusal by its reply code and
//! a fixed phrase.

use super::Seen;
use smtp_status::Reason;

/// Mimecast's refusals: the reply code, the phrase (lowercase), and what
/// it means.
const REFUSALS: [(u16, &str, Reason); 22] = [
    // The sender's SPF, DKIM or DMARC check failed.
    (550, "spf sender invalid", Reason::AuthFailure),
    (550, "dkim sender invalid", Reason::AuthFailure),
    (550, "dmarc sender invalid", Reason::AuthFailure),
    // The sending address's reputation, checked as the message goes on.
    (550, "local ct ip reputation", Reason::BadReputation),
    // A policy of blocked senders, for a while.
    (421, "sender address blocked", Reason::Blocked),
    (451, "ip temporarily blacklisted", Reason::Blocked),
    // The recipient's policy insists on TLS, a version or a cipher: a
    // security setting of one side or the other.
    (553, "this route requires encryption", Reason::SecurityError),
    (
        553,
        "this route requires tls version",
        Reason::SecurityError,
    ),
    (
        553,
        "this route requires high-strength ciphers",
        Reason::SecurityError,
    ),
    (554, "maximum email size exceeded", Reason::MesgTooBig),
    (554, "mail loop detected", Reason::NetworkError),
    (451, "open relay not allowed", Reason::NoRelaying),
    (451, "open relay is not allowed", Reason::NoRelaying),
    (451, "account inbounds disabled", Reason::NotAccept),
    // Anti-spoofing, content and geographical policies.
    (550, "anti-spoofing policy", Reason::PolicyViolation),
    (550, "content examination policy", Reason::PolicyViolation),
    (554, "host network not allowed", Reason::PolicyViolation),
    // The recipient's own list of blocked senders.
    (550, "envelope blocked - user", Reason::Rejected),
    (
        550,
        "administrative prohibition envelope blocked",
        Reason::Rejected,
    ),
    (452, "too many recipients", Reason::TooManyConn),
    (550, "invalid recipient", Reason::UserUnknown),
    // A virus signature, or a spam score past the maximum: Mimecast's
    // MCSpamSignature and the like.
    (
        554,
        "email rejected due to security policies",
        Reason::VirusDetected,
    ),
];

pub(super) fn reason(seen: &Seen<'_>) -> Option<Reason> {
    if !seen.is(&["mimecast.com"], &[]) {
        return None;
    }
    let code = seen.entry.reply_code?.as_u16();
    REFUSALS
        .iter()
        .find(|(refused, words, _)| *refused == code && seen.text.contains(words))
        .map(|(_, _, reason)| *reason)
}

#[cfg(test)]
mod tests {
    use crate::formats::Entry;
    use smtp_status::{Reason, ReplyCode};

    fn refused(code: u16, diagnostic: &str) -> Option<Reason> {
        super::super::reason(&Entry {
            address: "bob@example.co.uk".to_owned(),
            remote_mta: Some("service22.mimecast.com".to_owned()),
            reply_code: ReplyCode::new(code),
            diagnostic: diagnostic.to_owned(),
            ..Entry::default()
        })
    }

    #[test]
    fn reads_mimecasts_codes() {
        let signature = "554 email rejected due to security policies - MCSpamSignature.sa.2.2";
        assert_eq!(refused(554, signature), Some(Reason::VirusDetected));
        let tls = "553 This route requires encryption (TLS)";
        assert_eq!(refused(553, tls), Some(Reason::SecurityError));
    }

    #[test]
    fn the_code_and_the_phrase_both() {
        assert_eq!(refused(550, "550 maximum email size exceeded"), None);
        assert_eq!(refused(554, "554 something of its own"), None);
    }
}
