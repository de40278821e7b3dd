//! Reads a bounce message (`.eml`) with smtp-bounce and says for each
//! recipient what happened, why, and whether a mailing list should drop
//! the address.
//!
//! ```text
//! cargo run -p smtp-status-examples --example bounce -- tests/fixtures/postfix-bounce-user-unknown.eml
//! ```

use smtp_bounce::{Bounce, Kind};
use smtp_status::PeerText;
use std::process::ExitCode;

/// The report on each recipient of the bounce `eml`.
///
/// # Errors
///
/// A message that is no mail, or no bounce.
pub fn report(eml: &[u8]) -> Result<String, String> {
    let bounce = Bounce::parse(eml).map_err(|error| error.to_string())?;
    if bounce.kind() == Kind::NotBounce {
        return Err(
            "not a bounce: no report, and no words of a mail system that could not deliver"
                .to_owned(),
        );
    }
    let mut out = String::new();
    if let Some(mta) = bounce
        .recipients()
        .iter()
        .find_map(|r| r.reporting_mta.as_deref())
    {
        out.push_str(&format!("reported by {}\n", PeerText::new(mta.as_bytes())));
    }
    for recipient in bounce.recipients() {
        let action = recipient
            .action
            .map_or("(no action)", |action| action.as_str());
        let status = recipient
            .status
            .map_or_else(|| "(no status)".to_owned(), |status| status.to_string());
        let advice = if recipient.hard_bounce {
            "hard bounce: drop the address"
        } else {
            "soft bounce: keep the address"
        };
        out.push_str(&format!(
            "{}: {action}, status {status}, reason {}; {advice}\n",
            PeerText::new(recipient.address.as_bytes()),
            recipient.reason
        ));
        if let Some(diagnostic) = &recipient.diagnostic {
            out.push_str(&format!("    {}\n", PeerText::new(diagnostic.as_bytes())));
        }
    }
    Ok(out)
}

fn main() -> ExitCode {
    let Some(path) = std::env::args_os().nth(1) else {
        eprintln!("usage: bounce FILE.eml");
        return ExitCode::from(2);
    };
    let shown = path.to_string_lossy().into_owned();
    let eml = match std::fs::read(&path) {
        Ok(eml) => eml,
        Err(error) => {
            eprintln!("error: cannot read {shown}: {error}");
            return ExitCode::FAILURE;
        }
    };
    match report(&eml) {
        Ok(text) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("error: {shown}: {message}");
            ExitCode::FAILURE
        }
    }
}
