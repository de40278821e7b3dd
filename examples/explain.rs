//! Explains SMTP reply codes and reply lines.
//!
//! ```text
//! cargo run --example explain -- 550
//! cargo run --example explain -- "550 5.1.1 User unknown"
//! cargo run --example explain            # explains a few sample replies
//! ```
//!
//! Each argument is a code or a reply line. An argument that does not start
//! with a valid SMTP reply code is reported on standard error, and the
//! program exits with status 1.

use smtp_status::{Category, Class, ParseCodeError, SmtpStatusCode};
use std::process::ExitCode;

const SAMPLES: [&str; 4] = [
    "220 mail.example.com ESMTP ready",
    "250 2.1.5 Ok",
    "451 4.7.1 Greylisted, try again later",
    "550 5.1.1 <bob@example.com>: Recipient address rejected",
];

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let inputs: Vec<&str> = if args.is_empty() {
        println!("No input given; explaining some sample replies.\n");
        SAMPLES.to_vec()
    } else {
        args.iter().map(String::as_str).collect()
    };
    let mut failed = false;
    for input in inputs {
        match explain(input) {
            Ok(text) => println!("{text}"),
            Err(error) => {
                eprintln!("error: {input:?}: {error}");
                failed = true;
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// The explanation of one code or reply line, or why it is not one.
fn explain(input: &str) -> Result<String, ParseCodeError> {
    let (code, variant) = match input.parse::<SmtpStatusCode>() {
        Ok(variant) => (variant.code(), Some(variant)),
        // A valid code that the enum does not list is still explained by
        // its digits, as RFC 5321 asks of a client.
        Err(ParseCodeError::UnknownCode(code)) => (code as i16, None),
        Err(error) => return Err(error),
    };
    let (Some(class), Some(category)) = (Class::from_code(code), Category::from_code(code)) else {
        return Err(ParseCodeError::InvalidCode(code.into()));
    };
    let (name, description) = match variant {
        Some(variant) => (variant.name(), variant.description()),
        None => (
            "(not a documented code)",
            "Not in SmtpStatusCode; act on its class.",
        ),
    };
    Ok(format!(
        "{input}\n  variant:     {name}\n  code:        {code}\n  class:       {class} ({}yz)\n  category:    {category} (x{}z)\n  description: {description}\n",
        class.digit(),
        category.digit(),
    ))
}
