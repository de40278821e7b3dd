//! Meta (facebook.com): its response codes ("RCP-P2", "POL-P1") name
//! refusals, published on its postmaster page.

use super::Seen;
use smtp_status::Reason;

pub(super) fn reason(seen: &Seen<'_>) -> Option<Reason> {
    if !seen.is(
        &["facebook.com", "facebookmail.com"],
        &["postmaster.facebook.com"],
    ) {
        return None;
    }
    const CODES: [(&str, Reason); 6] = [
        ("rcp-p1", Reason::UserUnknown),     // the address does not exist
        ("rcp-p2", Reason::Filtered),        // the recipient's preferences refuse it
        ("rcp-p3", Reason::Rejected),        // the recipient refuses this sender
        ("rcp-t1", Reason::SystemError),     // the address is not available now
        ("pol-p1", Reason::PolicyViolation), // the message breaks a policy
        ("pol-p2", Reason::Blocked),         // the sending host is refused
    ];
    super::by_code(seen, &CODES)
}

#[cfg(test)]
mod tests {
    use super::super::refused;
    use smtp_status::Reason;

    #[test]
    fn reads_metas_codes() {
        let preferences = "550 5.1.1 RCP-P2 http://postmaster.facebook.com/response_codes?ip=192.0.2.1#rcp Refused due to recipient preferences";
        assert_eq!(
            refused("bob@facebook.com", "msgin.vvv.facebook.com", preferences),
            Some(Reason::Filtered)
        );
    }
}
