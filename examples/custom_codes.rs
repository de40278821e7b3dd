//! A mail client's own enum of the replies it acts on, declared with
//! `#[derive(SmtpCodes)]`, then used to parse and classify server replies.
//!
//! ```text
//! cargo run --example custom_codes
//! ```

use smtp_status::{Class, ParseCodeError, SmtpCodes};

/// The replies that decide what our delivery queue does next.
#[derive(SmtpCodes, Debug, Clone, Copy, PartialEq, Eq)]
enum Delivery {
    /// The message was accepted for delivery.
    #[smtp(code = 250)]
    Accepted,
    /// The server is greylisting us: retry after a delay.
    #[smtp(code = 451)]
    Greylisted,
    /// The recipient does not exist: bounce the message.
    #[smtp(code = 550)]
    NoSuchUser,
    /// The message is too large for the recipient's mailbox.
    #[smtp(code = 552)]
    TooLarge,
    /// The connection dropped before any reply came.
    #[smtp(code = -1, sentinel)]
    NoReply,
}

/// What the queue does with a message, given the server's reply line.
fn next_step(reply: &str) -> String {
    match reply.parse::<Delivery>() {
        Ok(Delivery::Greylisted) => "retry in 5 minutes".to_owned(),
        Ok(code) if code.is_permanent_negative() => format!("bounce: {}", code.description()),
        Ok(code) => format!("done: {}", code.description()),
        // A code this enum does not list: decide by its first digit.
        Err(ParseCodeError::UnknownCode(code)) => match Class::from_code(code as i16) {
            Some(Class::TransientNegative) => format!("retry later ({code})"),
            Some(Class::PermanentNegative) => format!("bounce ({code})"),
            _ => format!("unexpected positive reply {code}"),
        },
        Err(error) => format!("not an SMTP reply: {error}"),
    }
}

fn main() {
    for reply in [
        "250 2.0.0 Ok: queued as 4BqLZk2Xn",
        "451 4.7.1 Please try again later",
        "550 5.1.1 <nobody@example.org>: Recipient address rejected",
        "554 5.7.1 Relay access denied",
        "hello",
    ] {
        println!("{reply:60} -> {}", next_step(reply));
    }
    // The generic trait serves any code enum.
    let failures: Vec<_> = Delivery::ALL
        .iter()
        .filter(|code| code.is_negative())
        .map(|code| code.name())
        .collect();
    println!("\nfailure codes: {failures:?}");
    println!("without a reply: {}", Delivery::NoReply);
}
