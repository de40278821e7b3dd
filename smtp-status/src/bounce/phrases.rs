//! The words that real servers put in their replies, one table per reason,
//! in the order they are tried: the more specific reasons first, so that
//! "user unknown ... blocked" reads as an unknown user. Every phrase is
//! lowercase ASCII and matches anywhere in the text, whatever its case.
//!
//! Gathered from what Postfix, Exim, Sendmail, qmail, Microsoft Exchange
//! and 365, Gmail, Yahoo, iCloud and other servers write in their
//! replies, and from the RFCs' own wording; in our own order and words.

use super::Reason;

/// The phrase tables, in the order they are tried: one per reason, and
/// one that puts a refusal on the client's own name.
pub(super) const PHRASES: [(Reason, &[&str]); 32] = [
    // First the most common reason: a text that names it is read no
    // further.
    (Reason::UserUnknown, USER_UNKNOWN),
    (Reason::Blocked, HELO_REJECTED),
    (Reason::MailboxFull, MAILBOX_FULL),
    (Reason::MesgTooBig, MESG_TOO_BIG),
    (Reason::Suspend, SUSPEND),
    (Reason::HasMoved, HAS_MOVED),
    (Reason::Filtered, FILTERED),
    (Reason::NotAccept, NOT_ACCEPT),
    (Reason::HostUnknown, HOST_UNKNOWN),
    (Reason::NoRelaying, NO_RELAYING),
    (Reason::RequirePtr, REQUIRE_PTR),
    (Reason::AuthFailure, AUTH_FAILURE),
    (Reason::VirusDetected, VIRUS_DETECTED),
    (Reason::SpamDetected, SPAM_DETECTED),
    (Reason::BadReputation, BAD_REPUTATION),
    (Reason::PolicyViolation, BLOCKED_FOR_CONTENT),
    (Reason::Blocked, BLOCKED),
    (Reason::TooManyConn, TOO_MANY_CONN),
    (Reason::Speeding, SPEEDING),
    (Reason::Expired, EXPIRED),
    (Reason::ExceedLimit, EXCEED_LIMIT),
    (Reason::SystemFull, SYSTEM_FULL),
    (Reason::NetworkError, NETWORK_ERROR),
    (Reason::MailerError, MAILER_ERROR),
    (Reason::Rejected, REJECTED),
    (Reason::FailedStartTls, FAILED_STARTTLS),
    (Reason::SecurityError, SECURITY_ERROR),
    (Reason::PolicyViolation, POLICY_VIOLATION),
    (Reason::NotCompliantRfc, NOT_COMPLIANT_RFC),
    (Reason::ContentError, CONTENT_ERROR),
    (Reason::SystemError, SYSTEM_ERROR),
    (Reason::SyntaxError, SYNTAX_ERROR),
];

/// Postfix's "Helo command rejected:" is about the client's own name,
/// whatever follows it: its "Host not found" is the client's, not the
/// recipient's domain. The one table besides those of the reasons, tried
/// before all but the unknown user's, so that what follows it does not
/// count.
const HELO_REJECTED: &[&str] = &["helo command rejected", "ehlo command rejected"];

