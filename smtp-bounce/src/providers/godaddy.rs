//! GoDaddy (secureserver.net): its bounce codes "IBnnn" name the limit or
//! list that refused, whatever the enhanced code before them says.

use super::Seen;
use smtp_status::Reason;

pub(super) fn reason(seen: &Seen<'_>) -> Option<Reason> {
    if !seen.is(&["secureserver.net"], &["x.co/rlbounce", " ib"]) {
        return None;
    }
    // The code and what GoDaddy publishes for it.
    const CODES: [(&str, Reason); 9] = [
        ("ib401", Reason::Blocked),         // the sending IP is on a block list
        ("ib501", Reason::Blocked),         // the sending IP is blocked for spam
        ("ib502", Reason::Blocked),         // the sending IP's reputation, blocked
        ("ib504", Reason::TooManyConn),     // too many connections from the IP
        ("ib506", Reason::Blocked),         // listed on a DNS block list
        ("ib508", Reason::RequirePtr),      // no reverse DNS for the sending IP
        ("ib605", Reason::PolicyViolation), // the message's content broke a policy
        ("ib607", Reason::Speeding),        // too many recipients this hour
        ("ib705", Reason::VirusDetected),   // a virus in the message
    ];
    super::by_code(seen, &CODES)
}

#[cfg(test)]
mod tests {
    use super::super::refused;
    use smtp_status::Reason;

    #[test]
    fn reads_godaddys_codes() {
        let hourly = "550 5.1.1 <bob@example.com> - 192.0.2.1 has sent to too many recipients this hour. IB607 <http://x.co/rlbounce>";
        assert_eq!(
            refused("bob@example.com", "smtp.secureserver.net", hourly),
            Some(Reason::Speeding)
        );
        assert_eq!(
            refused(
                "bob@example.com",
                "mx.example.com",
                "550 5.1.1 no such user"
            ),
            None
        );
    }
}
