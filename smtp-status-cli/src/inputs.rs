//! The messages a run reads: the files named, and every regular file
//! under the directories named, in name order.

use std::path::{Path, PathBuf};
use std::{fs, io};

/// One input: its path, and the error that kept it from being listed.
pub(crate) type Input = (PathBuf, Option<io::Error>);

/// The files under `paths`, in order: each path as given, a directory's
/// files sorted by name, recursively. A directory that cannot be read is
/// an input with its error.
pub(crate) fn files(paths: &[PathBuf]) -> Vec<Input> {
    let mut out = Vec::new();
    for path in paths {
        walk(path, &mut out);
    }
    out
}

fn walk(path: &Path, out: &mut Vec<Input>) {
    match fs::metadata(path) {
        Ok(meta) if meta.is_dir() => match fs::read_dir(path) {
            Ok(entries) => {
                let mut children: Vec<PathBuf> = entries
                    .filter_map(|entry| entry.ok().map(|entry| entry.path()))
                    .collect();
                children.sort();
                for child in children {
                    walk(&child, out);
                }
            }
            Err(error) => out.push((path.to_owned(), Some(error))),
        },
        Ok(meta) if meta.is_file() => out.push((path.to_owned(), None)),
        // Sockets, devices, FIFOs under a directory are no messages.
        Ok(_) => {}
        Err(error) => out.push((path.to_owned(), Some(error))),
    }
}