const USER_UNKNOWN: &[&str] = &[
    "user unknown",
    // Lotus Notes and IBM Domino.
    "not listed in public name & address book",
    "not listed in domino directory",
    "unknown user",
    "addressee unknown",
    "no such user",
    "no such mailbox",
    "no such recipient",
    "no such account",
    "no mailbox here by that name",
    "mailbox not found",
    "mailbox does not exist",
    "mailbox doesn't exist",
    "user does not exist",
    "user doesn't exist",
    "user not found",
    "recipient not found",
    "recipnotfound",
    "account that you tried to reach does not exist",
    "account does not exist",
    "address does not exist",
    "doesn't have a",
    "unknown recipient",
    "recipient unknown",
    "unknown local part",
    "unknown address",
    "address unknown",
    "invalid recipient",
    "invalid mailbox",
    "not a valid mailbox",
    "unrouteable address",
    "address rejected: user unknown",
    // Microsoft 365's directory-based edge blocking of unknown recipients.
    "recipient address rejected: access denied",
    "recipient address rejected: unknown",
    "mailbox unavailable",
    "mailbox is unavailable",
    "no longer in use",
    "not our customer",
    "bad recipient",
    "recipient rejected",
    "address not present in directory",
    "is not a known user",
    "unknown or illegal alias",
    "mailbox name not allowed",
    "no such person",
    "user is unknown",
    "unknown mailbox",
    "mailbox unknown",
    "invalid address",
    "address invalid",
    "undeliverable address",
    "not a valid recipient",
    "recipient does not exist",
    "not listed in domino directory",
    "couldn't be found",
    "could not be found",
    "there is no one at this address",
    "no one here by that name",
    "does not exist here",
    "user not known",
    "unknown alias",
    "no mailbox",
    "can't accept user",
    "destination addresses were unknown",
    "is not an active address",
    "mailbox invalid",
    "mailbox not present",
    "mailbox unavaiable",
    "no account by that name",
    "no mail box available",
    "no such address",
    "not a valid user",
    "not a local address",
    "address rejected: invalid user",
    "address rejected: invalid-recipient",
    "address rejected: userunknown",
    "recipient is not local",
    "recipient not exist",
    "user not exist",
    "recipient notfound",
    "envelope recipient has been denied",
    "email name is not found",
    "wrong or no longer valid",
    "user missing home directory",
    "unknown virtual user",
    "does not exist at the organization",
    "nonexistent user",
    "non-existent user",
    "unknown email address",
    "unknown e-mail address",
    "unknown localpart",
    "unknown local-part",
    "badrcptto",
    "badrecipientto",
    "validrcptto",
    // The same in Italian, Spanish, French and German.
    "nessun utente simile",
    "no existe dicha persona",
    "no existe ese usuario",
    "utilisateur inconnu",
    "adresse nicht gefunden",
];

const MAILBOX_FULL: &[&str] = &[
    "mailbox full",
    "mailbox is full",
    "mailbox has exceeded",
    "mailbox size limit exceeded",
    "over quota",
    "overquota",
    "quota exceeded",
    "exceeded quota",
    "exceeds quota",
    "quota exceed",
    "exceeded storage allocation",
    "insufficient storage for",
    "mailfolder is full",
    "full mailbox",
    "user has exceeded",
    "disk quota",
    "storage space",
    "mailbox exceeded",
    "insufficient quota",
    "mailbox size exceeded",
    "account is full",
    "mailbox is over",
    "mailbox exceeded",
    "boite du destinataire pleine",
    "mailbox exceeds allowed size",
    "exceed maximum allowed storage",
    "quota violation",
    "space has been used up",
    "mailbox quota",
    "too many messages on the server",
    "exceeding receiving limits",
    // NTT docomo's words for a full mailbox.
    "too much mail data",
];

const MESG_TOO_BIG: &[&str] = &[
    "size limit exceeded",
    // Exim's refusal of a line longer than SMTP allows (998 octets).
    "line limit exceeded",
    "mail size limit",
    "message too large",
    "message too big",
    "message is too large",
    "message is too big",
    "message size exceeds",
    "message exceeds the maximum",
    "message file too big",
    "size exceeds fixed",
    "exceeds size limit",
    "exceeds the size limit",
    "message length exceeds",
    "email is too large",
    "mail is too large",
    "maximum inbound message size",
    "maximum incoming message size",
    "max message size",
    "taille limite du message",
];

const HOST_UNKNOWN: &[&str] = &[
    "domain is not reachable",
    "domain does not exist",
    "host unknown",
    "unknown host",
    "host not found",
    "domain not found",
    "no such domain",
    "domain does not exist",
    "domain name not found",
    "unrouteable mail domain",
    "host or domain name not found",
    "name service error",
    "nxdomain",
    "no mx",
    "unknown domain",
    "recipient domain not found",
    "name or service not known",
    "no mail exchanger",
    "domain not exist",
    "domain doesn't exist",
    "domain must exist",
    "mail domain mentioned in email address is unknown",
    // cPanel's Exim: "The account or domain may not exist, they may be
    // blacklisted, or missing the proper dns entries."
    "the account or domain may not exist",
    // The DragonFly Mail Agent's only words for a domain it found no
    // host of; it bounces on them once the lookup failed for good.
    "dns lookup failure: host",
    "host unreachable",
];

