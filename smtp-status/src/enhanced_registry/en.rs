//! The registry's meanings in English, one table per subject, indexed by
//! detail.

/// `X.0.X`.
const OTHER: [&str; 1] = ["Other status: nothing more specific applies."];

/// `X.1.X`.
const ADDRESSING: [&str; 11] = [
    "Other address status: nothing more specific applies.",
    "The mailbox named as the recipient does not exist.",
    "The system named in the recipient address does not exist or cannot take mail.",
    "The recipient mailbox address is syntactically wrong.",
    "The recipient address matches more than one mailbox.",
    "The recipient address is valid.",
    "The mailbox has moved and no forwarding address is known.",
    "The sender's mailbox address is syntactically wrong.",
    "The sender's system address is not valid or cannot take replies.",
    "The message was relayed to a mailer that does not support message tracking (RFC 3886).",
    "The recipient's domain publishes a null MX: it accepts no mail (RFC 7505).",
];

/// `X.2.X`.
const MAILBOX: [&str; 5] = [
    "Other mailbox status: nothing more specific applies.",
    "The mailbox is disabled and does not accept messages.",
    "The mailbox is full.",
    "The message is larger than the recipient's limit allows.",
    "Expanding a mailing list failed.",
];

/// `X.3.X`.
const MAIL_SYSTEM: [&str; 7] = [
    "Other mail system status: nothing more specific applies.",
    "The mail system is out of storage.",
    "The system is not accepting network messages, for example while it shuts down.",
    "The system does not support a feature that the message needs.",
    "The message is larger than the system accepts.",
    "The system is configured wrongly.",
    "The requested priority was changed (RFC 6710).",
];

/// `X.4.X`.
const NETWORK_ROUTING: [&str; 8] = [
    "Other network or routing status: nothing more specific applies.",
    "The destination host did not answer.",
    "The connection broke or could not be kept up.",
    "A directory server, such as DNS, failed.",
    "No route to the destination could be found.",
    "The mail system is congested.",
    "A routing loop was detected.",
    "The message could not be delivered in time and expired.",
];

/// `X.5.X`.
const MAIL_DELIVERY: [&str; 7] = [
    "Other mail delivery protocol status: nothing more specific applies.",
    "The command is not valid here or not known.",
    "The command has a syntax error.",
    "The message has more recipients than allowed.",
    "The command's arguments are not valid.",
    "The protocol version is wrong.",
    "A line of the authentication exchange is too long (RFC 4954).",
];

/// `X.6.X`.
const MESSAGE_CONTENT: [&str; 11] = [
    "Other message content status: nothing more specific applies.",
    "The media type of the content is not supported.",
    "The content must be converted for delivery, but conversion is prohibited.",
    "The content must be converted for delivery, but conversion is not supported.",
    "The message was delivered, but converting it lost some content.",
    "Converting the content failed.",
    "Content that the message refers to is not available (RFC 4468).",
    "Non-ASCII addresses are not allowed for this sender or recipient (RFC 6531).",
    "A reply in UTF-8 is needed, but the client does not allow one (RFC 6531).",
    "A message with UTF-8 headers cannot be passed on to some recipients, so it is rejected (RFC 6531).",
    "A reply in UTF-8 is needed, but the client does not allow one; registered beside X.6.8 (RFC 6531).",
];

/// `X.7.X`.
const SECURITY_POLICY: [&str; 31] = [
    "Other security or policy status: nothing more specific applies.",
    "The sender is not authorized to send this message; it was refused.",
    "The sender may not expand this mailing list.",
    "A security conversion is required but cannot be done.",
    "A requested security feature is not supported.",
    "A cryptographic operation failed.",
    "A cryptographic algorithm that the message needs is not supported.",
    "The message failed an integrity check.",
    "The authentication credentials are not valid (RFC 4954).",
    "The authentication mechanism is too weak for this server's policy (RFC 4954).",
    "Encryption is required for this (RFC 5248).",
    "The requested authentication mechanism needs an encrypted connection (RFC 4954).",
    "The user must change their password first (RFC 4954).",
    "The user's account is disabled (RFC 5248).",
    "The sender lacks a trust relationship that this requires (RFC 5248).",
    "The message's priority is too low for it to be accepted now (RFC 6710).",
    "The message is too big for the priority it asks for (RFC 6710).",
    "The mailbox has changed owner since the date the sender gave (RFC 7293).",
    "The domain has changed owner since the date the sender gave (RFC 7293).",
    "The require-recipient-valid-since test could not be completed (RFC 7293).",
    "No DKIM signature on the message passed verification (RFC 7372).",
    "No DKIM signature on the message is acceptable under local policy (RFC 7372).",
    "No valid DKIM signature matches the author's domain (RFC 7372).",
    "The message failed SPF validation (RFC 7372).",
    "Checking SPF produced an error (RFC 7372).",
    "The client's IP address failed reverse DNS validation (RFC 7372).",
    "The message failed more than one authentication check (RFC 7372).",
    "The sender's domain publishes a null MX: it sends no mail and takes no replies (RFC 7505).",
    "The sender is sending too much mail too quickly; it looks like a flood.",
    "The message failed ARC validation (RFC 8617).",
    "The message requires REQUIRETLS, which the next hop does not support (RFC 8689).",
];

/// The registry, by subject number.
pub(super) const SUBJECTS: [&[&str]; 8] = [
    &OTHER,
    &ADDRESSING,
    &MAILBOX,
    &MAIL_SYSTEM,
    &NETWORK_ROUTING,
    &MAIL_DELIVERY,
    &MESSAGE_CONTENT,
    &SECURITY_POLICY,
];
