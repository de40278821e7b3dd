//! The fallback: a message that says it is a bounce (its sender, its
//! Subject) in words of no format known here, read by its addresses and
//! codes alone. Where no address in its words is said anything of, the
//! addresses it lists under words that say they failed ("The following
//! recipients did not receive this message:") when the report gives a
//! reason above the list, else the recipients its `X-Failed-Recipients`
//! field names (as Exim and Google write it), else, where the report names
//! no address but says why, those the returned message was sent to; each
//! with the whole report as what was said.

use super::{engine, Context, Entry, Format, TextFormat};

pub(super) const FORMAT: TextFormat = TextFormat {
    format: Format::Text,
    starts: &[],
    headers: &[],
    original: &[],
    framing: &[],
    boilerplate: &[],
    decode,
};

/// Words that introduce a list of the addresses that failed (lowercase).
const LIST_WORDS: [&str; 5] = [
    "following recipients did not receive",
    "following recipient did not receive",
    "following addresses had permanent fatal errors",
    "could not be delivered to the following recipients",
    // MailMarshal: "Could not be delivered because of <reply> The
    // following recipients were affected:".
    "following recipients were affected",
];

/// The engine's recipients; else those listed as failed, with the
/// report's words for all of them; else those of `X-Failed-Recipients`,
/// else the returned message's, with the same.
fn decode(context: &Context<'_>, format: &TextFormat) -> Vec<Entry> {
    let found = engine::blocks(context, format);
    // An address the text says nothing of is a guess, unless the message
    // that came back was sent to it.
    let told = |entry: &Entry| super::says_why(entry) || context.sent_to(&entry.address);
    if found.iter().any(told) {
        return found.into_iter().filter(told).collect();
    }
    let of_all = of_report(context);
    // Addresses listed under words that say they failed ("The following
    // recipients did not receive this message:"), where the report says
    // why above the list, once for all of them. (A header that names
    // them failed says so itself.)
    let listed = LIST_WORDS
        .iter()
        .any(|words| context.lower[..context.report_end].contains(words));
    let addresses: Vec<String> = if listed && !found.is_empty() && super::says_why(&of_all) {
        found.into_iter().map(|entry| entry.address).collect()
    } else if let Some(failed) = context.message.header_raw("X-Failed-Recipients") {
        crate::text::addresses(failed)
            .map(|found| found.address.to_owned())
            .collect()
    } else if super::says_why(&of_all) {
        // A report that names no address at all (Sendmail 5's transcript
        // of a host that never answered): the message that came back says
        // whom it was for.
        context
            .returned_to
            .iter()
            .filter(|to| !crate::text::is_system_address(to))
            .cloned()
            .collect()
    } else {
        Vec::new()
    };
    addresses
        .into_iter()
        .map(|address| Entry {
            address,
            ..of_all.clone()
        })
        .collect()
}

