//! The arguments of MAIL and RCPT, read by RFC 5321's grammar (§4.1.2):
//! `FROM:<reverse-path>` and `TO:<forward-path>`, each path in angle
//! brackets, then the ESMTP parameters. Nothing outside the grammar gets
//! through: an address without brackets, a bracket inside one, a space in
//! a local part, a domain that is no domain.

/// A MAIL or RCPT argument, read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PathArgument<'a> {
    /// The mailbox, without its brackets: `""` for MAIL's null reverse
    /// path `<>`, `"Postmaster"` for RCPT's special one.
    pub mailbox: &'a str,
    /// The ESMTP parameters after the path (`SIZE=1000 BODY=8BITMIME`).
    pub parameters: &'a str,
}

/// Why an argument is not a path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathError {
    /// It does not start with `FROM:` (MAIL) or `TO:` (RCPT).
    NoKeyword,
    /// The path is not in angle brackets.
    NoBrackets,
    /// The mailbox breaks RFC 5321's syntax.
    BadMailbox,
}

/// Reads the argument of MAIL (`keyword` "FROM") or RCPT ("TO").
pub fn parse_path<'a>(argument: &'a str, keyword: &str) -> Result<PathArgument<'a>, PathError> {
    let head = argument
        .get(..keyword.len() + 1)
        .ok_or(PathError::NoKeyword)?;
    if !head[..keyword.len()].eq_ignore_ascii_case(keyword) || !head.ends_with(':') {
        return Err(PathError::NoKeyword);
    }
    // RFC 5321 has no space after the colon; clients send one all the
    // same, and Postfix takes it.
    let rest = argument[keyword.len() + 1..].trim_start_matches(' ');
    let rest = rest.strip_prefix('<').ok_or(PathError::NoBrackets)?;
    let close = rest.find('>').ok_or(PathError::NoBrackets)?;
    let path = &rest[..close];
    let after = &rest[close + 1..];
    if !(after.is_empty() || after.starts_with(' ')) {
        return Err(PathError::BadMailbox);
    }
    // A source route (`@a,@b:bob@example.com`) is read and ignored (RFC
    // 5321 §4.1.2 asks servers to accept it).
    let mailbox = match path.rsplit_once(':') {
        Some((route, mailbox)) if route.starts_with('@') => mailbox,
        _ => path,
    };
    let special = mailbox.is_empty() && keyword.eq_ignore_ascii_case("FROM")
        || mailbox.eq_ignore_ascii_case("postmaster") && keyword.eq_ignore_ascii_case("TO");
    if !special && !is_mailbox(mailbox) {
        return Err(PathError::BadMailbox);
    }
    Ok(PathArgument {
        mailbox,
        parameters: after.trim(),
    })
}

/// RFC 5321's Mailbox: a Dot-string or Quoted-string local part, `@`,
/// and a domain or an address literal.
fn is_mailbox(mailbox: &str) -> bool {
    let Some((local, domain)) = mailbox.rsplit_once('@') else {
        return false;
    };
    (is_dot_string(local) || is_quoted_string(local))
        && (is_domain(domain) || is_address_literal(domain))
}

/// atext (RFC 5322) a byte.
fn is_atext(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"!#$%&'*+-/=?^_`{|}~".contains(&b)
}

fn is_dot_string(local: &str) -> bool {
    !local.is_empty()
        && local
            .split('.')
            .all(|atom| !atom.is_empty() && atom.bytes().all(is_atext))
}

fn is_quoted_string(local: &str) -> bool {
    let Some(inner) = local
        .strip_prefix('"')
        .and_then(|rest| rest.strip_suffix('"'))
    else {
        return false;
    };
    let mut escaped = false;
    inner.bytes().all(|b| {
        let ok = escaped || (b != b'"' && (b == b' ' || b.is_ascii_graphic()));
        escaped = !escaped && b == b'\\';
        ok && (b' '..=b'~').contains(&b)
    }) && !escaped
}

fn is_domain(domain: &str) -> bool {
    !domain.is_empty()
        && domain.len() <= 255
        && domain.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && label
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-')
                && !label.starts_with('-')
                && !label.ends_with('-')
        })
}

fn is_address_literal(domain: &str) -> bool {
    domain
        .strip_prefix('[')
        .and_then(|rest| rest.strip_suffix(']'))
        .is_some_and(|inner| {
            inner.parse::<std::net::Ipv4Addr>().is_ok()
                || inner
                    .strip_prefix("IPv6:")
                    .is_some_and(|v6| v6.parse::<std::net::Ipv6Addr>().is_ok())
        })
}
