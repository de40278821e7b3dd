//! The runtime crate reached through another crate's re-export, as a crate
//! that wraps smtp-status gives it to its users: `#[smtp(crate = "...")]`
//! names the path, for the derive (and its own path) and for `smtp_codes!`.

/// What a wrapping crate would export.
pub mod facade {
    pub use ::smtp_status as smtp;
}

/// Through the derive, named by the re-exported path.
#[derive(crate::reexport::facade::smtp::SmtpCodes, Debug, Clone, Copy, PartialEq, Eq)]
#[smtp(crate = "crate::reexport::facade::smtp", serde)]
pub enum Wrapped {
    /// Accepted.
    Accepted = 250,
    /// Greylisted: try again later.
    Greylisted = 451,
}

crate::reexport::facade::smtp::smtp_codes! {
    /// Through `smtp_codes!`, named by the re-exported path.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    #[smtp(crate = "crate::reexport::facade::smtp")]
    pub enum WrappedDeclared {
        /// Accepted.
        Accepted = 250,
    }
}

#[cfg(test)]
mod tests {
    use super::{Wrapped, WrappedDeclared};

    #[test]
    fn items_through_a_reexported_crate() {
        assert_eq!(Wrapped::from_code(451), Some(Wrapped::Greylisted));
        assert_eq!("250 ok".parse(), Ok(WrappedDeclared::Accepted));
        assert_eq!(WrappedDeclared::Accepted as i16, 250);
        assert_eq!(serde_json::to_string(&Wrapped::Greylisted).unwrap(), "451");
    }
}
