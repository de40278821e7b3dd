//! Integration tests of `smtp-status`; this library only compiles the
//! README's examples as doctests.

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
