//! The reason and verdict of a recipient, from all that its bounce says:
//! the remote server's reply, and around it the command it answered, the
//! action the reporting MTA took, and the diagnostic's type.

use crate::formats::Entry;
use smtp_status::{Action, Class, Command, EnhancedStatusCode, Reason, Verdict};

/// Why the message failed for the entry's recipient.
pub(crate) fn decide(entry: &Entry) -> Reason {
    if let Some(reason) = entry.reason {
        return reason;
    }
    if matches!(
        entry.action,
        Some(Action::Delivered | Action::Relayed | Action::Expanded)
    ) {
        return Reason::Delivered;
    }
    if let Some(reason) = crate::providers::reason(entry) {
        return reason;
    }
    let words = without_mta_words(&entry.diagnostic);
    let text = words.as_bytes();
    // The reply's own enhanced code says more than a report's Status,
    // which some MTAs write as a generic X.0.0.
    let enhanced = crate::text::finest_enhanced_in(&entry.diagnostic)
        .filter(|enhanced| {
            entry
                .reply_code
                .is_none_or(|code| code.class() == enhanced.class())
        })
        .or(entry.status);
    let mut reason = Reason::classify(entry.reply_code, enhanced, text);
    // "553 mx.example.com does not exist": what does not exist is a
    // domain, not a mailbox.
    if matches!(reason, Reason::UserUnknown | Reason::OnHold) && names_a_missing_domain(&words) {
        reason = Reason::HostUnknown;
    }
    // A recipient the MTA failed or still retries was not delivered,
    // whatever code its words hold.
    if reason == Reason::Delivered && matches!(entry.action, Some(Action::Failed | Action::Delayed))
    {
        reason = Reason::OnHold;
    }
    let unnamed = matches!(reason, Reason::OnHold | Reason::Undefined);
    let transient = transient(entry);
    // A local delivery program: a report's X-Unix diagnostic, or a pipe
    // (Exim's "pipe to |program").
    let local_program = entry
        .diagnostic_type
        .as_deref()
        .is_some_and(|kind| kind.eq_ignore_ascii_case("x-unix"))
        || entry.address.starts_with('|')
        || entry.diagnostic.contains("pipe to |");
    match reason {
        // A local delivery program (a pipe, procmail) failed.
        // (A local program's exit code is no SMTP reply: a status's
        // X.5.0, "protocol", says nothing of it either.)
        _ if local_program
            && (unnamed || reason == Reason::SyntaxError || names_a_program(&entry.diagnostic)) =>
        {
            Reason::MailerError
        }
        // An address refused only after the message was seen is a filter's
        // doing at the recipient's side: the address may well exist. So is
        // an "unknown user" that nothing ties to the address itself:
        // neither an X.1.x status nor a refusal of RCPT.
        Reason::UserUnknown if !tied_to_address(entry, enhanced) => Reason::Filtered,
        // A connection that never succeeded is retried until the queue's
        // lifetime runs out: a bounce for it says the message expired. So
        // do RFC 3463's X.4.1 (no answer from host) and X.4.7 (delivery
        // time expired).
        // A network with no route to the host is the network's failure,
        // said in so many words, whatever the status.
        Reason::NetworkError | Reason::OnHold | Reason::Undefined
            if no_answer(entry) && !says_unroutable(&entry.diagnostic) =>
        {
            Reason::Expired
        }
        // A domain that could not be looked up for now (a temporary DNS
        // failure, "Host not found, try again") is no reason to drop its
        // addresses.
        Reason::HostUnknown
            if transient
                || entry.action == Some(Action::Delayed)
                || says_try_again(&entry.diagnostic) =>
        {
            Reason::NetworkError
        }
        // A refusal of STARTTLS, or a failure right after it, named in no
        // words more telling: TLS could not be had.
        Reason::OnHold
        | Reason::Undefined
        | Reason::SecurityError
        | Reason::SyntaxError
        | Reason::SystemError
        | Reason::NetworkError
            if entry.command == Some(Command::StartTls) =>
        {
            Reason::FailedStartTls
        }
        // A refused greeting or HELO is about the sending host.
        Reason::OnHold if matches!(entry.command, Some(Command::Greeting | Command::Hello)) => {
            Reason::Blocked
        }
        // Given up after temporary refusals that named no reason, or
        // still being retried for none (or for a network failure): the
        // message is late. A report's generic X.0.0 says too little for it.
        _ if (unnamed || reason == Reason::NetworkError && !says_unroutable(&entry.diagnostic))
            && entry.action == Some(Action::Delayed) =>
        {
            Reason::Expired
        }
        _ if unnamed
            && entry.action == Some(Action::Failed)
            && transient
            && !generic(entry.status) =>
        {
            Reason::Expired
        }
        // Given up after temporary refusals, in so many words ("retry
        // timeout exceeded"), whatever the refusals said.
        _ if transient && says_expired(&entry.diagnostic) => Reason::Expired,
        reason => reason,
    }
}

