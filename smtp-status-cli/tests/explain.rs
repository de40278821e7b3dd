//! `smtp-status explain` as a user runs it: replies, codes, bounce
//! messages, and every kind of bad input, each with an error that says
//! where and why, never a panic.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&[u8]], stdin: Option<&[u8]>) -> Output {
    use std::os::unix::ffi::OsStrExt;
    let mut command = Command::new(env!("CARGO_BIN_EXE_smtp-status"));
    command
        .arg("explain")
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    for arg in args {
        command.arg(std::ffi::OsStr::from_bytes(arg));
    }
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    input.write_all(stdin.unwrap_or_default()).unwrap();
    drop(input);
    child.wait_with_output().unwrap()
}

fn out(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn err(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn a_reply() {
    let output = run(
        &[b"550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown"],
        None,
    );
    assert!(output.status.success());
    let text = out(&output);
    assert!(text.contains("code:     550 MailboxUnavailable"), "{text}");
    assert!(
        text.contains("reason:   userunknown (hard bounce: the address is bad)"),
        "{text}"
    );
    assert!(text.contains("verdict:  give up"), "{text}");
}

#[test]
fn advice_that_fits_the_class() {
    let text = out(&run(
        &[b"451 4.7.1 Greylisted, please try again later"],
        None,
    ));
    assert!(
        text.contains("advice:   retry later: this is greylisting"),
        "{text}"
    );
    assert!(!text.contains("fix the listing"), "{text}");
    let text = out(&run(&[b"550 5.7.1 Message refused"], None));
    assert!(text.contains("verdict:  give up"), "{text}");
    let text = out(&run(&[b"550 refused"], None));
    assert!(text.contains("reason:   onhold (soft bounce"), "{text}");
    assert!(
        text.contains("names no reason known here"),
        "the soft bounce given up says why: {text}"
    );
    let text = out(&run(&[b"550"], None));
    assert!(text.contains("a code alone names no reason"), "{text}");
}

#[test]
fn codes_alone_and_languages() {
    let text = out(&run(&[b"5.2.2"], None));
    assert!(text.contains("enhanced: 5.2.2, mailbox status"), "{text}");
    assert!(text.contains("reason:   mailboxfull"), "{text}");
    let text = out(&run(&[b"--lang", b"de", b"552"], None));
    assert!(text.contains("Speicherplatz"), "{text}");
}

#[test]
fn bounces_and_delivery_statuses() {
    let eml = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/fixtures/postfix-bounce-user-unknown.eml"
    ))
    .unwrap();
    let text = out(&run(&[], Some(&eml)));
    assert!(
        text.starts_with("a delivery status (1 recipients)"),
        "{text}"
    );
    assert!(text.contains("nobody@sink.test: failed, status 5.1.1, reason userunknown; hard bounce: drop the address"), "{text}");
    let status = b"Reporting-MTA: dns; mx.example.com\n\nFinal-Recipient: rfc822; a@example.com\nAction: failed\nStatus: 5.2.2\n";
    let text = out(&run(&[status], None));
    assert!(
        text.contains("a@example.com: failed, status 5.2.2, reason mailboxfull; soft bounce"),
        "{text}"
    );
    // A bounce's text pasted alone.
    let text = out(&run(&[b"<bob@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1 no such user (in reply to RCPT TO command)"], None));
    assert!(
        text.contains("bob@example.com: reason userunknown; hard bounce"),
        "{text}"
    );
    // A reply that mentions a report's field is a reply all the same.
    let output = run(&[b"550 5.7.1 see Final-Recipient: in the report"], None);
    assert!(out(&output).contains("code:     550"), "{output:?}");
}

#[test]
fn bad_input_is_an_error_that_says_where() {
    let output = run(&[b"\xff\xfe"], None);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        err(&output).contains("argument 1: line 1: bad reply code"),
        "{}",
        err(&output)
    );
    assert!(
        err(&output).contains("\\xff\\xfe"),
        "escaped: {}",
        err(&output)
    );
    let big = vec![b'5'; 100_000];
    let output = run(&[&big], None);
    let message = err(&output);
    assert!(
        message.contains("argument 1 is 100000 bytes, over the limit of 65536"),
        "{message}"
    );
    assert!(
        message.len() < 200,
        "the input is not echoed whole: {message}"
    );
    let output = run(&[], Some(b"250 ok\n\n550 5.2.2 full\nxyz\n"));
    assert_eq!(output.status.code(), Some(1));
    assert!(
        out(&output).contains("mailboxfull"),
        "what came before the error is explained"
    );
    assert!(
        err(&output).contains("standard input: line 4: bad reply code"),
        "{}",
        err(&output)
    );
    let output = run(&[b"--", b"--not-an-option"], None);
    assert!(
        err(&output).contains("argument 1: line 1"),
        "`--` ends the options: {}",
        err(&output)
    );
    let output = run(&[b"550-first\n551 second"], None);
    assert!(
        err(&output).contains("line 2: reply code differs"),
        "{}",
        err(&output)
    );
    let output = run(&[b"550 ok", b"--frob"], None);
    assert_eq!(
        output.status.code(),
        Some(2),
        "an unknown option is a usage error"
    );
}
