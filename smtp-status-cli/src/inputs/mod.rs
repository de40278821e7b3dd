//! The messages a run reads, in input order: each file named, every
//! regular file under a directory named (Maildirs among them: `cur/`,
//! `new/` and `tmp/` are directories like any), the messages of an mbox,
//! and standard input for `-`. Messages come one at a time, so a run holds
//! only those it is working on, whatever the input's size.

mod mbox;

use std::io::{self, Read};
use std::path::PathBuf;
use std::{fs, mem};

/// One message to read: the file it came from, its place in an mbox of
/// several (from 1), and its bytes (or the file that holds them, read by
/// the thread that decodes it).
pub(crate) struct Message {
    pub(crate) name: String,
    pub(crate) index: Option<usize>,
    pub(crate) body: Body,
}

/// A message's bytes, read or to read.
pub(crate) enum Body {
    /// Read already (an mbox's message, standard input), or why not.
    Bytes(io::Result<Vec<u8>>),
    /// A file read by the thread that decodes it (see [`Message::expand`]):
    /// one of at most [`SMALL`] bytes, split there where it is an mbox, or
    /// a larger one that is no mbox; and its size when listed.
    File(PathBuf, u64),
}

/// Files up to this size are read whole by the thread that decodes them,
/// mbox or not: the main thread, which hands out the messages, then opens
/// none of them. A larger file is looked at first, and an mbox of that size
/// read as a stream, a message at a time.
const SMALL: u64 = 1 << 20;

impl Message {
    /// The message with its bytes read (each of them, for a small file
    /// that is an mbox).
    pub(crate) fn expand(self) -> Vec<Message> {
        let Body::File(path, size) = self.body else {
            return vec![self];
        };
        let with = |body| Message {
            name: self.name.clone(),
            index: self.index,
            body: Body::Bytes(body),
        };
        match read_file(&path, size) {
            Ok(bytes) if starts_mbox(&bytes) => {
                from_mbox(self.name, io::Cursor::new(bytes)).collect()
            }
            read => vec![with(read)],
        }
    }
}

impl Body {
    /// The bytes.
    pub(crate) fn load(self) -> io::Result<Vec<u8>> {
        match self {
            Body::Bytes(bytes) => bytes,
            Body::File(path, size) => read_file(&path, size),
        }
    }
}

/// A file's bytes, room made for the size it was listed with: `fs::read`
/// would ask the file system for the size again, one system call a file
/// more over a mailbox of small messages.
fn read_file(path: &std::path::Path, size: u64) -> io::Result<Vec<u8>> {
    let mut file = fs::File::open(path)?;
    // One byte more, so the read that finds the end needs no new room.
    let room = usize::try_from(size).map_or(0, |size| size.saturating_add(1));
    let mut bytes = Vec::with_capacity(room);
    file.read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Whether a file's first bytes start an mbox: a `From ` line ended by LF
/// (a message whose lines end in CR alone, as on old Macs, is one message
/// whatever its first line).
fn starts_mbox(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(4096)];
    head.starts_with(b"From ") && head.contains(&b'\n')
}

/// A path given on the command line, or what a directory holds.
enum Source {
    /// A file: one message, or an mbox of several; and its size.
    File(PathBuf, u64),
    /// Standard input: one message, or an mbox.
    Stdin,
    /// A path that could not be listed.
    Error(PathBuf, io::Error),
}

/// The messages under `paths`, in order. Directories are walked as the
/// messages are taken, not before, so the first are read while the rest
/// are still being listed.
pub(crate) fn messages(paths: &[PathBuf]) -> impl Iterator<Item = Message> {
    // Paths still to look at, the next last.
    let mut pending: Vec<PathBuf> = paths.iter().rev().cloned().collect();
    std::iter::from_fn(move || loop {
        let path = pending.pop()?;
        if path.as_os_str() == "-" {
            return Some(Source::Stdin);
        }
        match fs::metadata(&path) {
            // A directory's files, sorted by name, recursively.
            Ok(meta) if meta.is_dir() => match fs::read_dir(&path) {
                Ok(entries) => {
                    let mut children: Vec<PathBuf> = entries
                        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
                        .collect();
                    children.sort();
                    pending.extend(children.into_iter().rev());
                }
                Err(error) => return Some(Source::Error(path, error)),
            },
            Ok(meta) if meta.is_file() => return Some(Source::File(path, meta.len())),
            // Sockets, devices, FIFOs under a directory are no messages.
            Ok(_) => {}
            Err(error) => return Some(Source::Error(path, error)),
        }
    })
    .flat_map(read_source)
}

/// The messages of one source: an mbox's each (with its place in it),
/// else the file whole.
fn read_source(source: Source) -> Box<dyn Iterator<Item = Message>> {
    let (name, reader): (String, io::Result<Box<dyn Read>>) = match source {
        // Read, and split where it is an mbox, on the thread that decodes
        // it.
        Source::File(path, size) if size <= SMALL => {
            return Box::new(std::iter::once(Message {
                name: path.display().to_string(),
                index: None,
                body: Body::File(path, size),
            }))
        }
        Source::File(path, size) => {
            let mut head = [0u8; 4096];
            let read = fs::File::open(&path)
                .and_then(|mut file| file.read(&mut head))
                .unwrap_or(0);
            // A large file that is no mbox: one message all the same.
            if !starts_mbox(&head[..read]) {
                return Box::new(std::iter::once(Message {
                    name: path.display().to_string(),
                    index: None,
                    body: Body::File(path, size),
                }));
            }
            (
                path.display().to_string(),
                fs::File::open(&path).map(|file| Box::new(file) as Box<dyn Read>),
            )
        }
        Source::Stdin => ("-".to_owned(), Ok(Box::new(io::stdin()))),
        Source::Error(path, error) => (path.display().to_string(), Err(error)),
    };
    let reader = match reader {
        Ok(reader) => reader,
        Err(error) => {
            return Box::new(std::iter::once(Message {
                name,
                index: None,
                body: Body::Bytes(Err(error)),
            }))
        }
    };
    from_mbox(name, io::BufReader::with_capacity(1 << 16, reader))
}

/// The messages of `reader`, an mbox (or one message): one named as the
/// source where there is one, else each with its place, from 1.
fn from_mbox(
    name: String,
    reader: impl io::BufRead + 'static,
) -> Box<dyn Iterator<Item = Message>> {
    let mut messages = mbox::Messages::new(reader);
    let first = messages.next();
    let second = messages.next();
    match (first, second) {
        // One message (an mbox of one, or a file without a `From ` line):
        // named as the file.
        (Some(bytes), None) => Box::new(std::iter::once(Message {
            name,
            index: None,
            body: Body::Bytes(bytes),
        })),
        (None, _) => Box::new(std::iter::once(Message {
            name,
            index: None,
            body: Body::Bytes(Ok(Vec::new())),
        })),
        (Some(first), Some(second)) => {
            let mut index = 0;
            let named = move |bytes| {
                index += 1;
                Message {
                    name: name.clone(),
                    index: Some(index),
                    body: Body::Bytes(bytes),
                }
            };
            let head = [first, second];
            Box::new(head.into_iter().chain(messages).map(named))
        }
    }
}

/// Takes `buffer`'s bytes, leaving it empty.
pub(crate) fn take(buffer: &mut Vec<u8>) -> Vec<u8> {
    mem::take(buffer)
}