/// Words that say the address or its mailbox does not exist, not only
/// that a user is unknown (which a filter says too; lowercase).
const NO_SUCH_ADDRESS: [&str; 7] = [
    "no such user",
    "address couldn't be found",
    "invalid recipient",
    "mailbox unavailable",
    "unknown user:",
    "recipient not found",
    "does not exist",
];

/// Whether an unknown user's refusal is about the address: it answered
/// RCPT, or its enhanced code is one of RFC 3463's X.1.x of a
/// destination address (other, bad mailbox, bad syntax).
fn tied_to_address(entry: &Entry, enhanced: Option<EnhancedStatusCode>) -> bool {
    if matches!(entry.command, Some(Command::Data | Command::DataEnd)) {
        return false;
    }
    // A report's recipient whose words say outright that the address or
    // mailbox does not exist.
    let lower = entry.diagnostic.to_ascii_lowercase();
    if entry.action.is_some() && NO_SUCH_ADDRESS.iter().any(|words| lower.contains(words)) {
        return true;
    }
    let address_code = |code: Option<EnhancedStatusCode>| {
        code.is_some_and(|code| code.subject() == 1 && matches!(code.detail(), 0 | 1 | 3))
    };
    entry.command == Some(Command::Rcpt) || address_code(enhanced) || address_code(entry.status)
}

/// The diagnostic without the reporting MTA's words about its own queue,
/// which name no reason of the remote side: Postfix's "delivery
/// temporarily suspended:" before the failure it stopped on.
fn without_mta_words(diagnostic: &str) -> std::borrow::Cow<'_, str> {
    const QUEUE_WORDS: [&str; 1] = ["delivery temporarily suspended:"];
    let lower = diagnostic.to_ascii_lowercase();
    match QUEUE_WORDS
        .iter()
        .find_map(|words| lower.find(words).map(|at| at + words.len()))
    {
        Some(end) => std::borrow::Cow::Owned(diagnostic[end..].trim_start().to_owned()),
        None => std::borrow::Cow::Borrowed(diagnostic),
    }
}

/// Whether a domain's lookup failed for now ("Host not found, try again":
/// a DNS server that did not answer, not a name that does not exist).
fn says_try_again(diagnostic: &str) -> bool {
    diagnostic
        .to_ascii_lowercase()
        .contains("not found, try again")
}

/// Whether the text is a 553 that says of a domain name (a word with a
/// dot and no `@`) that it "does not exist": "553 mx.example.com does
/// not exist". (Other codes say it of users named "john.doe" too.)
fn names_a_missing_domain(text: &str) -> bool {
    crate::text::find_ignoring_case(text, " does not exist").is_some_and(|at| {
        let (lead, word) = text[..at].rsplit_once(' ').unwrap_or(("", &text[..at]));
        lead.ends_with("553")
            && word.contains('.')
            && !word.ends_with('.')
            && word
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
    })
}

/// Whether a local program's diagnostic names the program or its failure
/// ("procmail: ...", "command died"): its words of a user are the
/// program's, not a mail server's.
fn names_a_program(diagnostic: &str) -> bool {
    const PROGRAM: [&str; 4] = ["procmail", "command died", "exit code", "mailer error"];
    let lower = diagnostic.to_ascii_lowercase();
    PROGRAM.iter().any(|words| lower.contains(words))
}

