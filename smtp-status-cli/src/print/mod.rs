//! The printers, one output format a module.

pub(crate) mod json;
pub(crate) mod table;
