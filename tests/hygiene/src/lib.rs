//! The macros in the situations real crates put them, compiled under the
//! strictest lints a crate turns on. Every generated item must build here
//! without a warning, and `cargo clippy -- -D clippy::pedantic` must find
//! nothing in it; the tests in each module check that the generated items
//! do the right thing there, not only that they compile.
#![deny(
    warnings,
    missing_docs,
    missing_debug_implementations,
    unused_qualifications,
    unreachable_pub,
    trivial_casts,
    trivial_numeric_casts,
    unused_results
)]

pub mod bare;
pub mod cfgs;
pub mod deprecated;
pub mod names;
pub mod reexport;
pub mod serde_own;
pub mod visibility;
