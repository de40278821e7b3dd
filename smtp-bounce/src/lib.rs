//! Bounce messages read into per-recipient verdicts.
//!
//! A bounce processor (a mailing list, a newsletter sender, a helpdesk)
//! never sees a reply line: it gets a message in a mailbox. [`Bounce::parse`]
//! takes the raw bytes of one and says what it is ([`Kind`]: a delivery
//! status notification, a bounce written as text, a feedback report, an
//! automatic reply, a report of success, or no bounce), and for each
//! recipient it reports on, a [`Recipient`]: the address, what happened,
//! why ([`Reason`](smtp_status::Reason), with Sisimai's names), whether
//! the address is bad ([`hard_bounce`](Recipient::hard_bounce)), and
//! whether to retry. [`Bounce::original`] says which message bounced.
//!
//! ```
//! use smtp_bounce::{Bounce, Kind};
//!
//! let raw = b"From: MAILER-DAEMON@mx.example.net\n\
//! To: sender@example.org\n\
//! Subject: Undelivered Mail Returned to Sender\n\
//! Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\
//! \n\
//! --b\n\
//! Content-Type: text/plain\n\
//! \n\
//! This is the mail system at host mx.example.net.\n\
//! --b\n\
//! Content-Type: message/delivery-status\n\
//! \n\
//! Reporting-MTA: dns; mx.example.net\n\
//! \n\
//! Final-Recipient: rfc822; bob@example.com\n\
//! Action: failed\n\
//! Status: 5.2.2\n\
//! Diagnostic-Code: smtp; 552 5.2.2 <bob@example.com>: Mailbox full\n\
//! --b--\n";
//! let bounce = Bounce::parse(raw)?;
//! assert_eq!(bounce.kind(), Kind::DeliveryStatus);
//! let bob = &bounce.recipients()[0];
//! assert_eq!(bob.address, "bob@example.com");
//! assert_eq!(bob.reason.as_str(), "mailboxfull");
//! assert!(!bob.hard_bounce); // keep the address
//! # Ok::<(), smtp_bounce::Error>(())
//! ```
//!
//! # The formats read
//!
//! | format | how it is known | what is read |
//! |---|---|---|
//! | RFC 3464 / RFC 6533 (`rfc3464`, `rfc6533`) | a `message/delivery-status` or `message/global-delivery-status` part | every recipient group; the per-message and per-recipient fields in one group, or no per-message group, are read too; stray lines in the part are skipped; an empty Diagnostic-Code is taken from the text |
//! | ARF, RFC 5965 (`arf`) | a `message/feedback-report` part | Feedback-Type, the recipient (Original-Rcpt-To, Removal-Recipient, else the returned message's To) |
//! | Amazon SES (`amazonses`) | a JSON notification (SNS, or raw) in the text | bounced, complained-of and delivered recipients |
//! | unsubscribe requests (`unsubscribe`) | `X-Apple-Unsubscribe: true` (Apple Mail's request to a list's `List-Unsubscribe` address) | who asks to be removed (From), as feedback of type `opt-out` |
//! | RFC 3834 (`rfc3834`) | `Auto-Submitted: auto-replied`, `X-Autoreply`, `Precedence: auto_reply`, or an automatic reply's Subject | who replied (From) |
//! | Exim (`exim`) | "This message was created automatically by mail delivery software", `X-Failed-Recipients` | each failed address and what was said of it |
//! | qmail (`qmail`) | "Hi. This is the qmail-send program" | each `<address>:` and "Remote host said:" |
//! | Postfix (`postfix`) | "This is the mail system at host" | "`<address>`: host ... said: ... (in reply to ... command)" |
//! | Sendmail (`sendmail`) | "----- Transcript of session follows -----" | the transcript's commands and replies |
//! | OpenSMTPD (`opensmtpd`) | "This is the MAILER-DAEMON, please DO NOT REPLY" | "address: reply" |
//! | DragonFly Mail Agent (`dragonfly`) | "This is the DragonFly Mail Agent" | the address, the command the host "did not like" |
//! | Gmail (`gmail`) | "Delivery to the following recipient failed permanently" | the address, "The error that the other server returned was:" |
//! | Google Groups (`googlegroups`) | Google Groups' words, `X-Failed-Recipients` | the group that refused to take the post |
//! | Yahoo (`yahoo`) | "Sorry, we were unable to deliver your message" | the address, "Remote host said:" |
//! | Lotus Notes, IBM Domino (`notes`) | "------- Failure Reasons --------" | the reason, then each address it was given for |
//! | Exchange (`exchange`) | "did not reach some or all of the intended recipients" (2000/2003); "Diagnostic information for administrators" (2007 and later) | each address and the server's words (its IMS code; the refusal between `#` and `##`) |
//! | Apache James (`apachejames`) | "Error message below:" (or a `[BOUNCE]` Subject, a JavaMail Message-ID, James' Received line) and "Message details:" | each `RCPT TO:` of the details, the error above them |
//! | fml (`fml`) | `X-MLServer: fml`, the list's `-admin` sender, an fml Message-ID, and fml's words of a refusal | the list's address, the refusal ("not a member": `rejected`) |
//! | Verizon Wireless MMS (`verizon`) | a sender at `vzwpix.com` | the returned message's To, the `Error:` line |
//! | Oracle Communications Messaging Server (`messagingserver`) | "This report relates to a message you sent with the following header fields" | each `Recipient address:` with its `Reason:`, `Diagnostic code:` and `Remote system:` |
//! | Trend Micro InterScan MSS (`interscan`) | "Unable to deliver message to `<address>`", an InterScan sender | each address, the `Sent <<<` command and the `Received >>>` reply |
//! | Ipswitch IMail Server (`imail`) | "Body of message generated response:", IMail's `X-Mailer` | each "Unknown user: address" or "undeliverable to address", the response above it |
//! | Trustwave MailMarshal (`mailmarshal`) | "Could not be delivered because of" | the reply, each address under "The following recipients were affected:", the Reporting-MTA |
//! | any other bounce (`text`) | a mail system's sender, a bounce's Subject | each address and the words and codes after it |
//!
//! Messages in any charset are read (mail-parser with its
//! `full_encoding` feature: ISO-2022-JP, Shift_JIS, EUC-KR...). A mail
//! system's message that carries a bounce attached whole is read as that
//! bounce.
//!
//! # Reasons from the whole message
//!
//! Each recipient's reason starts from the remote server's reply (its
//! code, enhanced code and words, as
//! [`Reason::classify`](smtp_status::Reason::classify) reads them), and
//! takes in what the rest of the bounce says: the command it answered (an
//! unknown user refused after DATA, or tied to no address by an X.1.x code
//! or a refused RCPT, is `filtered`), the action (still `delayed`, or
//! `failed` after temporary refusals that named no reason: `expired`), the
//! diagnostic's type (a local program's `X-Unix` failure is
//! `mailererror`), connections that never got an answer (`expired`), and
//! the receiving providers' own codes, read first:
//!
//! | provider | what is read |
//! |---|---|
//! | Google (Gmail, Workspace) | RFC 5322 breaches, unauthenticated mail and DMARC, disabled and missing accounts, over quota, a group's spam classification |
//! | Microsoft (Outlook.com, Exchange Online, Exchange) | Exchange's component codes (`RESOLVER.ADR.ExRecipNotFound`, `SMTPSEND.DNS.NonExistentDomain`, `QUEUE.Expired`...), `RESOLVER.ADR.RecipientNotFound`, banned sending IPs, Outlook.com's `SC-00x` and `DY-00x` refusals of a host, DMARC, directory-based edge blocking, an unavailable mailbox |
//! | Yahoo | "This user doesn't have a ... account", the `[BL2x]` block lists |
//! | GoDaddy | its `IBnnn` codes |
//! | Meta | its `RCP-` and `POL-` codes |
//! | Tencent (QQ Mail) | frequency limits, missing and full mailboxes |
//! | NTT docomo | a reception filter's "Unknown user" after DATA (the sender refused) |
//! | KDDI (au) | `550 <address>: User unknown` (no such address) against `550 : User unknown` (the owner's filter) |
//! | Mimecast | its list of refusals, by reply code and phrase |
//! | Cox | its `AUP#` codes (`CXBL`, `IPBLnnnn`, `CXSNDR`...) and its own words |
//! | Spectrum (Charter) | its `AUP#` numbers |
//! | Orange, La Poste | their `OFR_`, `LPN` and `OUK` numbers |
//! | Cloudflare Email Routing | its block-list and upstream refusals |
//! | i.ua | the number of its error page (`mail.i.ua/err/N/`) |
//! | Zoho Mail | its own words (DMARC, policy, a virus, no such user) |
//!
//! # Features
//!
//! - `serde`: `Serialize` for [`Recipient`], [`Kind`], [`Format`],
//!   [`OriginalMessage`] and [`Returned`] (reasons as their names).

#![cfg_attr(docsrs, feature(doc_cfg))]

mod error;
mod formats;
mod message;
mod mime;
mod original;
mod providers;
mod reason;
mod record;
mod text;
mod verp;

pub use error::Error;
pub use message::{Bounce, Kind};
pub use original::{OriginalMessage, Returned};
pub use record::{Format, Recipient};
pub use verp::decode_verp;
