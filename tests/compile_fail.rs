//! Every rule of the macros, shown by an input that breaks it: each file in
//! `ui/` is named for its rule, and its `.stderr` holds the reviewed error.
//!
//! The same files make the documentation page `smtp_status::rules`
//! (`smtp-status/src/rules.md`, inside the crate so that it is packaged):
//! `rules_page_is_in_sync` fails when the page is not what these files give,
//! and rewrites it when run with `SMTP_STATUS_BLESS=1`.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("ui/*.rs");
}

#[test]
fn rules_page_is_in_sync() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let page_path = root.join("../smtp-status/src/rules.md");
    let page = rules_page(&root.join("ui"));
    if std::env::var_os("SMTP_STATUS_BLESS").is_some() {
        fs::write(&page_path, &page).unwrap();
    }
    let written = fs::read_to_string(&page_path).unwrap_or_default();
    assert!(
        written == page,
        "smtp-status/src/rules.md is not what tests/ui gives; rerun with SMTP_STATUS_BLESS=1"
    );
}

/// The page: for each case, in the order of its file name, a heading made
/// of the name, the leading `//` comment as prose, the input as a
/// `compile_fail` example (so rustdoc checks it fails too), and the error.
fn rules_page(ui: &Path) -> String {
    let mut cases: Vec<_> = fs::read_dir(ui)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "rs"))
        .collect();
    cases.sort();
    let mut page = String::from(
        "The rules of `#[derive(SmtpCodes)]` and `smtp_codes!`, each shown by an \
         input that breaks it and the error rustc prints for it.\n\n\
         The macros report every mistake of an enum in one compile, each at its own \
         tokens. This page is made from the compile-fail suite (`tests/ui/` in the \
         repository), whose test keeps the two the same.\n",
    );
    for case in &cases {
        let name = case.file_stem().unwrap().to_str().unwrap();
        let source = fs::read_to_string(case).unwrap();
        let stderr = fs::read_to_string(case.with_extension("stderr")).unwrap();
        let comment: Vec<_> = source
            .lines()
            .map_while(|line| line.strip_prefix("//"))
            .map(str::trim)
            .collect();
        let code: Vec<_> = source.lines().skip(comment.len()).collect();
        let mut title = name.replace('_', " ");
        title[..1].make_ascii_uppercase();
        write!(page, "\n## {title}\n\n").unwrap();
        if !comment.is_empty() {
            write!(page, "{}\n\n", comment.join(" ")).unwrap();
        }
        let code = code.join("\n");
        write!(
            page,
            "```compile_fail\n{}\n```\n\n```text\n{}\n```\n",
            code.trim(),
            stderr.trim_end()
        )
        .unwrap();
    }
    page
}
