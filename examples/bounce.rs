//! Reads a bounce message (`.eml`), finds its delivery status part with a
//! MIME parser (mailparse), and says for each recipient what happened,
//! why, and whether a mailing list should drop the address.
//!
//! ```text
//! cargo run -p smtp-status-examples --example bounce -- tests/fixtures/postfix-bounce-user-unknown.eml
//! ```

use mailparse::ParsedMail;
use smtp_status::{DeliveryStatus, PeerText};
use std::process::ExitCode;

/// The report on each recipient of the bounce `eml`.
///
/// # Errors
///
/// A message that does not parse as MIME, has no delivery status part, or
/// one that is not a delivery status.
pub fn report(eml: &[u8]) -> Result<String, String> {
    let mail =
        mailparse::parse_mail(eml).map_err(|error| format!("not a MIME message: {error}"))?;
    let part = find_status_part(&mail)
        .ok_or("no message/delivery-status part: not a delivery status notification")?;
    let body = part
        .get_body_raw()
        .map_err(|error| format!("the delivery status part does not decode: {error}"))?;
    let status = DeliveryStatus::parse(&body).map_err(|error| error.to_string())?;
    let mut out = String::new();
    if let Some(mta) = status.reporting_mta() {
        out.push_str(&format!("reported by {}\n", PeerText::new(mta)));
    }
    for recipient in status.recipients() {
        let address = recipient
            .final_recipient()
            .unwrap_or(b"(no Final-Recipient)");
        let action = recipient.action().map_or_else(
            || "(no action)".to_owned(),
            |action| format!("{action:?}").to_lowercase(),
        );
        let status_code = recipient
            .status()
            .map_or_else(|| "(no status)".to_owned(), |status| status.to_string());
        let reason = recipient.reason();
        let advice = if reason.is_hard_bounce() {
            "hard bounce: drop the address"
        } else {
            "soft bounce: keep the address"
        };
        out.push_str(&format!(
            "{}: {action}, status {status_code}, reason {reason}; {advice}\n",
            PeerText::new(address)
        ));
        if let Some(diagnostic) = recipient.diagnostic_code() {
            // Folded lines joined again, each shown escaped.
            let pieces: Vec<String> = diagnostic
                .text
                .split(|&b| b == b'\n')
                .map(|piece| PeerText::new(piece.trim_ascii()).to_string())
                .collect();
            out.push_str(&format!("    {}\n", pieces.join(" ")));
        }
    }
    Ok(out)
}

/// The first `message/delivery-status` (or RFC 6533's global one) part.
fn find_status_part<'a>(mail: &'a ParsedMail<'a>) -> Option<&'a ParsedMail<'a>> {
    let mimetype = mail.ctype.mimetype.to_ascii_lowercase();
    if mimetype == "message/delivery-status" || mimetype == "message/global-delivery-status" {
        return Some(mail);
    }
    mail.subparts.iter().find_map(find_status_part)
}

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: bounce FILE.eml");
        return ExitCode::from(2);
    };
    let eml = match std::fs::read(&path) {
        Ok(eml) => eml,
        Err(error) => {
            eprintln!("error: cannot read {path}: {error}");
            return ExitCode::FAILURE;
        }
    };
    match report(&eml) {
        Ok(text) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("error: {path}: {message}");
            ExitCode::FAILURE
        }
    }
}