/// A recipient's own filter or settings refused the message: the address
/// exists, and takes mail from others.
const FILTERED: &[&str] = &[
    "message filtered",
    "rejected due to user rules",
    "refuse to receive mail",
    "refuses to receive this mail",
    "user reject",
    "blocked by the recipient",
    "due to recipient preferences",
    "only accepting mail from specific",
    "is not accepting any mail",
    "account is protected by",
    "not found recipient account",
    // AT&T's refusal of mail to a phone's address whose owner limited it.
    "has restricted sms e-mail",
];

const NOT_ACCEPT: &[&str] = &[
    "no mx record",
    "no mx found",
    "host does not accept mail",
    "couldn't find a mail exchanger",
    "does not accept mail",
    "accepts no mail",
    "not accepting mail",
    "null mx",
    "mail receiving disabled",
    "no route for current request",
];

const HAS_MOVED: &[&str] = &[
    "has moved",
    "user has moved",
    "address has changed",
    // RFC 5321's text of 551.
    "user not local",
    "has been replaced by",
];

const SUSPEND: &[&str] = &[
    "temporary locked",
    "temporarily locked",
    "mailbox is frozen",
    "account disabled",
    "account has been disabled",
    "account is disabled",
    "mailbox disabled",
    "mailbox is disabled",
    "is disabled",
    "suspended",
    "deactivated",
    "inactive",
    "account is locked",
    "mailbox is inactive",
    "not active",
    "archived recipient",
    "destinataire archivee",
    "user is terminated",
    "recipient suspend the service",
];

const NO_RELAYING: &[&str] = &[
    "relay access denied",
    "relaying denied",
    "relay denied",
    "relay not permitted",
    "relaying not permitted",
    "relaying not allowed",
    "not permitted to relay",
    "not allowed to relay",
    "we do not relay",
    "unable to relay",
    "relay prohibited",
    "no relaying",
    "relaying mail to",
    "not configured to relay",
    "as a relay",
    "insecure mail relay",
    "relay through this server",
    "send to a non-local e-mail address",
    "not a gateway",
    "not an open relay",
    "not local host",
    "we don't handle mail for",
    // Amazon SES: a sender it has not verified may send only to
    // addresses it has verified.
    "email address is not verified",
];

const REQUIRE_PTR: &[&str] = &[
    "mismatches client ip",
    "reverse dns",
    "reverse hostname",
    "reverse lookup",
    "ptr record",
    "no ptr",
    "rdns",
    "cannot find your hostname",
    "client host rejected: cannot find",
    "ip name lookup failed",
    "dns ptr",
    "cannot resolve your address",
    "forward dns entry does not point",
    "unresolvable relay host name",
    "unverifyable sending ips",
];

const AUTH_FAILURE: &[&str] = &[
    "dmarc",
    "spf",
    "dkim",
    "authentication checks",
    "fails to pass authentication",
    "unauthenticated email",
    "sender authentication",
    "arc validation",
    "not authorized to send on behalf",
    "sender policy framework",
    "required authentication level",
    "authentication requirements",
];

const VIRUS_DETECTED: &[&str] = &[
    "virus",
    "malware",
    "infected",
    "trojan",
    // Gmail's refusal of a dangerous attachment.
    "potential security issue",
    "executable attachment",
];

// Not "spam" alone: blocklists are named spamhaus and spamcop.
const SPAM_DETECTED: &[&str] = &[
    "as spam",
    "is spam",
    "likely spam",
    "spam message",
    "spam detected",
    "spam content",
    "spam score",
    "spam filter",
    "like spam",
    "considered spam",
    "consider spam",
    "be spam",
    "probability of spam",
    "identified as spam",
    "classified as spam",
    "unsolicited",
    "junk mail",
    "bulk mail",
    "message content rejected",
    "spam policy",
    "bulk email",
    "spam-like",
    "spammy",
    "spamassassin",
    "antispam",
    "anti-spam",
    "spam list",
    "block for spam",
    "spam block",
    "spam blocked",
    "spam check",
    "spam email",
    "spam not accepted",
    "spam refused",
    "spam rejection",
    "identified spam",
    "spamming",
    "spam complaints",
    "too much spam",
    "accept spam",
    "similar to spam",
    "spam points",
    "due to spam",
    "be a spam",
    "probable spam",
    "spamprofiler",
    "unacceptable content",
    "mail content denied",
    "recurrent pattern detection",
    "bulk.advertising",
    "blacklisted url",
    "banned content",
    "blocked by our filter",
    "no spam",
    "uribl",
    "content filter",
];

