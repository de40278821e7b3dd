//! What to do after a refusal: advice that fits both its reason and its
//! class, and one sentence where the two seem to disagree (a soft bounce
//! that is not retried, a temporary refusal in the words of a bad address).

use smtp_status::{Language, Reason, Verdict};

/// The advice lines for a refusal of `reason` whose verdict is `verdict`;
/// `text` is the server's, for the words that change the advice
/// (greylisting).
pub(crate) fn advice(
    reason: Reason,
    verdict: Verdict,
    text: &[u8],
    language: Language,
) -> Vec<String> {
    let greylisting = text
        .windows(8)
        .any(|window| window.eq_ignore_ascii_case(b"greylist"));
    match verdict {
        Verdict::Done | Verdict::Continue => Vec::new(),
        Verdict::Retry if greylisting => vec![
            "retry later: this is greylisting, which takes the same message on a later try, after a few minutes; nothing needs fixing.".to_owned(),
        ],
        Verdict::Retry => {
            let mut lines = vec![format!(
                "retry later: the refusal is temporary (4yz); the server names {} for now.",
                reason.as_str()
            )];
            if reason.is_hard_bounce() {
                lines.push(format!(
                    "It says {} in a temporary refusal, which proves nothing yet: keep the address until a permanent refusal says so.",
                    reason.as_str()
                ));
            } else if reason == Reason::Blocked {
                lines.push("If the block outlasts the retries, the sending host may be on a block list: check it then.".to_owned());
            }
            lines
        }
        // GiveUp, and any verdict added later.
        _ => {
            let mut lines = vec![format!(
                "this message is not sent again as it is (5yz). The reason: {}",
                reason.description_in(language)
            )];
            match reason {
                Reason::OnHold | Reason::Undefined => lines.push(
                    "The refusal is permanent (5yz) but names no reason known here: the message is not retried as it is, and the address is kept until a bounce says it is bad; read the server's words."
                        .to_owned(),
                ),
                reason if !reason.is_hard_bounce() => lines.push(format!(
                    "A soft bounce, though the message is not retried: {} is about the message, the sender or the receiving site, not the address, which stays on the list.",
                    reason.as_str()
                )),
                _ => {}
            }
            lines
        }
    }
}

#[cfg(test)]
mod tests {
    use super::advice;
    use smtp_status::{Language, Reason, Verdict};

    #[test]
    fn greylisting_says_retry() {
        let lines = advice(
            Reason::Blocked,
            Verdict::Retry,
            b"Greylisted, please try again later",
            Language::English,
        );
        assert!(
            lines[0].starts_with("retry later: this is greylisting"),
            "{lines:?}"
        );
        assert!(!lines.concat().contains("fix the listing"));
    }

    #[test]
    fn a_soft_bounce_that_is_given_up_says_why() {
        let lines = advice(Reason::OnHold, Verdict::GiveUp, b"", Language::English);
        assert!(lines[1].contains("names no reason known here"), "{lines:?}");
        let lines = advice(
            Reason::SpamDetected,
            Verdict::GiveUp,
            b"",
            Language::English,
        );
        assert!(
            lines[1].starts_with("A soft bounce, though the message is not retried"),
            "{lines:?}"
        );
        assert_eq!(
            advice(Reason::UserUnknown, Verdict::GiveUp, b"", Language::English).len(),
            1
        );
    }

    #[test]
    fn a_temporary_unknown_user_keeps_the_address() {
        let lines = advice(Reason::UserUnknown, Verdict::Retry, b"", Language::English);
        assert!(lines[1].contains("keep the address"), "{lines:?}");
    }
}
