//! The `recipients` example's client catalogue against what servers really
//! say: the private Postfix refuses an unknown local user with 550 5.1.1
//! and relaying with 554 5.7.1; a server that refuses relaying with 550
//! 5.7.1, as others do, is told apart from an unknown user on the same
//! code.
//!
//! Needs the Postfix of `scripts/postfix.sh start`, as `tests/postfix.rs`.

#[allow(dead_code)]
#[path = "../examples/recipients.rs"]
mod recipients;

use recipients::{check, Recipient};
use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;

fn strings(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| (*s).to_owned()).collect()
}

#[test]
fn postfix_refusals_are_told_apart() {
    let found = check(
        "127.0.0.1:2525",
        &strings(&[
            "root@localhost",
            "nosuchuser@localhost",
            "someone@example.com",
        ]),
    )
    .expect("the Postfix of `scripts/postfix.sh start` on 127.0.0.1:2525");
    let outcomes: Vec<_> = found.iter().map(|(_, outcome, _)| *outcome).collect();
    assert_eq!(
        outcomes,
        [
            Some(Recipient::Accepted),
            Some(Recipient::UnknownUser),
            Some(Recipient::RelayDenied)
        ],
        "{found:?}"
    );
    assert!(found[2].2.contains("Relay access denied"), "{found:?}");
}

/// A server that answers the pipelined commands with canned replies, the
/// RCPT ones given.
fn canned(rcpt_replies: &'static [&'static str]) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap().to_string();
    std::thread::spawn(move || {
        let (stream, _) = listener.accept().unwrap();
        let mut writer = &stream;
        writer.write_all(b"220 canned ESMTP\r\n").unwrap();
        let mut rcpt = rcpt_replies.iter();
        for line in BufReader::new(&stream).lines() {
            let line = line.unwrap();
            let reply = match &line[..4] {
                "RCPT" => rcpt.next().copied().unwrap_or("503 5.5.1 no more\r\n"),
                "QUIT" => "221 2.0.0 Bye\r\n",
                _ => "250 2.0.0 Ok\r\n",
            };
            writer.write_all(reply.as_bytes()).unwrap();
            if line == "QUIT" {
                break;
            }
        }
    });
    address
}

#[test]
fn the_same_code_with_other_enhanced_codes() {
    let address = canned(&[
        "550 5.7.1 Relaying not permitted\r\n",
        "550 5.1.1 No such user here\r\n",
        "550-5.2.2 Mailbox full\r\n550 5.2.2 try later\r\n",
        "451 4.7.1 Greylisted\r\n",
        "553 5.1.3 Bad address syntax\r\n",
    ]);
    let found = check(&address, &strings(&["a@x", "b@x", "c@x", "d@x", "e@x"])).unwrap();
    let outcomes: Vec<_> = found.iter().map(|(_, outcome, _)| *outcome).collect();
    assert_eq!(
        outcomes,
        [
            Some(Recipient::RelayDeniedElsewhere),
            Some(Recipient::UnknownUser),
            Some(Recipient::Refused),
            Some(Recipient::Later),
            None,
        ]
    );
}
