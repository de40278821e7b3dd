//! `Reason::classify` on replies that real servers send, each with the
//! reason and the hard/soft verdict a bounce processor wants. Where each
//! text comes from is said beside it: the private Postfix of these tests,
//! or the server's published error text (its documentation, or the text as
//! widely reported by the people who received it).

#[allow(dead_code)]
#[path = "../examples/explain.rs"]
mod explain;

use smtp_status::{EnhancedStatusCode, Language, Reason, Reply, ReplyCode};

/// (reply as sent, expected reason)
const CASES: &[(&str, Reason)] = &[
    // The private Postfix (scripts/postfix.sh), as tests/postfix.rs sees it.
    ("550 5.1.1 <nosuchuser@localhost>: Recipient address rejected: User unknown in local recipient table", Reason::UserUnknown),
    ("554 5.7.1 <someone@example.com>: Relay access denied", Reason::NoRelaying),
    ("552 5.3.4 Message size exceeds fixed limit", Reason::MesgTooBig),
    // Postfix's documented restriction texts (postconf(5), access(5)).
    ("450 4.7.1 Client host rejected: cannot find your hostname, [192.0.2.1]", Reason::RequirePtr),
    ("554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org", Reason::Blocked),
    ("553 5.7.1 <x@example.com>: Sender address rejected: not owned by user bob", Reason::Rejected),
    // Sendmail's classic texts.
    ("550 5.1.1 <bob@example.com>... User unknown", Reason::UserUnknown),
    ("552 5.2.2 <bob@example.com>... Mailbox Full", Reason::MailboxFull),
    ("553 5.1.8 <x@example.invalid>... Domain of sender address x@example.invalid does not exist", Reason::Rejected),
    // Sendmail on a recipient domain with a null MX (RFC 7505): its status
    // is the sender's code, X.7.27, its text says whose host it is.
    ("550 5.7.27 Host does not accept mail", Reason::NotAccept),
    ("550 5.7.27 Sender address has null MX", Reason::Rejected),
    // qmail.
    ("550 sorry, no mailbox here by that name. (#5.1.1)", Reason::UserUnknown),
    // Texts that bounce processors (Sisimai's tables) put on a reason: a
    // line too long for SMTP, a header the receiver's rules refuse, a
    // session that broke the protocol.
    ("500 Line limit exceeded", Reason::MesgTooBig),
    ("554 5.7.0 Header error", Reason::PolicyViolation),
    ("550 Protocol violation", Reason::PolicyViolation),
    // Exim.
    ("550 Unrouteable address", Reason::UserUnknown),
    ("550 Sender verify failed", Reason::Rejected),
    // Dovecot LMTP quota.
    ("552 5.2.2 <bob@example.com> Quota exceeded (mailbox for user is full)", Reason::MailboxFull),
    // Gmail's published SMTP error messages.
    ("450 4.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered. Please resend your message at a later point.", Reason::Speeding),
    ("550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces.", Reason::UserUnknown),
    ("452 4.2.2 The email account that you tried to reach is over quota.", Reason::MailboxFull),
    ("550 5.2.1 The email account that you tried to reach is disabled.", Reason::Suspend),
    ("550 5.7.1 Our system has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked.", Reason::SpamDetected),
    ("550 5.7.26 This mail has been blocked because the sender is unauthenticated.", Reason::AuthFailure),
    ("550 5.7.25 The IP address sending this message does not have a PTR record setup, or the corresponding forward DNS entry does not point to the sending IP.", Reason::RequirePtr),
    ("552 5.2.3 Your message exceeded Google's message size limits.", Reason::ExceedLimit),
    // Microsoft Exchange and 365 (their NDR reference).
    ("550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup", Reason::UserUnknown),
    ("550 5.4.1 Recipient address rejected: Access denied. AS(201806281)", Reason::UserUnknown),
    ("550 5.7.606 Access denied, banned sending IP [192.0.2.1]", Reason::Blocked),
    ("554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException", Reason::MailboxFull),
    ("550 5.5.0 Requested action not taken: mailbox unavailable.", Reason::UserUnknown),
    // Yahoo and AOL (their postmaster pages).
    ("554 delivery error: dd This user doesn't have a yahoo.com account (bob@yahoo.com) [0] - mta1234.mail.gq1.yahoo.com", Reason::UserUnknown),
    // The host is held back for what it sent and the complaints about it:
    // its standing with Yahoo, not a rate limit.
    ("421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints", Reason::BadReputation),
    ("553 5.7.2 [TSS09] All messages from 192.0.2.1 will be permanently deferred; Retrying will NOT succeed.", Reason::Blocked),
    ("552 1 Requested mail action aborted, mailbox not found", Reason::UserUnknown),
    // iCloud and Comcast.
    ("550 5.1.1 <bob@icloud.com>: user does not exist", Reason::UserUnknown),
    ("550 5.1.1 <bob@comcast.net> Not our Customer", Reason::UserUnknown),
    ("421 4.7.1 Messages to bob@icloud.com deferred due to excessive volume. Try again later - https://support.apple.com/en-us/HT204137", Reason::Speeding),
    ("450 User is receiving mail too quickly", Reason::Speeding),
    // Greylisting (postgrey's text): the sending host refused for a while.
    ("450 4.2.0 <bob@example.com>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.com.html", Reason::Blocked),
    // RFC 5321's own reply texts (§3.4, §4.2.2, §4.2.3), RFC 3207's and
    // RFC 4954's examples, and RFC 7505's registry entry.
    ("551 User not local; please try <bob@example.org>", Reason::HasMoved),
    ("452 Requested action not taken: insufficient system storage", Reason::SystemFull),
    ("552 Requested mail action aborted: exceeded storage allocation", Reason::MailboxFull),
    ("553 Requested action not taken: mailbox name not allowed", Reason::UserUnknown),
    ("500 Syntax error, command unrecognized", Reason::SyntaxError),
    ("530 Must issue a STARTTLS command first", Reason::SecurityError),
    ("530 5.7.0 Authentication required", Reason::SecurityError),
    ("538 5.7.11 Encryption required for requested authentication mechanism", Reason::FailedStartTls),
    // RFC 8689's refusal of a message that asked for REQUIRETLS, and the
    // text a relay (SendGrid) gives for a receiver without TLS.
    ("550 5.7.30 REQUIRETLS support required", Reason::FailedStartTls),
    ("554 5.7.0 TLS required but not supported", Reason::FailedStartTls),
    ("556 5.1.10 Recipient address has null MX", Reason::NotAccept),
    // Postfix's restriction texts (postconf(5): reject_unknown_recipient_domain,
    // smtpd_client_connection_count_limit, reject_unknown_helo_hostname,
    // reject_non_fqdn_helo_hostname, reject_unknown_reverse_client_hostname,
    // reject_sender_login_mismatch, reject_unknown_sender_domain).
    ("450 4.1.2 <bob@example.invalid>: Recipient address rejected: Domain not found", Reason::HostUnknown),
    ("421 4.7.0 mx.example.com Error: too many connections from 192.0.2.1", Reason::TooManyConn),
    ("450 4.7.1 <mail.example.com>: Helo command rejected: Host not found", Reason::Blocked),
    ("504 5.5.2 <localhost>: Helo command rejected: need fully-qualified hostname", Reason::Blocked),
    ("450 4.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.1]", Reason::RequirePtr),
    ("553 5.7.1 <a@example.com>: Sender address rejected: not logged in", Reason::Rejected),
    ("450 4.1.8 <a@example.invalid>: Sender address rejected: Domain not found", Reason::Rejected),
    // Microsoft's documented NDRs (Exchange Online: 5.4.14, 5.7.708).
    ("554 5.4.14 Hop count exceeded - possible mail loop", Reason::NetworkError),
    ("550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP.", Reason::Blocked),
    // Yahoo's error code page; Gmail's SMTP error reference.
    ("554 5.7.9 Message not accepted for policy reasons. See https://postmaster.yahooinc.com/error-codes", Reason::PolicyViolation),
    ("552 5.7.0 This message was blocked because its content presents a potential security issue.", Reason::VirusDetected),
    // RFC 5321's 421 text, at the greeting; qmail-smtpd's refusal of a
    // domain not in its rcpthosts; Exim's default text for an ACL's deny;
    // AOL's classic refusal, its enhanced code after a '#'.
    ("421 Service not available, closing transmission channel", Reason::Blocked),
    ("553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)", Reason::Blocked),
    ("550 Administrative prohibition", Reason::PolicyViolation),
    ("550 #5.1.0 Address rejected.", Reason::UserUnknown),
    // RFC 7504's codes of a host and a domain that take no mail, and the
    // registry's 525 of a disabled account, with no words that say more.
    ("521 mx.example.com", Reason::NotAccept),
    ("556 example.com", Reason::NotAccept),
    ("525 sorry", Reason::Suspend),
    // Texts of real servers that Sisimai's reason tables record (its
    // public source), read the same here.
    ("550 5.1.1 <bob@example.com>: Recipient address rejected: Invalid user", Reason::UserUnknown),
    ("553 sorry, your envelope recipient is in my badrcptto list (#5.7.1)", Reason::UserUnknown),
    ("550 Utilisateur inconnu !", Reason::UserUnknown),
    ("550 5.2.1 Message rejected due to user rules", Reason::Filtered),
    ("550 5.7.1 Refused due to recipient preferences", Reason::Filtered),
    ("452 4.2.2 Quota violation for bob@example.com", Reason::MailboxFull),
    ("554 5.3.4 Message size exceeds maximum value; max message size exceeded", Reason::MesgTooBig),
    ("550 5.7.1 This system is not configured to relay mail from <x@example.org>", Reason::NoRelaying),
    ("554 Message rejected: Email address is not verified.", Reason::NoRelaying),
    ("450 service permits 2 unverifyable sending IPs", Reason::RequirePtr),
    ("550 5.7.1 Blocked by SpamAssassin", Reason::SpamDetected),
    ("554 5.7.1 Your message has triggered a spam block", Reason::SpamDetected),
    ("550 5.7.1 Message blocked because its content presents a potential risk", Reason::PolicyViolation),
    ("550 5.7.1 BATV failed to verify", Reason::Rejected),
    ("550 Pipe to |/usr/bin/procmail failed", Reason::MailerError),
    ("451 4.3.0 Mail for example.com loops back to myself", Reason::SystemError),
];

