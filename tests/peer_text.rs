//! A peer's text is data, never terminal control: escape sequences, bells
//! and bidirectional overrides that a server puts in its replies come out
//! escaped wherever a reply is shown, and unchanged as bytes.

#[allow(dead_code)]
#[path = "../examples/explain.rs"]
mod explain;
#[allow(dead_code)]
#[path = "../smtp-status-cli/src/probe/client.rs"]
mod probe_client;
#[allow(dead_code)]
#[path = "../examples/sink_server.rs"]
mod sink_server;

use smtp_status::{Language, PeerText, Reply};

/// ESC (a colour and a screen clear), BEL, NUL, DEL, a C1 CSI, a
/// right-to-left override, and a byte that is not UTF-8, beside readable
/// UTF-8.
const HOSTILE: &[u8] =
    b"550 5.1.1 \x1b[31mRED\x1b[0m\x1b[2J \x07bell \x00\x7f \xc2\x9b \xe2\x80\xae caf\xc3\xa9 \xff\r\n";

/// No byte that a terminal acts on: C0 controls, DEL, C1 in UTF-8, and the
/// bidirectional override.
fn assert_inert(shown: &str) {
    for c in shown.chars() {
        assert!(
            !c.is_control() || c == '\n',
            "{c:?} reached the output: {shown:?}"
        );
        assert_ne!(c, '\u{202e}', "{shown:?}");
    }
}

#[test]
fn display_and_debug_escape_what_a_terminal_acts_on() {
    let (reply, _) = Reply::parse(HOSTILE).unwrap();
    let text = reply.lines().next().unwrap();
    let shown = PeerText::new(text).to_string();
    assert_inert(&shown);
    assert_eq!(
        shown,
        r"5.1.1 \x1b[31mRED\x1b[0m\x1b[2J \x07bell \x00\x7f \u{9b} \u{202e} café \xff"
    );
    let debug = format!("{reply:?}");
    assert_inert(&debug);
    assert!(debug.contains(r"\x1b[31mRED"), "{debug}");
    // The bytes stay as they came.
    assert_eq!(reply.as_bytes(), HOSTILE);
    assert_eq!(
        PeerText::new(text).as_bytes(),
        &HOSTILE[4..HOSTILE.len() - 2]
    );
}

#[test]
fn explain_shows_the_text_escaped() {
    let (reply, _) = Reply::parse(HOSTILE).unwrap();
    let shown = explain::explain(&reply, Language::English);
    assert_inert(&shown);
    assert!(shown.starts_with(r"> 550 5.1.1 \x1b[31mRED"), "{shown}");
}

#[test]
fn the_probe_shows_the_text_escaped() {
    use std::io::Write;
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap().to_string();
    std::thread::spawn(move || {
        if let Ok((mut stream, _)) = listener.accept() {
            let _ = stream.write_all(b"220-\x1b]0;owned\x07 hello\r\n");
            let _ = stream.write_all(b"220");
            let _ = stream.write_all(HOSTILE.strip_prefix(b"550").unwrap());
        }
    });
    // The greeting's last line is the hostile text under code 220.
    let result = probe_client::Client::connect(&address, std::time::Duration::from_secs(5));
    let (_, greeting) = result.unwrap();
    let shown = probe_client::explain(&greeting);
    assert_inert(&shown);
    assert!(shown.contains(r"S: 220-\x1b]0;owned\x07 hello"), "{shown}");
}

/// What the sink logged, for the test below.
static SINK_LOG: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());

#[test]
fn the_sink_logs_a_clients_text_escaped() {
    use std::io::{BufRead, BufReader, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        sink_server::serve(listener, sink_server::Policy::default(), |line| {
            SINK_LOG.lock().unwrap().push(line.to_owned());
        })
    });
    let stream = std::net::TcpStream::connect(address).unwrap();
    let mut replies = BufReader::new(stream.try_clone().unwrap());
    let mut line = String::new();
    replies.read_line(&mut line).unwrap(); // the greeting
    (&stream)
        .write_all(b"NOOP \x1b[2J\x1b]0;owned\x07\r\nQUIT\r\n")
        .unwrap();
    line.clear();
    replies.read_line(&mut line).unwrap();
    assert!(line.starts_with("250"), "{line}");
    line.clear();
    replies.read_line(&mut line).unwrap(); // 221: the sink has logged both
    let log = SINK_LOG.lock().unwrap().join("\n");
    assert_inert(&log);
    assert!(log.contains(r"C: NOOP \x1b[2J\x1b]0;owned\x07"), "{log}");
}
