//! The reasons a message bounces.

use super::descriptions;
use crate::Language;
use core::fmt;

/// Why a message was not delivered, as a bounce processor sorts it: the
/// names follow those of the best-known classifier of bounces (Sisimai),
/// so lists and dashboards speak one language.
///
/// [`Reason::classify`] decides it from a reply's code, enhanced code and
/// text; [`is_hard_bounce`](Reason::is_hard_bounce) says whether the
/// address itself is bad.
///
/// ```
/// use smtp_status::{Reason, Reply};
///
/// let wire = b"550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown\r\n";
/// let (reply, _) = Reply::parse(wire)?;
/// let reason = reply.reason();
/// assert_eq!(reason, Reason::UserUnknown);
/// assert_eq!(reason.as_str(), "userunknown");
/// assert!(reason.is_hard_bounce());
/// # Ok::<(), smtp_status::ReplyError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Reason {
    /// The message was delivered (a 2yz reply, or an enhanced code of
    /// class 2).
    Delivered,
    /// The recipient's mailbox does not exist: the address is bad.
    UserUnknown,
    /// The recipient's domain does not exist or has no mail host.
    HostUnknown,
    /// The recipient has moved and left no forwarding address here.
    HasMoved,
    /// The recipient's domain accepts no mail at all (null MX, RFC 7505).
    NotAccept,
    /// The recipient's mailbox is full or over its quota.
    MailboxFull,
    /// The message exceeds a limit of the recipient's mailbox or system
    /// other than its size alone (recipients, headers, per-mailbox size).
    ExceedLimit,
    /// The message is larger than the receiving system takes.
    MesgTooBig,
    /// The receiving server does not relay for the sender.
    NoRelaying,
    /// The sending host or its address is blocked (a blocklist, a ban).
    Blocked,
    /// The sending host's reputation is too low.
    BadReputation,
    /// The sending host has no matching reverse DNS (PTR) name.
    RequirePtr,
    /// The message failed sender authentication: SPF, DKIM, DMARC, ARC.
    AuthFailure,
    /// The message was taken for spam.
    SpamDetected,
    /// The message carries a virus or malware.
    VirusDetected,
    /// The message or sender breaks a policy of the receiving site.
    PolicyViolation,
    /// The sender's address was refused.
    Rejected,
    /// A filter refused the message after its content was seen.
    Filtered,
    /// A security requirement was not met: authentication, a certificate,
    /// a cryptographic check.
    SecurityError,
    /// TLS could not be had as the receiver or the sender required it:
    /// STARTTLS refused or failed, or REQUIRETLS (RFC 8689) not offered.
    FailedStartTls,
    /// The message's content or headers are not acceptable.
    ContentError,
    /// The message does not comply with the RFCs.
    NotCompliantRfc,
    /// The sending side sent a command the server refused as malformed.
    SyntaxError,
    /// The sender sends too fast: a rate limit.
    Speeding,
    /// The sender holds too many connections at once, or gives one
    /// session more recipients than it takes.
    TooManyConn,
    /// The recipient's account is disabled or suspended.
    Suspend,
    /// The receiving system is out of storage.
    SystemFull,
    /// The receiving system failed.
    SystemError,
    /// The network failed: no connection, a timeout, a loop.
    NetworkError,
    /// A local delivery program failed.
    MailerError,
    /// The message waited too long in the queue and was given up.
    Expired,
    /// The sending service did not send to the address: it is on the
    /// service's suppression list, for its earlier bounces or complaints.
    Suppressed,
    /// A reply refused, but in words that name no reason here: its text
    /// is the only guide.
    OnHold,
    /// Nothing says why: no reply text, and no status that names a reason
    /// (a generic 5.0.0, say).
    Undefined,
    /// Not a bounce but a complaint: a feedback report (RFC 5965) says a
    /// recipient marked the message as spam, or asked to unsubscribe.
    Feedback,
    /// Not a bounce but an automatic reply (RFC 3834): an out-of-office
    /// notice or a vacation message. The message was delivered.
    Vacation,
}

