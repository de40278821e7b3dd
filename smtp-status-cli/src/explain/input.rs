//! What `explain` reads: each argument, or standard input, as bytes (an
//! argument need not be UTF-8), within limits that an error names.

use smtp_status::PeerText;
use std::ffi::OsString;
use std::io::{self, Read};

/// The most an argument may hold: a reply, or a few.
pub(crate) const MAX_ARGUMENT: usize = 64 * 1024;

/// The most standard input may hold: a bounce message with its returned
/// message.
pub(crate) const MAX_STDIN: usize = 32 * 1024 * 1024;

/// How much of an input an error shows.
const EXCERPT: usize = 48;

/// One input, and where it came from ("argument 2", "standard input").
pub(crate) struct Input {
    pub(crate) origin: String,
    pub(crate) bytes: Vec<u8>,
}

/// The start of `bytes`, escaped, cut to a few dozen characters.
pub(crate) fn excerpt(bytes: &[u8]) -> String {
    let cut = bytes.len() > EXCERPT;
    let shown = PeerText::new(&bytes[..bytes.len().min(EXCERPT)]).to_string();
    if cut {
        format!("\"{shown}…\"")
    } else {
        format!("\"{shown}\"")
    }
}

/// The arguments, as bytes; an argument over the limit is an error that
/// names it.
pub(crate) fn arguments(arguments: &[OsString]) -> Result<Vec<Input>, String> {
    arguments
        .iter()
        .enumerate()
        .map(|(index, argument)| {
            let bytes = os_bytes(argument);
            if bytes.len() > MAX_ARGUMENT {
                return Err(format!(
                    "argument {} is {} bytes, over the limit of {MAX_ARGUMENT}: {}",
                    index + 1,
                    bytes.len(),
                    excerpt(&bytes)
                ));
            }
            Ok(Input {
                origin: format!("argument {}", index + 1),
                bytes,
            })
        })
        .collect()
}

/// Standard input, whole, as bytes (UTF-8 or not); more than the limit is
/// an error that names it.
pub(crate) fn stdin() -> Result<Input, String> {
    let mut bytes = Vec::new();
    let limit = u64::try_from(MAX_STDIN).unwrap_or(u64::MAX) + 1;
    io::stdin()
        .lock()
        .take(limit)
        .read_to_end(&mut bytes)
        .map_err(|error| format!("cannot read standard input: {error}"))?;
    if bytes.len() > MAX_STDIN {
        return Err(format!(
            "standard input holds more than the limit of {MAX_STDIN} bytes"
        ));
    }
    Ok(Input {
        origin: "standard input".to_owned(),
        bytes,
    })
}

/// An argument's bytes as the OS gave them.
#[cfg(unix)]
fn os_bytes(argument: &OsString) -> Vec<u8> {
    use std::os::unix::ffi::OsStrExt;
    argument.as_os_str().as_bytes().to_vec()
}

/// An argument's bytes: where the OS's strings are not bytes, its UTF-8
/// with what cannot be decoded replaced.
#[cfg(not(unix))]
fn os_bytes(argument: &OsString) -> Vec<u8> {
    argument.to_string_lossy().into_owned().into_bytes()
}

#[cfg(test)]
mod tests {
    use super::{arguments, excerpt, MAX_ARGUMENT};
    use std::ffi::OsString;

    #[test]
    fn excerpts_are_short_and_escaped() {
        assert_eq!(excerpt(b"550 ok"), "\"550 ok\"");
        let long = excerpt(&[b'x'; 200]);
        assert!(long.ends_with("…\"") && long.len() < 60, "{long}");
        assert_eq!(excerpt(b"\x1b[31m"), "\"\\x1b[31m\"");
    }

    #[test]
    fn an_argument_over_the_limit() {
        let big = OsString::from("5".repeat(MAX_ARGUMENT + 1));
        let error = arguments(&[OsString::from("250 ok"), big]).err().unwrap();
        assert!(
            error.starts_with("argument 2 is 65537 bytes, over the limit of 65536: \"555"),
            "{error}"
        );
        assert!(error.len() < 120);
    }
}
