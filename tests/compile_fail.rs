//! Every rule of the macros, shown by an input that breaks it: each file in
//! `ui/` is named for its rule, and its `.stderr` holds the reviewed error.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("ui/*.rs");
}