/// The whole report as what was said of every recipient, with the codes
/// and the command it names.
fn of_report(context: &Context<'_>) -> Entry {
    let said = crate::text::unfold(engine::report(context));
    Entry {
        reply_code: crate::text::reply_code_in(&said),
        status: crate::text::enhanced_in(&said),
        command: crate::text::command_in(&said),
        diagnostic: said,
        ..Entry::default()
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{only, read};
    use crate::{Format, Kind};
    use smtp_status::Reason;

    /// Sendmail 5's transcript of a host that never answered names no
    /// address: the returned message's To is the recipient.
    #[test]
    fn a_report_that_names_no_address() {
        let bounce = read(
            "Mail Delivery Subsystem <MAILER-DAEMON@mx.example.net>",
            "Returned mail: Deferred",
            "   ----- Transcript of session follows -----\n\
             421 example.com (smtp)... Deferred: Connection timed out during user open with example.com\n\n\
             \x20  ----- Unsent message follows -----\nFrom: sender@example.org\nTo: liam@example.com\n\
             Subject: hello\n\nhello\n",
        );
        let liam = only(&bounce);
        assert_eq!(
            (liam.address.as_str(), liam.reason, liam.hard_bounce),
            ("liam@example.com", Reason::Expired, false)
        );
        // Without a reason said, the returned message alone is no bounce.
        let bounce = read(
            "Mail Delivery Subsystem <MAILER-DAEMON@mx.example.net>",
            "Returned mail",
            "   ----- Unsent message follows -----\nFrom: sender@example.org\nTo: liam@example.com\n\
             Subject: hello\n\nhello\n",
        );
        assert_eq!(bounce.kind(), Kind::NotBounce);
    }

    #[test]
    fn reads_a_bounce_in_no_known_format() {
        let bounce = read(
            "postmaster@mail.example.net",
            "Undeliverable mail",
            "Delivery failed for the following recipient:\n\nkate@example.com\n\
             Reason: 550 5.1.2 Host or domain name not found\n",
        );
        let kate = only(&bounce);
        assert_eq!(
            (kate.format, kate.reason),
            (Format::Text, Reason::HostUnknown)
        );
        assert!(kate.hard_bounce);
    }

    /// A bounce that names an address but gives no reason, with the
    /// message it returns, sent to `to`.
    fn returned_to(to: &str) -> crate::Bounce {
        let raw = format!(
            "From: postmaster@mail.example.net\r\nTo: sender@example.org\r\nSubject: Returned mail\r\n\
             Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n\
             --b\r\nContent-Type: text/plain\r\n\r\n\
             ----- The following addresses had delivery problems -----\r\n\
             postmaster@mx.example.com\r\n\r\n\
             --b\r\nContent-Type: message/rfc822\r\n\r\n\
             From: sender@example.org\r\nTo: {to}\r\nSubject: hi\r\n\r\nhello\r\n--b--\r\n"
        );
        crate::Bounce::parse(raw.as_bytes()).unwrap()
    }

    #[test]
    fn an_address_the_returned_message_was_sent_to() {
        // A postmaster's address, too: mail to one can bounce.
        let bounce = returned_to("<postmaster@mx.example.com>");
        let [postmaster] = bounce.recipients() else {
            panic!("{bounce:#?}")
        };
        assert_eq!(
            (postmaster.address.as_str(), postmaster.reason),
            ("postmaster@mx.example.com", Reason::Undefined)
        );
        assert!(!postmaster.hard_bounce);
        // Sent elsewhere, the address in the text is a guess: none.
        let bounce = returned_to("<carol@example.com>");
        assert!(bounce.recipients().is_empty(), "{bounce:#?}");
    }

    #[test]
    fn a_list_under_the_reason_for_all() {
        let bounce = read(
            "Postmaster@mail.example.ne.jp",
            "Mail System Error - Returned Mail",
            "Your message was not delivered within 0 days and 1 hours.
             Remote host is not responding.

             The following recipients did not receive this message:

             <kate@example.ne.jp>

<liam@example.ne.jp>
",
        );
        let reasons: Vec<_> = bounce
            .recipients()
            .iter()
            .map(|recipient| (recipient.address.as_str(), recipient.reason))
            .collect();
        assert_eq!(
            reasons,
            [
                ("kate@example.ne.jp", Reason::Expired),
                ("liam@example.ne.jp", Reason::Expired)
            ]
        );
        // A list under words that give no reason names no recipient.
        let bounce = read(
            "Postmaster@mail.example.ne.jp",
            "Mail System Error - Returned Mail",
            "The following recipients did not receive this message:

<kate@example.ne.jp>
",
        );
        assert!(bounce.recipients().is_empty(), "{bounce:#?}");
    }

    #[test]
    fn a_reason_before_the_address() {
        let bounce = read(
            "postmaster@mail.example.com",
            "Undeliverable Mail",
            "Mailbox full: kate@example.com\n\nRecipient: liam@example.com\n",
        );
        let [kate] = bounce.recipients() else {
            panic!("{bounce:#?}")
        };
        assert_eq!(
            (kate.address.as_str(), kate.reason),
            ("kate@example.com", Reason::MailboxFull)
        );
        assert_eq!(kate.diagnostic.as_deref(), Some("Mailbox full"));
    }

    #[test]
    fn mailmarshals_list_of_the_affected() {
        let bounce = read(
            "MailMarshal <postmaster@mx.example.com>",
            "Undeliverable Mail: \"hello\"",
            "Your message:\n   Subject: hello\n\nCould not be delivered because of\n\n\
             550 5.1.1 User unknown\n\nThe following recipients were affected:\n    kate@example.com\n",
        );
        let kate = only(&bounce);
        assert_eq!(
            (kate.address.as_str(), kate.reason, kate.hard_bounce),
            ("kate@example.com", Reason::UserUnknown, true)
        );
    }

    #[test]
    fn a_japanese_subject() {
        // "メールエラー通知" (mail error notification) in ISO-2022-JP, from
        // an address that names no mail system.
        let bounce = read(
            "no-reply@mail.example.ne.jp",
            "=?ISO-2022-JP?B?GyRCJWEhPCVrJSglaSE8RExDThsoQg==?=",
            "Your mail sent on: Thu, 29 Apr 2013 23:45:22 +0900
                  Could not be delivered to: <kate@example.ne.jp>
                  As their mailbox is full.
",
        );
        let kate = only(&bounce);
        assert_eq!(
            (kate.address.as_str(), kate.reason),
            ("kate@example.ne.jp", Reason::MailboxFull)
        );
    }

    #[test]
    fn a_person_quoting_a_bounce_is_no_bounce() {
        let bounce = read(
            "Bob <bob@example.com>",
            "Fwd: Undelivered Mail Returned to Sender",
            "Why did this bounce?\n\n<kate@example.com>: host mx.example.com said: 550 5.1.1 User unknown\n",
        );
        assert_eq!(bounce.kind(), Kind::NotBounce);
        assert!(bounce.recipients().is_empty());
    }

    #[test]
    fn ordinary_mail_is_no_bounce() {
        let bounce = read(
            "Alice <alice@example.com>",
            "lunch?",
            "Shall we meet at noon? Write to carol@example.com too.\n",
        );
        assert_eq!(bounce.kind(), Kind::NotBounce);
    }
}