fn classify(text: &str) -> Reason {
    let wire = format!("{text}\r\n");
    let (reply, _) = Reply::parse(wire.as_bytes()).expect(text);
    reply.reason()
}

#[test]
fn real_replies_give_their_reason() {
    let mut wrong = Vec::new();
    for &(text, expected) in CASES {
        let got = classify(text);
        if got != expected {
            wrong.push(format!("{text}\n  expected {expected}, got {got}"));
        }
        assert_eq!(got.is_hard_bounce(), expected.is_hard_bounce(), "{text}");
        // The same text with no codes given, as it stands and as reports
        // quote it (a DSN's Diagnostic-Code, Postfix's bounce text): the
        // codes in it are read, and the reason is the same.
        let quoted = [
            text.to_owned(),
            format!("smtp; {text}"),
            format!("host mx.example.com[192.0.2.1] said: {text} (in reply to RCPT TO command)"),
        ];
        for text in &quoted {
            let got = Reason::classify(None, None, text.as_bytes());
            if got != expected {
                wrong.push(format!(
                    "{text} (text only)\n  expected {expected}, got {got}"
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn hard_bounces_are_the_bad_addresses() {
    let hard: Vec<_> = Reason::ALL
        .into_iter()
        .filter(|r| r.is_hard_bounce())
        .collect();
    assert_eq!(
        hard,
        [
            Reason::UserUnknown,
            Reason::HostUnknown,
            Reason::HasMoved,
            Reason::NotAccept
        ]
    );
    for reason in Reason::ALL {
        assert_eq!(Reason::from_name(reason.as_str()), Some(reason));
        assert!(reason.as_str().bytes().all(|b| b.is_ascii_lowercase()));
        assert!(!reason.description().is_empty());
    }
}

#[test]
fn any_part_may_be_missing() {
    let enhanced = |text: &str| text.parse::<EnhancedStatusCode>().ok();
    // A DSN's Status: alone.
    assert_eq!(
        Reason::classify(None, enhanced("5.1.1"), b""),
        Reason::UserUnknown
    );
    assert_eq!(
        Reason::classify(None, enhanced("4.4.7"), b""),
        Reason::Expired
    );
    // A diagnostic with text only (Postfix's X-Postfix; type).
    assert_eq!(
        Reason::classify(None, None, b"Host or domain name not found. Name service error for name=example.invalid type=MX: Host not found, try again"),
        Reason::HostUnknown
    );
    assert_eq!(
        Reason::classify(
            None,
            None,
            b"connect to mx.example.com[192.0.2.1]:25: Connection timed out"
        ),
        Reason::NetworkError
    );
    assert_eq!(Reason::classify(None, None, b""), Reason::Undefined);
    // X.1.1 is an unknown user unless the text names a block, a full
    // mailbox, a move, a refused sender or a domain without mail.
    let user = "5.1.1".parse().ok();
    let code = ReplyCode::new(550);
    assert_eq!(
        Reason::classify(code, user, b"550 5.1.1 Go away"),
        Reason::UserUnknown
    );
    let full = b"550 5.1.1 <bob@example.com>: mailbox is full";
    assert_eq!(Reason::classify(code, user, full), Reason::MailboxFull);
    let listed = b"550 5.1.1 Client host blocked using zen.spamhaus.org";
    assert_eq!(Reason::classify(code, user, listed), Reason::Blocked);
    let spam = b"550 5.1.1 Message looks like spam";
    assert_eq!(Reason::classify(code, user, spam), Reason::UserUnknown);
    // A domain that takes no mail: for good a hard bounce, for now not.
    let shutting_down = b"421 4.3.2 Service shutting down";
    let enhanced = "4.3.2".parse().ok();
    let reason = Reason::classify(ReplyCode::new(421), enhanced, shutting_down);
    assert_eq!(reason, Reason::SystemError);
    let null_mx = b"556 5.1.10 Recipient address has null MX";
    let reason = Reason::classify(ReplyCode::new(556), "5.1.10".parse().ok(), null_mx);
    assert_eq!(reason, Reason::NotAccept);
    assert!(reason.is_hard_bounce());
    // The command a permanent refusal answered, as Postfix's bounce text
    // names it, when nothing else tells.
    let postfix_says = |text: &[u8]| Reason::classify(ReplyCode::new(550), None, text);
    assert_eq!(
        postfix_says(
            b"host mx.example.com[192.0.2.1] said: 550 Go away (in reply to RCPT TO command)"
        ),
        Reason::UserUnknown
    );
    assert_eq!(
        postfix_says(
            b"host mx.example.com[192.0.2.1] said: 550 Go away (in reply to MAIL FROM command)"
        ),
        Reason::Rejected
    );
    assert_eq!(
        postfix_says(
            b"host mx.example.com[192.0.2.1] said: 550 Go away (in reply to end of DATA command)"
        ),
        Reason::Filtered
    );
    // Not for a temporary refusal: that one is retried, and its words
    // name no reason.
    assert_eq!(
        Reason::classify(
            ReplyCode::new(450),
            None,
            b"450 Go away (in reply to RCPT TO command)"
        ),
        Reason::OnHold
    );
    // A refusal in words that name nothing; and nothing said at all.
    assert_eq!(
        Reason::classify(ReplyCode::new(550), None, b"550 Go away"),
        Reason::OnHold
    );
    assert_eq!(
        Reason::classify(None, "5.0.0".parse().ok(), b""),
        Reason::Undefined
    );
    assert_eq!(
        Reason::classify(ReplyCode::new(250), None, b"ok"),
        Reason::Delivered
    );
    // Any bytes: not UTF-8, controls, upper case.
    assert_eq!(
        Reason::classify(
            ReplyCode::new(550),
            None,
            b"\xff\xfe\x1b[31mUSER UNKNOWN\x00"
        ),
        Reason::UserUnknown
    );
}

#[test]
fn explain_says_why_and_what_to_do() {
    let (reply, _) =
        Reply::parse(b"550 5.1.1 <bob@example.com>: Recipient address rejected\r\n").unwrap();
    let shown = explain::explain(&reply, Language::English);
    assert!(
        shown.contains("reason:      userunknown — hard bounce: The address does not exist: do not retry, remove it."),
        "{shown}"
    );
    assert!(shown.contains("verdict:     give up"), "{shown}");
    let (reply, _) = Reply::parse(b"250 2.0.0 Ok\r\n").unwrap();
    assert!(!explain::explain(&reply, Language::English).contains("reason:"));
}
