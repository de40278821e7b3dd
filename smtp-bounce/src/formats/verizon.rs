//! Verizon Wireless' MMS gateway (`vzwpix.com`): "Message could not be
//! delivered to mobile.", then "Error: " and the reason, then "Original
//! Message:" with the returned message's From, To and Subject. The
//! recipient is named only there, in its To.

use super::{Context, Entry};
use crate::text;
use smtp_status::Reason;

/// Where the returned message's fields start.
const ORIGINAL: &str = "original message:";

/// One entry for the returned message's To; none where the message is not
/// the gateway's (its sender) or has no To.
pub(crate) fn decode(context: &Context<'_>) -> Vec<Entry> {
    if !context.header_has("From", "vzwpix.com") {
        return Vec::new();
    }
    let Some(original) = context.lower.find(ORIGINAL) else {
        return Vec::new();
    };
    let said = text::unfold(
        &context.text[..original]
            .lines()
            .map(str::trim)
            .skip_while(|line| !line.to_ascii_lowercase().starts_with("error:"))
            .collect::<Vec<_>>()
            .join(" "),
    );
    let to = context.text[original..].lines().skip(1).find_map(|line| {
        let (field, value) = line.split_once(':')?;
        field
            .trim()
            .eq_ignore_ascii_case("to")
            .then(|| text::first_address(value))?
    });
    let Some(address) = to else {
        return Vec::new();
    };
    // The gateway's words for a number that takes no MMS.
    let unknown = text::contains_ignoring_case(&said, "no valid recipients");
    vec![Entry {
        address: address.to_owned(),
        reason: unknown.then_some(Reason::UserUnknown),
        diagnostic: said,
        ..Entry::default()
    }]
}

#[cfg(test)]
mod tests {
    use super::super::testing::{only, read};
    use crate::Format;
    use smtp_status::Reason;

    #[test]
    fn reads_the_mms_gateways_text() {
        let bounce = read(
            "MMSC NDR Administrator <sysadmin@m01.vzwpix.com>",
            "Undeliverable Message",
            "Message could not be delivered to mobile.\nError: No valid recipients for this MM\n\n\n\
             Original Message:\nFrom: Sender <sender@example.org>\nTo: 2025550100@vzwpix.com\n\
             Subject: hello\n",
        );
        let phone = only(&bounce);
        assert_eq!(
            (phone.address.as_str(), phone.format, phone.reason),
            (
                "2025550100@vzwpix.com",
                Format::Verizon,
                Reason::UserUnknown
            )
        );
        assert!(phone.hard_bounce);
        assert_eq!(
            phone.diagnostic.as_deref(),
            Some("Error: No valid recipients for this MM")
        );
    }
}
