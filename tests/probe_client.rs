//! The probe's client against servers that misbehave: each failure is an
//! error that says what happened, never a panic or a hang.

#[allow(dead_code)]
#[path = "../smtp-status-cli/src/probe/client.rs"]
mod probe_client;

use probe_client::{Client, ProbeError};
use std::io::Write;
use std::net::TcpListener;
use std::thread;
use std::time::Duration;

/// A one-connection server on loopback that sends `bytes`, then waits
/// `linger` before closing.
fn server(bytes: &'static [u8], linger: Duration) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap().to_string();
    thread::spawn(move || {
        if let Ok((mut stream, _)) = listener.accept() {
            let _ = stream.write_all(bytes);
            thread::sleep(linger);
        }
    });
    address
}

fn connect(address: &str) -> Result<Client, ProbeError> {
    Client::connect(address, Duration::from_millis(300)).map(|(client, _)| client)
}

#[test]
fn multi_line_greeting() {
    let address = server(b"220-first\r\n220 second\r\n", Duration::ZERO);
    let (_, greeting) = Client::connect(&address, Duration::from_secs(5)).unwrap();
    assert_eq!(greeting.code.as_u16(), 220);
    assert_eq!(greeting.lines, ["first", "second"]);
}

#[test]
fn malformed_reply() {
    let address = server(b"hello there\r\n", Duration::from_millis(500));
    let error = connect(&address).err().unwrap();
    assert!(matches!(error, ProbeError::Malformed(_)), "{error:?}");
    assert!(error
        .to_string()
        .starts_with("malformed reply: bad reply code"));
}

#[test]
fn silent_server_times_out() {
    let address = server(b"", Duration::from_secs(2));
    let error = connect(&address).err().unwrap();
    assert!(matches!(error, ProbeError::Timeout), "{error:?}");
}

#[test]
fn connection_closed_mid_reply() {
    let address = server(b"220-first line\r\n", Duration::ZERO);
    let error = connect(&address).err().unwrap();
    assert!(matches!(error, ProbeError::Closed), "{error:?}");
}

#[test]
fn nothing_listening() {
    // Bind, learn the port, close: nothing listens there now.
    let address = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .to_string();
    let error = connect(&address).err().unwrap();
    assert!(matches!(error, ProbeError::Connect(..)), "{error:?}");
    assert!(error
        .to_string()
        .starts_with(&format!("cannot connect to {address}")));
}

/// Caller text cannot inject a command: a CR, LF or NUL is refused before
/// anything goes on the wire, with an error that says why.
#[test]
fn commands_cannot_be_injected() {
    use probe_client::checked_command;
    assert_eq!(
        checked_command("RCPT TO:<bob@example.com>").ok(),
        Some("RCPT TO:<bob@example.com>")
    );
    for injected in [
        "RCPT TO:<root@localhost>\r\nRSET\r\nX",
        "MAIL FROM:<a@b.example>\nRSET",
        "VRFY a\0b",
    ] {
        let error = checked_command(injected).unwrap_err();
        assert!(
            matches!(error, ProbeError::UnsafeCommand { .. }),
            "{error:?}"
        );
        assert!(
            error.to_string().contains("start another command"),
            "{error}"
        );
    }
    // Through the client: refused, and the server sees nothing of it.
    let address = server(b"220 ready\r\n", Duration::from_millis(200));
    let mut client = connect(&address).unwrap();
    let error = client
        .command("RCPT TO:<root@localhost>\r\nRSET")
        .unwrap_err();
    assert!(
        matches!(&error, ProbeError::UnsafeCommand { error, .. } if error.byte() == b'\r'),
        "{error:?}"
    );
}
