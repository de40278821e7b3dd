//! What a bounce says of one recipient.

use smtp_status::{Action, Command, EnhancedStatusCode, Reason, ReplyCode, Verdict};

/// The format a bounce was read in: the report's standard, or the MTA or
/// provider whose text it is. The crate's docs list what each reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum Format {
    /// A delivery status notification: RFC 3464's `message/delivery-status`.
    Rfc3464,
    /// RFC 6533's `message/global-delivery-status` (UTF-8 addresses).
    Rfc6533,
    /// A feedback report, RFC 5965's `message/feedback-report` (ARF).
    Arf,
    /// An automatic reply, RFC 3834 (an out-of-office notice).
    Rfc3834,
    /// An unsubscribe request a mail program sent for its user (Apple
    /// Mail's `X-Apple-Unsubscribe`): a feedback of type `opt-out`.
    Unsubscribe,
    /// An Amazon SES notification (JSON): a bounce, a complaint or a
    /// delivery.
    AmazonSes,
    /// Postfix's text, where it sent no report.
    Postfix,
    /// Exim's text ("This message was created automatically by mail
    /// delivery software").
    Exim,
    /// qmail's qmail-send ("Hi. This is the qmail-send program").
    Qmail,
    /// Sendmail's session transcript ("----- Transcript of session follows -----").
    Sendmail,
    /// OpenSMTPD's text ("This is the MAILER-DAEMON, please DO NOT REPLY").
    OpenSmtpd,
    /// DragonFly Mail Agent ("This is the DragonFly Mail Agent").
    DragonFly,
    /// Gmail's text ("Delivery to the following recipient failed").
    Gmail,
    /// Google Groups' refusal to post ("X-Failed-Recipients", the group
    /// that may not exist).
    GoogleGroups,
    /// Yahoo's text ("Sorry, we were unable to deliver your message").
    Yahoo,
    /// Lotus Notes' and IBM Domino's text ("------- Failure Reasons
    /// --------").
    Notes,
    /// Microsoft Exchange's text ("Your message did not reach some or all
    /// of the intended recipients").
    Exchange,
    /// Apache James' notices ("Error message below:", "Message details:").
    ApacheJames,
    /// fml's refusals of a post to a mailing list ("You are not a member
    /// of this mailing list").
    Fml,
    /// Verizon Wireless' MMS gateway ("Message could not be delivered to
    /// mobile").
    Verizon,
    /// Trend Micro InterScan Messaging Security Suite ("Unable to deliver
    /// message to").
    InterScan,
    /// Oracle Communications Messaging Server's text ("This report
    /// relates to a message you sent").
    MessagingServer,
    /// Ipswitch IMail Server's text ("Body of message generated
    /// response:").
    IMail,
    /// Trustwave MailMarshal SMTP's text ("Could not be delivered because
    /// of").
    MailMarshal,
    /// A bounce in words of no format known here, read by its addresses
    /// and codes alone.
    Text,
}

impl Format {
    /// The format's stable lowercase name: `"rfc3464"`, `"exim"`...
    ///
    /// ```
    /// assert_eq!(smtp_bounce::Format::Qmail.as_str(), "qmail");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Format::Rfc3464 => "rfc3464",
            Format::Rfc6533 => "rfc6533",
            Format::Arf => "arf",
            Format::Rfc3834 => "rfc3834",
            Format::Unsubscribe => "unsubscribe",
            Format::AmazonSes => "amazonses",
            Format::Postfix => "postfix",
            Format::Exim => "exim",
            Format::Qmail => "qmail",
            Format::Sendmail => "sendmail",
            Format::OpenSmtpd => "opensmtpd",
            Format::DragonFly => "dragonfly",
            Format::Gmail => "gmail",
            Format::GoogleGroups => "googlegroups",
            Format::Yahoo => "yahoo",
            Format::Notes => "notes",
            Format::Exchange => "exchange",
            Format::ApacheJames => "apachejames",
            Format::Fml => "fml",
            Format::Verizon => "verizon",
            Format::InterScan => "interscan",
            Format::MessagingServer => "messagingserver",
            Format::IMail => "imail",
            Format::MailMarshal => "mailmarshal",
            Format::Text => "text",
        }
    }
}

/// One recipient of a bounce: who, what happened, why, and what to do.
///
/// Fields are `None` where the bounce does not say; texts are the
/// bounce's own, decoded and unfolded.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Recipient {
    /// The address: Final-Recipient, else Original-Recipient, else as
    /// the text names it.
    pub address: String,
    /// What the reporting MTA did (RFC 3464 §2.3.3).
    pub action: Option<Action>,
    /// The enhanced status code (RFC 3463), from the report or the text.
    pub status: Option<EnhancedStatusCode>,
    /// The remote server's reply code.
    pub reply_code: Option<ReplyCode>,
    /// What the remote server said (or the reporting MTA, where no server
    /// did), without the reporting MTA's framing ("host ... said:").
    pub diagnostic: Option<String>,
    /// The diagnostic's type: `smtp`, `X-Postfix`, `X-Unix`...
    pub diagnostic_type: Option<String>,
    /// The server that refused (Remote-MTA, or the host the text names).
    pub remote_mta: Option<String>,
    /// The MTA that wrote the bounce.
    pub reporting_mta: Option<String>,
    /// The SMTP command the refusal answered.
    pub command: Option<Command>,
    /// The last attempt's date, as written.
    pub last_attempt: Option<String>,
    /// Why: the reason's Sisimai name when serialized.
    pub reason: Reason,
    /// Whether the address itself is bad, so that a list drops it.
    pub hard_bounce: bool,
    /// Retry or give up.
    pub verdict: Verdict,
    /// The format the bounce was read in.
    pub format: Format,
    /// A feedback report's Feedback-Type (`abuse`, `opt-out`...).
    pub feedback_type: Option<String>,
}
