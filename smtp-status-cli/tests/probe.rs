//! `smtp-status probe` against a scripted server on loopback: what it
//! sends, what it prints, and how it ends when the arguments, the
//! connection or the server go wrong.

use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener};
use std::process::{Command, Output};
use std::sync::mpsc;
use std::thread;

/// A one-connection server: the greeting, then for each line it reads the
/// reply of the first entry of `replies` whose command starts the line
/// (the message after DATA is read up to its CRLF.CRLF and answered with
/// the "." entry). What it read comes back on the channel, a line each.
fn server(
    greeting: &'static str,
    replies: &'static [(&'static str, &'static str)],
) -> (SocketAddr, mpsc::Receiver<String>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    let (sent, received) = mpsc::channel();
    thread::spawn(move || {
        let (stream, _) = listener.accept().unwrap();
        let mut writer = stream.try_clone().unwrap();
        writer.write_all(greeting.as_bytes()).unwrap();
        let mut lines = BufReader::new(stream);
        let mut in_data = false;
        let mut line = String::new();
        while lines.read_line(&mut line).unwrap_or(0) > 0 {
            let _ = sent.send(line.clone());
            let command = if in_data { "." } else { line.as_str() };
            if in_data && line != ".\r\n" {
                line.clear();
                continue;
            }
            let reply = replies
                .iter()
                .find(|(start, _)| command.starts_with(start))
                .map_or("500 5.5.2 unknown\r\n", |(_, reply)| reply);
            writer.write_all(reply.as_bytes()).unwrap();
            in_data = reply.starts_with("354");
            if command.starts_with("QUIT") {
                break;
            }
            line.clear();
        }
    });
    (address, received)
}

const REPLIES: &[(&str, &str)] = &[
    (
        "EHLO",
        "250-fake.test greets you\r\n250-SIZE 1000\r\n250-AUTH PLAIN LOGIN\r\n250 STARTTLS\r\n",
    ),
    ("MAIL", "250 2.1.0 sender ok\r\n"),
    ("RCPT TO:<bob@", "250 2.1.5 recipient ok\r\n"),
    ("RCPT TO:<nobody@", "550 5.1.1 no such user here\r\n"),
    ("DATA", "354 go ahead\r\n"),
    (".", "250 2.0.0 queued\r\n"),
    ("QUIT", "221 2.0.0 bye\r\n"),
];

fn probe(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_smtp-status"))
        .arg("probe")
        .args(args)
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn explains_each_reply_and_sends_no_message_by_default() {
    let (address, received) = server("220 fake.test ESMTP\r\n", REPLIES);
    let output = probe(&[
        &address.to_string(),
        "bob@example.com",
        "nobody@example.com",
    ]);
    assert!(output.status.success(), "{output:?}");
    let sent: Vec<String> = received.iter().collect();
    assert_eq!(
        sent,
        [
            "EHLO probe.localhost\r\n",
            "MAIL FROM:<probe@localhost>\r\n",
            "RCPT TO:<bob@example.com>\r\n",
            "RCPT TO:<nobody@example.com>\r\n",
            "QUIT\r\n",
        ]
    );
    let shown = text(&output.stdout);
    assert!(shown.contains("S: 250-fake.test greets you\n"), "{shown}");
    assert!(
        shown.contains("extensions: SIZE, STARTTLS, AUTH\n")
            && shown.contains("messages up to 1000 octets")
            && shown.contains("AUTH mechanisms: PLAIN LOGIN"),
        "{shown}"
    );
    assert!(
        shown.contains(
            "S: 550 5.1.1 no such user here\n   550 MailboxUnavailable: permanent negative completion, mail system\n   5.1.1: The mailbox named as the recipient does not exist.\n"
        ),
        "{shown}"
    );
}

#[test]
fn data_sends_a_short_message_once_a_recipient_is_taken() {
    let (address, received) = server("220 fake.test ESMTP\r\n", REPLIES);
    let output = probe(&[
        "--data",
        "--from",
        "me@example.org",
        &address.to_string(),
        "bob@example.com",
    ]);
    assert!(output.status.success(), "{output:?}");
    let sent: String = received.iter().collect();
    assert!(
        sent.contains("MAIL FROM:<me@example.org>\r\n")
            && sent.contains("DATA\r\nFrom: <me@example.org>\r\n")
            && sent.ends_with("\r\n.\r\nQUIT\r\n"),
        "{sent}"
    );
    assert!(text(&output.stdout).contains("S: 250 2.0.0 queued"));
}

#[test]
fn a_command_that_would_inject_another_is_refused_before_connecting() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap().to_string();
    let output = probe(&[&address, "root@localhost>\r\nRSET\r\nX"]);
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    let said = text(&output.stderr);
    assert!(
        said.contains(r#"refused to send "RCPT TO:<root@localhost>\x0d\x0aRSET\x0d\x0aX>""#)
            && said.contains("a CR at byte 24"),
        "{said}"
    );
    listener.set_nonblocking(true).unwrap();
    assert!(listener.accept().is_err(), "it connected");
}

#[test]
fn a_server_that_is_not_there_or_not_smtp() {
    let unused = TcpListener::bind("127.0.0.1:0").unwrap();
    let address = unused.local_addr().unwrap().to_string();
    drop(unused);
    let output = probe(&[&address, "bob@example.com"]);
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    assert!(text(&output.stderr).contains("cannot connect"));

    let (address, _) = server("HTTP/1.1 400 Bad Request\r\n", REPLIES);
    let output = probe(&[&address.to_string(), "bob@example.com"]);
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    assert!(
        text(&output.stderr).contains("malformed reply"),
        "{output:?}"
    );
}

#[test]
fn a_hostile_servers_text_cannot_drive_the_terminal() {
    let (address, _) = server("220 fake.test \x1b[2J\x1b]0;owned\x07\r\n", REPLIES);
    let output = probe(&["--timeout", "5", &address.to_string()]);
    assert!(output.status.success(), "{output:?}");
    let shown = text(&output.stdout);
    assert!(
        !shown.contains('\x1b') && !shown.contains('\x07'),
        "{shown}"
    );
    assert!(shown.contains(r"\x1b[2J"), "{shown}");
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(probe(&[]).status.code(), Some(2));
    assert_eq!(
        probe(&["--timeout", "0", "127.0.0.1:25"]).status.code(),
        Some(2)
    );
}