impl Reason {
    /// Every reason, in declaration order.
    pub const ALL: [Reason; 36] = [
        Reason::Delivered,
        Reason::UserUnknown,
        Reason::HostUnknown,
        Reason::HasMoved,
        Reason::NotAccept,
        Reason::MailboxFull,
        Reason::ExceedLimit,
        Reason::MesgTooBig,
        Reason::NoRelaying,
        Reason::Blocked,
        Reason::BadReputation,
        Reason::RequirePtr,
        Reason::AuthFailure,
        Reason::SpamDetected,
        Reason::VirusDetected,
        Reason::PolicyViolation,
        Reason::Rejected,
        Reason::Filtered,
        Reason::SecurityError,
        Reason::FailedStartTls,
        Reason::ContentError,
        Reason::NotCompliantRfc,
        Reason::SyntaxError,
        Reason::Speeding,
        Reason::TooManyConn,
        Reason::Suspend,
        Reason::SystemFull,
        Reason::SystemError,
        Reason::NetworkError,
        Reason::MailerError,
        Reason::Expired,
        Reason::Suppressed,
        Reason::OnHold,
        Reason::Undefined,
        Reason::Feedback,
        Reason::Vacation,
    ];

    /// The reason's stable lowercase name, as Sisimai writes it:
    /// `"userunknown"`, `"mailboxfull"`...
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Reason::Delivered => "delivered",
            Reason::UserUnknown => "userunknown",
            Reason::HostUnknown => "hostunknown",
            Reason::HasMoved => "hasmoved",
            Reason::NotAccept => "notaccept",
            Reason::MailboxFull => "mailboxfull",
            Reason::ExceedLimit => "exceedlimit",
            Reason::MesgTooBig => "mesgtoobig",
            Reason::NoRelaying => "norelaying",
            Reason::Blocked => "blocked",
            Reason::BadReputation => "badreputation",
            Reason::RequirePtr => "requireptr",
            Reason::AuthFailure => "authfailure",
            Reason::SpamDetected => "spamdetected",
            Reason::VirusDetected => "virusdetected",
            Reason::PolicyViolation => "policyviolation",
            Reason::Rejected => "rejected",
            Reason::Filtered => "filtered",
            Reason::SecurityError => "securityerror",
            Reason::FailedStartTls => "failedstarttls",
            Reason::ContentError => "contenterror",
            Reason::NotCompliantRfc => "notcompliantrfc",
            Reason::SyntaxError => "syntaxerror",
            Reason::Speeding => "speeding",
            Reason::TooManyConn => "toomanyconn",
            Reason::Suspend => "suspend",
            Reason::SystemFull => "systemfull",
            Reason::SystemError => "systemerror",
            Reason::NetworkError => "networkerror",
            Reason::MailerError => "mailererror",
            Reason::Expired => "expired",
            Reason::Suppressed => "suppressed",
            Reason::OnHold => "onhold",
            Reason::Undefined => "undefined",
            Reason::Feedback => "feedback",
            Reason::Vacation => "vacation",
        }
    }

    /// The reason whose name is `name`, as [`as_str`](Self::as_str) gives
    /// it.
    #[must_use]
    pub fn from_name(name: &str) -> Option<Reason> {
        Reason::ALL
            .into_iter()
            .find(|reason| reason.as_str() == name)
    }

    /// `true` when the address itself is bad, so that a mailing list should
    /// drop it: the mailbox or domain does not exist, has moved, or takes
    /// no mail. Every other reason is a soft bounce: the address may work
    /// another time, from another sender, or with another message.
    #[must_use]
    pub const fn is_hard_bounce(self) -> bool {
        matches!(
            self,
            Reason::UserUnknown | Reason::HostUnknown | Reason::HasMoved | Reason::NotAccept
        )
    }

    /// What the reason means and what to do about it, in English.
    #[must_use]
    pub const fn description(self) -> &'static str {
        match self {
            Reason::Delivered => "The message was delivered.",
            Reason::UserUnknown => "The address does not exist: do not retry, remove it.",
            Reason::HostUnknown => "The address's domain does not exist or has no mail server: do not retry, remove it.",
            Reason::HasMoved => "The recipient has moved away from this address: do not retry, remove it.",
            Reason::NotAccept => "The address's domain takes no mail at all: do not retry, remove it.",
            Reason::MailboxFull => "The mailbox is full: the address is good; retry later.",
            Reason::ExceedLimit => "The message passes a limit of the recipient's system: send a smaller or simpler one.",
            Reason::MesgTooBig => "The message is too large for the recipient's system: send a smaller one.",
            Reason::NoRelaying => "The server does not relay for this sender: send through the right server.",
            Reason::Blocked => "The sending host is blocked, as by a blocklist: fix the listing, then retry.",
            Reason::BadReputation => "The sending host's reputation is too low: slow down and improve it.",
            Reason::RequirePtr => "The sending host lacks a matching reverse DNS name: set one up.",
            Reason::AuthFailure => "The message failed SPF, DKIM or DMARC checks: fix the sender's authentication.",
            Reason::SpamDetected => "The message was taken for spam: the address is good; review the content.",
            Reason::VirusDetected => "The message was found to carry malware.",
            Reason::PolicyViolation => "The message or its sender breaks a policy of the receiving site.",
            Reason::Rejected => "The sender's address was refused.",
            Reason::Filtered => "A filter at the receiving site refused the message.",
            Reason::SecurityError => "A security requirement such as authentication was not met.",
            Reason::FailedStartTls => "TLS could not be set up as one side required: fix the TLS setup, then retry.",
            Reason::ContentError => "The message's content or headers were not accepted.",
            Reason::NotCompliantRfc => "The message does not comply with the mail standards.",
            Reason::SyntaxError => "The server refused a command as malformed or out of order.",
            Reason::Speeding => "The sender sends too fast: slow down and retry later.",
            Reason::TooManyConn => "The sender holds too many connections or recipients at once: use fewer, retry later.",
            Reason::Suspend => "The recipient's account is disabled or suspended: the address may come back.",
            Reason::SystemFull => "The receiving system is out of storage: retry later.",
            Reason::SystemError => "The receiving system failed: retry later.",
            Reason::NetworkError => "The network failed on the way: retry later.",
            Reason::MailerError => "A delivery program at the receiving site failed.",
            Reason::Expired => "The message could not be delivered in time and was given up.",
            Reason::Suppressed => "The sending service kept the message back: the address is on its suppression list.",
            Reason::OnHold => "The reply refuses without saying why in words known here: read its text.",
            Reason::Undefined => "Nothing says why: no reply text, and no status that names a reason.",
            Reason::Feedback => "A recipient complained of the message (a feedback report): stop sending to the address.",
            Reason::Vacation => "An automatic reply, such as an out-of-office notice: the message was delivered.",
        }
    }

    /// What the reason means in `language`, or in English where this build
    /// lacks the language (its `lang-*` feature is off).
    ///
    /// ```
    /// use smtp_status::{Language, Reason};
    ///
    /// let text = Reason::MailboxFull.description_in(Language::French);
    /// if Reason::MailboxFull.translated_description(Language::French).is_some() {
    ///     assert!(text.starts_with("La boîte aux lettres est pleine"));
    /// } else {
    ///     assert_eq!(text, Reason::MailboxFull.description());
    /// }
    /// ```
    #[must_use]
    pub const fn description_in(self, language: Language) -> &'static str {
        match descriptions::translated(self, language) {
            Some(text) => text,
            None => self.description(),
        }
    }

    /// What the reason means in `language`, if this build has the language
    /// (English it always has).
    #[must_use]
    pub const fn translated_description(self, language: Language) -> Option<&'static str> {
        descriptions::translated(self, language)
    }
}

impl fmt::Display for Reason {
    /// The stable lowercase name.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
