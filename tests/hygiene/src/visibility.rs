//! Private, `pub(crate)` and function-local enums: the generated items
//! must not trip `unreachable_pub` or `dead_code` in any of them.

mod private {
    use smtp_status::SmtpCodes;

    /// Seen only in this module.
    #[derive(SmtpCodes, Debug, Clone, Copy, PartialEq, Eq)]
    pub(super) enum Private {
        /// Accepted.
        Accepted = 250,
        /// Mailbox unavailable.
        Unavailable = 550,
    }
}

/// Seen only in this crate.
#[derive(smtp_status::SmtpCodes, Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CrateOnly {
    /// Accepted.
    Accepted = 250,
}

smtp_status::smtp_codes! {
    /// Seen only in this module, declared by `smtp_codes!`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    enum PrivateDeclared {
        /// Accepted.
        Accepted = 250,
    }
}

/// The description of `code` by each kind of enum here, the last of them
/// declared inside this function: where the code is unknown to one, `None`.
#[must_use]
pub fn describe(code: i16) -> [Option<&'static str>; 4] {
    #[derive(smtp_status::SmtpCodes, Debug, Clone, Copy, PartialEq, Eq)]
    enum Local {
        /// Greylisted: try again later.
        Greylisted = 451,
    }

    smtp_status::smtp_codes! {
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        enum LocalDeclared {
            /// Accepted here.
            Accepted = 250,
        }
    }

    let local = Local::from_code(code)
        .map(Local::description)
        .or_else(|| LocalDeclared::from_code(code).map(LocalDeclared::description));
    [
        private::Private::from_code(code).map(private::Private::description),
        CrateOnly::from_code(code).map(CrateOnly::description),
        PrivateDeclared::from_code(code).map(PrivateDeclared::description),
        local,
    ]
}

#[cfg(test)]
mod tests {
    use super::describe;

    #[test]
    fn every_visibility_looks_up_its_codes() {
        assert_eq!(
            describe(250),
            [
                Some("Accepted."),
                Some("Accepted."),
                Some("Accepted."),
                Some("Accepted here.")
            ]
        );
        assert_eq!(
            describe(451),
            [None, None, None, Some("Greylisted: try again later.")]
        );
        assert_eq!(describe(550)[0], Some("Mailbox unavailable."));
    }
}
