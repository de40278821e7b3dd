//! `smtp-status bounces` run as a user runs it: on the workspace's real
//! bounces (Postfix's and Exim's), a Maildir, an mbox, standard input, in
//! each output, with bad paths and bad arguments.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures")
}

fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_smtp-status"))
        .args(args)
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

fn lines(output: &Output) -> Vec<serde_json::Value> {
    String::from_utf8(output.stdout.clone())
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect()
}

fn fixture(name: &str) -> String {
    fixtures().join(name).display().to_string()
}

#[test]
fn json_lines_per_recipient() {
    let output = run(
        &[
            "bounces",
            "--json",
            &fixture("postfix-bounce-user-unknown.eml"),
            &fixture("exim-bounce-expired.eml"),
        ],
        None,
    );
    assert!(output.status.success(), "{output:?}");
    let lines = lines(&output);
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["recipient"], "nobody@sink.test");
    assert_eq!(lines[0]["reason"], "userunknown");
    assert_eq!(lines[0]["hard_bounce"], true);
    assert_eq!(lines[0]["kind"], "delivery_status");
    assert_eq!(lines[0]["command"], "rcpt");
    assert_eq!(lines[0]["status"], "5.1.1");
    assert_eq!(lines[0]["reply_code"], 550);
    assert_eq!(lines[1]["reason"], "expired");
    assert_eq!(lines[1]["verdict"], "give_up");
    assert!(lines[1]["file"]
        .as_str()
        .unwrap()
        .ends_with("exim-bounce-expired.eml"));
}