const BAD_REPUTATION: &[&str] = &[
    "reputation",
    // Yahoo's deferral of a host for the volume it sends or the complaints
    // about it (its TSS04): its standing, not a list it is on.
    "user complaints",
    "unexpected volume",
];

/// A message blocked for what it holds, not for the host that sent it:
/// read before BLOCKED's "blocked" ("This message was blocked because its
/// content presents a potential ..."). Where the text goes on to name a
/// danger ("... security issue"), VIRUS_DETECTED decides first.
const BLOCKED_FOR_CONTENT: &[&str] = &[
    "blocked because its content",
    "content presents a potential",
];

const BLOCKED: &[&str] = &[
    "refused to talk to me",
    "smtp server of your isp",
    "not accepting connections",
    // Greylisting refuses an unknown sending host for a while: blocked,
    // and a retry lets it through.
    "greylist",
    "graylist",
    // RFC 5321's text of 421 at the greeting: the host is turned away.
    "closing transmission channel",
    // qmail's refusal of a domain it does not take mail for.
    "allowed rcpthosts",
    "blocked using",
    "blocked by",
    "listed at",
    "listed in",
    "listed on",
    "blacklist",
    "blocklist",
    "block list",
    "black list",
    "spamhaus",
    "spamcop",
    "barracuda",
    "sorbs",
    "abuseat",
    "dnsbl",
    "rbl",
    "client host rejected",
    "banned",
    "ip address is blocked",
    "your ip",
    "access denied",
    "refused to talk",
    "permanently deferred",
    "connection refused by",
    "blocked",
    "not allowed to connect",
    "ip blocked",
    "dynamic ip",
    "dial-up",
    "residential",
    "listed by",
    "not accepting mail from",
    "sender ip",
    "sending spam",
    "bad ip profile",
    "host network not allowed",
    "invalid ip for sending",
    "not allowed to send mail from",
    "no access from mail server",
    "has not passed validation",
    "open proxy",
    "unwanted messages",
    "requires confirmation",
    "confirm this mail server",
    "listed as abusive",
];

const TOO_MANY_CONN: &[&str] = &[
    // A session's limit of recipients (RFC 5321's 452 "too many
    // recipients"), as Microsoft's and Mimecast's tables read it too.
    "too many recipients",
    "frequency limited",
    "too many connections",
    "too many concurrent",
    "too many simultaneous",
    "connection limit",
    "too many sessions",
    "max emails per hour",
    "too many smtp sessions",
    "trop de connexions",
];

const SPEEDING: &[&str] = &[
    "rate limit",
    // Gmail: "receiving mail at a rate that prevents additional messages".
    "at a rate that",
    "ratelimit",
    "rate-limit",
    "too many messages",
    "sending rate",
    "unusual rate",
    "throttl",
    "too fast",
    "too many emails",
    "temporarily rate",
    "rate exceeded",
    "sending limit",
    // iCloud: "Messages to ... deferred due to excessive volume"; Yahoo:
    // "User is receiving mail too quickly".
    "excessive volume",
    "too quickly",
    "try again slower",
];

const EXPIRED: &[&str] = &[
    "delivery time expired",
    "message expired",
    "retry timeout exceeded",
    "retry time not reached",
    "too long in queue",
    "in the queue too long",
    "message still undelivered after",
    "could not be delivered within",
    "could not be delivered for more than",
    "was not delivered within",
    "not reachable within the allowed queue period",
    "unable to deliver message after multiple retries",
    "have been failing for a long time",
    // No route found within the queue's lifetime.
    "could not find a gateway for",
    "giving up",
    "expired",
    "delivery attempts will continue",
    "has been delayed",
    "not been collected",
    "message timed out",
    "server did not respond",
    "could not be delivered for",
];

const EXCEED_LIMIT: &[&str] = &["exceeds the limit", "limit exceeded", "header size exceeds"];

const SYSTEM_FULL: &[&str] = &[
    "disk space",
    "insufficient system storage",
    "system storage",
    "disk full",
    "out of disk",
    "no space left",
    "mail system full",
];

