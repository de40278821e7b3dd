//! The messages of an mbox, read as a stream: a `From ` line at a
//! message's start (the file's first line, or one after a blank line)
//! starts the next one; a file without one is one message. Both mbox
//! flavours are read: mboxrd (every `>From `, `>>From `... quoted once
//! more, so one `>` comes off) and mboxo (only `From ` quoted: the `>`
//! comes off too, the one ambiguity of the format).

use std::io::{self, BufRead};

/// The messages of an mbox stream, each without its `From ` line.
pub(crate) struct Messages<R> {
    reader: R,
    /// A `From ` line read that starts the next message.
    pending_start: bool,
    line: Vec<u8>,
    done: bool,
    first: bool,
}

impl<R: BufRead> Messages<R> {
    pub(crate) fn new(reader: R) -> Messages<R> {
        Messages {
            reader,
            pending_start: false,
            line: Vec::new(),
            done: false,
            first: true,
        }
    }
}

/// Whether `line` is an mbox separator: `From ` and a sender.
fn is_separator(line: &[u8]) -> bool {
    line.starts_with(b"From ") && line.len() > 5
}

/// `line` with one quoting `>` off, where it quotes a `From ` line.
fn unquote(line: &[u8]) -> &[u8] {
    let quotes = line.iter().take_while(|&&b| b == b'>').count();
    if quotes > 0 && line[quotes..].starts_with(b"From ") {
        &line[1..]
    } else {
        line
    }
}

impl<R: BufRead> Iterator for Messages<R> {
    type Item = io::Result<Vec<u8>>;

    fn next(&mut self) -> Option<io::Result<Vec<u8>>> {
        if self.done {
            return None;
        }
        let mut message = Vec::new();
        let mut mbox = self.pending_start;
        let mut blank_before = true;
        loop {
            self.line.clear();
            match self.reader.read_until(b'\n', &mut self.line) {
                Ok(0) => {
                    self.done = true;
                    let empty = message.is_empty() && !mbox;
                    return (!empty || self.first).then(|| Ok(super::take(&mut message)));
                }
                Ok(_) => {}
                Err(error) => {
                    self.done = true;
                    return Some(Err(error));
                }
            }
            // A first line with a CR that no LF follows: the input's lines
            // end in CR alone, and it is one message, not an mbox.
            let cr_only = self.first
                && self
                    .line
                    .iter()
                    .position(|&b| b == b'\r')
                    .is_some_and(|at| self.line.get(at + 1) != Some(&b'\n'));
            let starts_message = !cr_only
                && is_separator(&self.line)
                && blank_before
                && (self.first || mbox || !message.is_empty());
            if starts_message && self.first && message.is_empty() {
                // The file's first line: an mbox.
                mbox = true;
                self.first = false;
                blank_before = false;
                continue;
            }
            if starts_message && mbox {
                self.pending_start = true;
                // The blank line before the separator belongs to it.
                if message.ends_with(b"\r\n\r\n") {
                    message.truncate(message.len() - 2);
                } else if message.ends_with(b"\n\n") {
                    message.truncate(message.len() - 1);
                }
                return Some(Ok(message));
            }
            self.first = false;
            blank_before = self.line == b"\n" || self.line == b"\r\n";
            if mbox {
                message.extend_from_slice(unquote(&self.line));
            } else {
                message.extend_from_slice(&self.line);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Messages;

    fn split(input: &str) -> Vec<String> {
        Messages::new(input.as_bytes())
            .map(|message| String::from_utf8(message.unwrap()).unwrap())
            .collect()
    }

    #[test]
    fn one_message_without_separator() {
        assert_eq!(
            split("Subject: a\n\nbody\nFrom here on\n"),
            ["Subject: a\n\nbody\nFrom here on\n"]
        );
    }

    #[test]
    fn messages_of_an_mbox() {
        let mbox = "From a@example.com Tue Dec  1 10:00:00 2026\nSubject: one\n\nbody\n>From quoted\n\nFrom b@example.com Tue Dec  1 10:00:01 2026\nSubject: two\n\n>>From twice\n";
        assert_eq!(
            split(mbox),
            [
                "Subject: one\n\nbody\nFrom quoted\n",
                "Subject: two\n\n>From twice\n"
            ]
        );
    }

    #[test]
    fn a_from_line_inside_a_body_without_blank_before_is_text() {
        let mbox =
            "From a@example.com Tue Dec  1 10:00:00 2026\nSubject: one\n\nline\nFrom the start\n";
        assert_eq!(split(mbox), ["Subject: one\n\nline\nFrom the start\n"]);
    }

    #[test]
    fn crlf_mboxes() {
        let mbox = "From a@x.example Tue Dec  1 10:00:00 2026\r\nSubject: one\r\n\r\nb\r\n\r\nFrom b@x.example Tue Dec  1 10:00:00 2026\r\nSubject: two\r\n";
        assert_eq!(
            split(mbox),
            ["Subject: one\r\n\r\nb\r\n", "Subject: two\r\n"]
        );
    }

    #[test]
    fn cr_line_ends_are_one_message() {
        let mac = "From a@x.example Tue Dec  1 10:00:00 2026\rSubject: one\r\rbody\r";
        assert_eq!(split(mac), [mac]);
    }

    #[test]
    fn an_empty_input() {
        assert_eq!(split(""), [""]);
    }
}