/// Whether a diagnostic says that the MTA gave up retrying.
fn says_expired(diagnostic: &str) -> bool {
    const GAVE_UP: [&str; 5] = [
        "retry timeout exceeded",
        "in the queue too long",
        "too long in queue",
        "delivery time expired",
        "message expired",
    ];
    let lower = diagnostic.to_ascii_lowercase();
    GAVE_UP.iter().any(|words| lower.contains(words))
}

/// Whether the status is a generic X.0.0 (or absent).
fn generic(status: Option<EnhancedStatusCode>) -> bool {
    status.is_none_or(|status| status.subject() == 0 && status.detail() == 0)
}

/// The words of a connection that never got an answer (lowercase).
const NO_ANSWER: [&str; 9] = [
    "host not reachable",
    "connection timed out",
    "connect to ",
    "did not accept our requests to connect",
    "could not connect",
    "unable to connect",
    "wasn't able to establish an smtp connection",
    "no answer from host",
    "connection refused",
];

/// Whether the entry's recipient was never reached: its status is X.4.1
/// or X.4.7, or its words say no connection was made.
fn no_answer(entry: &Entry) -> bool {
    let status = entry
        .status
        .map(|status| (status.subject(), status.detail()));
    if matches!(status, Some((4, 1 | 7))) {
        return true;
    }
    let lower = entry.diagnostic.to_ascii_lowercase();
    NO_ANSWER.iter().any(|words| lower.contains(words))
}

/// Whether a diagnostic says the network had no way to the host: the
/// kernel's words for it, which MTAs quote after "connect to ...".
fn says_unroutable(diagnostic: &str) -> bool {
    let lower = diagnostic.to_ascii_lowercase();
    lower.contains("no route to host") || lower.contains("network is unreachable")
}

/// Whether the entry's status or reply code is of the transient class.
fn transient(entry: &Entry) -> bool {
    entry.status.map(EnhancedStatusCode::class) == Some(Class::TransientNegative)
        || entry.reply_code.map(smtp_status::ReplyCode::class) == Some(Class::TransientNegative)
}

/// Whether the address itself is bad: the reason says so, and, for a
/// domain that takes no mail, the refusal was permanent (a domain that
/// takes none for now, with a 4yz or a 4.x.x, may take it later).
pub(crate) fn is_hard_bounce(entry: &Entry, reason: Reason) -> bool {
    let transient = transient(entry);
    reason.is_hard_bounce() && !(reason == Reason::NotAccept && transient)
}

/// Retry or give up: as the reporting MTA decided (its Action), else by
/// the reply code and the command it answered, else by the status's
/// class; a complaint, an automatic reply or a delivery is done.
pub(crate) fn verdict(entry: &Entry, reason: Reason) -> Verdict {
    if matches!(
        reason,
        Reason::Feedback | Reason::Vacation | Reason::Delivered
    ) {
        return Verdict::Done;
    }
    match entry.action {
        Some(Action::Failed) => return Verdict::GiveUp,
        Some(Action::Delayed) => return Verdict::Retry,
        Some(_) => return Verdict::Done,
        None => {}
    }
    if let Some(code) = entry.reply_code {
        return Verdict::of(code, entry.command);
    }
    match entry.status.map(EnhancedStatusCode::class) {
        Some(Class::TransientNegative) => Verdict::Retry,
        Some(Class::PositiveCompletion) => Verdict::Done,
        _ => Verdict::GiveUp,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_missing_domain() {
        assert!(super::names_a_missing_domain(
            "553 mx.example.com does not exist"
        ));
        assert!(!super::names_a_missing_domain(
            "550 bob@example.com does not exist"
        ));
        assert!(!super::names_a_missing_domain(
            "550 <bob@example.com> does not exist"
        ));
        assert!(!super::names_a_missing_domain("550 mailbox does not exist"));
        assert!(!super::names_a_missing_domain("550 Sorry. does not exist"));
        assert!(!super::names_a_missing_domain(
            "550 5.1.1 john.doe does not exist"
        ));
        assert!(!super::names_a_missing_domain("does not exist"));
    }
}
