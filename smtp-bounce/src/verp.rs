//! Addresses encoded in a bounce's envelope recipient, so that a sender
//! learns which address bounced even where the bounce does not say.
//!
//! Two schemes are read:
//! - VERP (variable envelope return path), as qmail, Postfix and most
//!   list managers write it: `prefix+local=domain@host` or
//!   `prefix-local=domain@host`, the recipient `local@domain` (the
//!   separator before it is the last `+` or `-` before the `=`).
//! - SRS (sender rewriting scheme), as forwarders rewrite a sender:
//!   `SRS0=hash=tt=domain=local@forwarder`, the original `local@domain`
//!   (`SRS1` chains keep the original after their last `==`).

/// The address that `envelope` encodes, or `None` where it encodes none.
///
/// ```
/// use smtp_bounce::decode_verp;
///
/// let bob = decode_verp("bounces+bob=example.com@list.example");
/// assert_eq!(bob.as_deref(), Some("bob@example.com"));
/// let owner = decode_verp("list-owner-alice=mail.example.org@lists.example");
/// assert_eq!(owner.as_deref(), Some("alice@mail.example.org"));
/// let forwarded = decode_verp("SRS0=HHH=TT=example.net=carol@forwarder.example");
/// assert_eq!(forwarded.as_deref(), Some("carol@example.net"));
/// assert_eq!(decode_verp("bounces@list.example"), None);
/// ```
#[must_use]
pub fn decode_verp(envelope: &str) -> Option<String> {
    let envelope = envelope
        .trim()
        .trim_start_matches('<')
        .trim_end_matches('>');
    let (local, _host) = envelope.rsplit_once('@')?;
    if local.len() > 5 && local[..5].eq_ignore_ascii_case("srs0=") {
        // hash=tt=domain=local
        let mut fields = local[5..].splitn(4, '=');
        let (_hash, _time, domain, user) = (
            fields.next()?,
            fields.next()?,
            fields.next()?,
            fields.next()?,
        );
        return address(user, domain);
    }
    if local.len() > 5 && local[..5].eq_ignore_ascii_case("srs1=") {
        let original = local.rsplit_once("==")?.1;
        return decode_verp(&format!("SRS0={original}@x"));
    }
    let (before, domain) = local.rsplit_once('=')?;
    let user = before.rsplit(['+', '-']).next()?;
    if user.len() == before.len() {
        return None;
    }
    address(user, domain)
}

/// `user@domain`, where both look like an address's parts.
fn address(user: &str, domain: &str) -> Option<String> {
    let domain_ok = domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && domain
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-'));
    let user_ok = !user.is_empty() && !user.contains(['@', ' ', '<', '>']);
    (domain_ok && user_ok).then(|| format!("{user}@{domain}"))
}

#[cfg(test)]
mod tests {
    use super::decode_verp;

    #[test]
    fn refuses_what_encodes_nothing() {
        assert_eq!(decode_verp(""), None);
        assert_eq!(
            decode_verp("a=b@c.example"),
            None,
            "no separator before the user"
        );
        assert_eq!(
            decode_verp("bounces+bob=localhost@list.example"),
            None,
            "a domain of one label"
        );
        assert_eq!(decode_verp("SRS0=short@x.example"), None);
        assert_eq!(decode_verp("x+=example.com@list.example"), None);
    }

    #[test]
    fn reads_srs1() {
        assert_eq!(
            decode_verp("SRS1=XXX=fwd.example==HHH=TT=example.org=dave@other.example").as_deref(),
            Some("dave@example.org")
        );
    }
}