#[test]
fn a_directory_as_a_maildir_with_no_bounce_and_no_mail() {
    let maildir = tempdir("maildir");
    for sub in ["cur", "new", "tmp"] {
        std::fs::create_dir_all(maildir.join(sub)).unwrap();
    }
    std::fs::copy(
        fixtures().join("postfix-bounce-user-unknown.eml"),
        maildir.join("cur/1:2,S"),
    )
    .unwrap();
    std::fs::write(
        maildir.join("new/2"),
        b"From: alice@example.com\r\nSubject: hi\r\n\r\nHello.\r\n",
    )
    .unwrap();
    std::fs::write(maildir.join("new/3"), b"\x89PNG\r\n").unwrap();
    let output = run(&["bounces", "--json", maildir.to_str().unwrap()], None);
    let lines = lines(&output);
    let kinds: Vec<_> = lines
        .iter()
        .map(|line| line["kind"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(kinds, ["delivery_status", "not_bounce", "error"]);
    assert!(lines[2]["error"]
        .as_str()
        .unwrap()
        .contains("not a mail message"));
    assert!(lines[1].get("recipient").is_none());
    // The unreadable message: named on stderr, and exit 1.
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("new/3"));
}

#[test]
fn an_mbox_and_standard_input() {
    let one = std::fs::read_to_string(fixtures().join("postfix-bounce-user-unknown.eml")).unwrap();
    let two = std::fs::read_to_string(fixtures().join("exim-bounce-expired.eml")).unwrap();
    let mbox = format!("From MAILER-DAEMON Tue Dec  1 10:00:00 2026\n{one}\nFrom MAILER-DAEMON Tue Dec  1 10:00:01 2026\n{two}\n");
    let output = run(&["bounces", "--json", "-"], Some(mbox.as_bytes()));
    assert!(output.status.success(), "{output:?}");
    let lines = lines(&output);
    assert_eq!(lines.len(), 2);
    assert_eq!(
        (lines[0]["message"].as_u64(), lines[1]["message"].as_u64()),
        (Some(1), Some(2))
    );
    assert_eq!(lines[0]["file"], "-");
    assert_eq!(lines[1]["recipient"], "later@sink.test");
}

/// An mbox file read the two ways the command reads one: a small one
/// whole on a worker thread, a large one (over a MiB) as a stream on the
/// main thread; the same messages, named and numbered alike.
#[test]
fn small_and_large_mbox_files() {
    let one = std::fs::read_to_string(fixtures().join("postfix-bounce-user-unknown.eml")).unwrap();
    let two = std::fs::read_to_string(fixtures().join("exim-bounce-expired.eml")).unwrap();
    let pair = format!("From MAILER-DAEMON Tue Dec  1 10:00:00 2026\n{one}\nFrom MAILER-DAEMON Tue Dec  1 10:00:01 2026\n{two}\n");
    let dir = tempdir("mbox-sizes");
    let small = dir.join("small.mbox");
    std::fs::write(&small, pair.repeat(3)).unwrap();
    let copies = (1 << 20) / pair.len() + 1;
    let large = dir.join("large.mbox");
    std::fs::write(&large, pair.repeat(copies)).unwrap();
    assert!(std::fs::metadata(&large).unwrap().len() > 1 << 20);
    for (path, messages) in [(&small, 6), (&large, 2 * copies)] {
        let path = path.display().to_string();
        let output = run(&["bounces", "--json", "--threads", "2", &path], None);
        assert!(output.status.success(), "{output:?}");
        let lines = lines(&output);
        assert_eq!(lines.len(), messages, "{path}");
        for (index, line) in lines.iter().enumerate() {
            assert_eq!(line["message"].as_u64(), Some(index as u64 + 1), "{path}");
            assert_eq!(line["file"], path.as_str());
            let recipient = if index % 2 == 0 {
                "nobody@sink.test"
            } else {
                "later@sink.test"
            };
            assert_eq!(line["recipient"], recipient);
        }
    }
    // Both found by walking their directory: read the same.
    let output = run(&["bounces", "--json", &dir.display().to_string()], None);
    assert_eq!(lines(&output).len(), 6 + 2 * copies);
}

#[test]
fn the_threads_keep_the_input_order() {
    let dir = fixtures().display().to_string();
    let one = run(
        &["bounces", "--json", "--threads", "1", &dir, &dir, &dir],
        None,
    );
    let two = run(
        &["bounces", "--json", "--threads", "2", &dir, &dir, &dir],
        None,
    );
    assert_eq!(one.stdout, two.stdout);
    assert_eq!(lines(&one).len(), 30);
}

#[test]
fn csv_summary_and_drop_list() {
    let dir = fixtures().display().to_string();
    let csv = String::from_utf8(run(&["bounces", "--csv", &dir], None).stdout).unwrap();
    assert!(csv.starts_with("file,message,kind,recipient,reason,hard_bounce,"));
    assert_eq!(csv.lines().count(), 11);
    assert!(csv.contains(",nobody@sink.test,userunknown,true,"));
    let summary = String::from_utf8(run(&["bounces", "--summary", &dir], None).stdout).unwrap();
    assert!(
        summary.starts_with("10 messages (0 unreadable), 10 recipients"),
        "{summary}"
    );
    assert!(summary.contains("        5  userunknown"), "{summary}");
    assert!(
        summary.contains("to drop (1 hard-bounced addresses):\n  nobody@sink.test"),
        "{summary}"
    );
    let drop = run(&["bounces", "--drop-list", &dir], None);
    assert_eq!(
        String::from_utf8(drop.stdout).unwrap(),
        "nobody@sink.test\n"
    );
    let table = String::from_utf8(run(&["bounces", &dir], None).stdout).unwrap();
    assert!(table.starts_with("RECIPIENT"));
    assert!(table.contains("nobody@sink.test"));
}

#[test]
fn bad_paths_and_bad_arguments() {
    let output = run(&["bounces", "--json", "/no/such/path"], None);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(lines(&output)[0]["kind"], "error");
    assert_eq!(
        run(&["bounces", "--json", "--csv", "x"], None)
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        run(&["bounces", "--threads", "0", "x"], None).status.code(),
        Some(2)
    );
    assert_eq!(run(&["bounces"], None).status.code(), Some(2));
}

/// A fresh directory under the target dir for one test.
fn tempdir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}
