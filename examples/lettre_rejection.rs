//! lettre sends a message, the server refuses it, and smtp-status explains
//! the refusal: the reply inside lettre's error, with its class, its
//! meaning and its enhanced status code.
//!
//! ```text
//! scripts/postfix.sh start
//! cargo run -p smtp-status-examples --example lettre_rejection -- 127.0.0.1:2525 nosuchuser@localhost
//! ```

use lettre::{Message, SmtpTransport, Transport};
use smtp_status::{PeerText, ReplyBuf, SmtpStatusCode};
use std::process::ExitCode;

/// Sends a short message to `recipient` through the SMTP server at
/// `host:port`, and says what its reply means: an explanation of the
/// refusal, or `Ok(None)` when the server accepted the message.
pub fn send_and_explain(address: &str, recipient: &str) -> Result<Option<String>, String> {
    let (host, port) = address
        .rsplit_once(':')
        .and_then(|(host, port)| Some((host, port.parse().ok()?)))
        .ok_or_else(|| format!("bad address {address:?}: expected HOST:PORT"))?;
    let to = recipient
        .parse()
        .map_err(|error| format!("bad recipient {recipient:?}: {error}"))?;
    let message = Message::builder()
        .from("root@localhost".parse().map_err(|_| "bad sender")?)
        .to(to)
        .subject("smtp-status and lettre")
        .body(String::from("Hello from lettre.\n"))
        .map_err(|error| error.to_string())?;
    let mailer = SmtpTransport::builder_dangerous(host).port(port).build();
    let error = match mailer.send(&message) {
        Ok(_) => return Ok(None),
        Err(error) => error,
    };
    // The reply that lettre's error was made of, as smtp-status sees it.
    let reply = ReplyBuf::try_from(&error).map_err(|_| format!("no reply came: {error}"))?;
    let code = reply.code();
    let mut out = format!("lettre: {}\n", PeerText::new(error.to_string().as_bytes()));
    let name = code
        .known::<SmtpStatusCode>()
        .map_or("not in SmtpStatusCode", SmtpStatusCode::name);
    out.push_str(&format!("reply:    {}", reply));
    out.push_str(&format!(
        "code:     {code} {name}: {}, {}\n",
        code.class(),
        code.category()
    ));
    if let Some(enhanced) = reply.enhanced() {
        let meaning = enhanced.description().unwrap_or("not in the IANA registry");
        out.push_str(&format!("enhanced: {enhanced}: {meaning}\n"));
    }
    let verdict = if code.class().digit() == 4 {
        "transient: try again later"
    } else {
        "permanent: do not retry"
    };
    out.push_str(&format!("verdict:  {verdict}\n"));
    Ok(Some(out))
}

fn main() -> ExitCode {
    // Arguments as the OS gives them: one that is not UTF-8 is an error
    // to report, not a panic.
    let args = match std::env::args_os()
        .skip(1)
        .map(|arg| {
            arg.into_string()
                .map_err(|arg| format!("an argument is not UTF-8: {:?}", arg.to_string_lossy()))
        })
        .collect::<Result<Vec<String>, String>>()
    {
        Ok(args) => args,
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::from(2);
        }
    };
    let [address, recipient] = args.as_slice() else {
        eprintln!("usage: lettre_rejection HOST:PORT RECIPIENT");
        return ExitCode::from(2);
    };
    match send_and_explain(address, recipient) {
        Ok(Some(explanation)) => {
            print!("{explanation}");
            ExitCode::SUCCESS
        }
        Ok(None) => {
            println!("the server accepted the message");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}