const NETWORK_ERROR: &[&str] = &[
    "did not accept our requests to connect",
    "host not reachable",
    "too many hops",
    "maximum hop count",
    "network error",
    "name service error",
    "dns error",
    "connection timed out",
    "timed out",
    "connection refused",
    "no route to host",
    "network is unreachable",
    "lost connection",
    "connection reset",
    "unable to connect",
    "mail loop",
    "routing loop",
    "could not connect and send",
    "host is unreachable",
    "host name lookup failure",
    "mail forwarding loop for",
    "name server reply",
    "message looping",
    "unable to resolve route",
];

const MAILER_ERROR: &[&str] = &[
    "mailer error",
    "command died",
    "exit code",
    "procmail",
    "maildrop",
    "command output:",
    // Exim's delivery to a program.
    "pipe to |",
];

const REJECTED: &[&str] = &[
    "purported responsible address",
    "unroutable sender",
    "sender address rejected",
    "sender rejected",
    "sender denied",
    "sender verify failed",
    "sender unknown",
    "invalid sender",
    "domain of sender address",
    "sender domain",
    "from address",
    "sender is not allowed",
    "batv",
    "list of senders to accept mail from",
    "bogus mail from",
    "bouncedeny",
    "senderfilterconfig",
    "emetteur invalide",
    "empty envelope sender",
    "no third-party dsns",
    "from: domain is invalid",
    "fully qualified email address required",
    "registered gateway user",
    "not owned by user",
    "null sender",
    "returned mail not accepted here",
    "from a different address or alias",
    "not pre-approved",
    "sender was rejected",
    "empty email address",
    "unsigned dsn",
    "not allowed to post to this",
    "sender email address rejected",
];

/// TLS that one side required and could not have. A refusal that only
/// asks for STARTTLS first ("must issue a STARTTLS command") is a security
/// requirement like any: SECURITY_ERROR's.
const FAILED_STARTTLS: &[&str] = &[
    "starttls is required to send mail",
    "tls required but not supported",
    // RFC 8689's option, which a receiver without it cannot honour.
    "requiretls",
    // RFC 4954's 538: encryption, for the mechanism the client chose.
    "encryption required",
];

const SECURITY_ERROR: &[&str] = &[
    "unauthenticated",
    "smtp authentication",
    "authentication required",
    "authentication failed",
    "must issue a starttls",
    "tls required",
    "starttls",
];

const POLICY_VIOLATION: &[&str] = &[
    "policy",
    // A header that breaks the receiver's rules (Gmail's, Sendmail's,
    // Exim's "5.7.x Header error"), and a session that broke SMTP's.
    "header error",
    "protocol violation",
    "prohibited",
    "not allowed",
    "not permitted",
    // Exim's word for a refusal by its access rules.
    "administrative prohibition",
    "illegal attachment",
    "members-only list",
    "closed mailing list",
    "policies",
    "organizational settings",
    "low priority",
    "not subscribed to this group",
    "mass mailer",
    "solving a captcha",
    "containing images",
];

const CONTENT_ERROR: &[&str] = &[
    "message content",
    "content rejected",
    "header",
    "mime",
    "charset",
    "attachment",
    "improperly-formatted binary content",
    "unnecessary base64 encoding",
];

const SYNTAX_ERROR: &[&str] = &[
    "syntax error",
    "command not recognized",
    "command unrecognized",
    "unrecognized command",
    "bad sequence of commands",
    "invalid command",
    "line too long",
    "bad command",
    "unknown command",
];

/// Messages that break the message format's rules (RFC 5322): Gmail's and
/// Microsoft's words for a header given twice or a From with many
/// addresses.
const NOT_COMPLIANT_RFC: &[&str] = &[
    "not rfc 5322 compliant",
    "rfc 5322",
    "rfc5322",
    "multiple addresses in from",
    "duplicate header",
    "rfcmessagenoncompliant",
];

/// The receiving system failed, in RFC 5321's words for 554 and 421, and
/// those of servers that say so.
const SYSTEM_ERROR: &[&str] = &[
    "service currently unavailable",
    "transaction failed",
    "local error in processing",
    "internal error",
    "system error",
    "server error",
    "configuration error",
    "config error",
    "can't create user output file",
    "could not load drd",
    "interrupted system call",
    "error while being processed",
    "loop was found in the mail exchanger",
    "loops back to myself",
    "queue file write error",
    "no mdb",
    "misconfigured",
    "temporary local problem",
    "timeout waiting for input",
];
