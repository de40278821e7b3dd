//! Enums in a module without the prelude: everything generated must name
//! what it uses by absolute path.

/// The enums, where nothing of the prelude is in scope.
#[no_implicit_prelude]
pub mod without_prelude {
    /// Through the derive.
    #[derive(
        ::smtp_status::SmtpCodes,
        ::core::fmt::Debug,
        ::core::clone::Clone,
        ::core::marker::Copy,
        ::core::cmp::PartialEq,
        ::core::cmp::Eq,
    )]
    #[smtp(serde)]
    #[allow(non_camel_case_types)]
    pub enum Derived {
        /// Accepted.
        Accepted = 250,
        /// Greylisted: try again later.
        #[smtp(localized(de = "Greylisting: später erneut versuchen."))]
        Greylisted = 451,
        /// A raw identifier.
        r#type = 550,
        /// No reply came.
        #[smtp(code = -1, sentinel)]
        NoReply,
    }

    /// A reply catalogue: shared codes told apart by enhanced codes.
    #[derive(
        ::smtp_status::SmtpCodes,
        ::core::fmt::Debug,
        ::core::clone::Clone,
        ::core::marker::Copy,
        ::core::cmp::PartialEq,
        ::core::cmp::Eq,
    )]
    pub enum Catalogue {
        /// The recipient does not exist.
        #[smtp(code = 550, enhanced = "5.1.1", reply = "User unknown")]
        UserUnknown,
        /// Relaying denied.
        #[smtp(
            code = 550,
            enhanced = "5.7.1",
            reply = "Relay access denied\nSee the policy"
        )]
        RelayDenied,
        /// Any other 550.
        #[smtp(code = 550)]
        Refused,
    }

    ::smtp_status::smtp_codes! {
        /// Through `smtp_codes!`.
        #[derive(::core::fmt::Debug, ::core::clone::Clone, ::core::marker::Copy, ::core::cmp::PartialEq, ::core::cmp::Eq)]
        #[smtp(serde)]
        pub enum Declared {
            /// Accepted.
            Accepted = 250,
            /// Greylisted: try again later.
            #[smtp(code = 451, localized(fr = "Liste grise : réessayer plus tard."))]
            Greylisted,
            /// No reply came.
            #[smtp(code = -1, sentinel)]
            NoReply,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::without_prelude::{Catalogue, Declared, Derived};
    use smtp_status::{Class, Language};

    #[test]
    fn the_derive_works_without_the_prelude() {
        assert_eq!(Derived::from_code(451), Some(Derived::Greylisted));
        assert_eq!(Derived::from_code(-1), Some(Derived::NoReply));
        assert_eq!(Derived::from_name("type"), Some(Derived::r#type));
        assert_eq!(Derived::from_name("r#type"), None);
        assert_eq!(Derived::r#type.name(), "type");
        assert_eq!(Derived::try_from(250_u16), Ok(Derived::Accepted));
        assert_eq!("451 4.7.1 later".parse(), Ok(Derived::Greylisted));
        assert_eq!(
            Derived::Greylisted.description_in(Language::German),
            "Greylisting: später erneut versuchen."
        );
        assert_eq!(Derived::NoReply.class(), None);
        assert_eq!(Derived::NoReply.to_string(), "No reply came.");
        assert_eq!(serde_json::to_string(&Derived::r#type).unwrap(), "550");
    }

    #[test]
    fn a_catalogue_works_without_the_prelude() {
        let reply = Catalogue::RelayDenied.reply().unwrap();
        assert_eq!(
            reply.as_bytes(),
            b"550-5.7.1 Relay access denied\r\n550 5.7.1 See the policy\r\n"
        );
        assert_eq!(
            Catalogue::from_reply(&reply.as_reply()),
            Some(Catalogue::RelayDenied)
        );
        let other = smtp_status::Reply::parse(b"550 5.2.2 full\r\n").unwrap().0;
        assert_eq!(Catalogue::from_reply(&other), Some(Catalogue::Refused));
        assert_eq!(Catalogue::from_code(550), Some(Catalogue::UserUnknown));
    }

    #[test]
    fn smtp_codes_works_without_the_prelude() {
        assert_eq!(Declared::Greylisted as i16, 451);
        assert_eq!(Declared::NoReply as i16, -1);
        assert_eq!(Declared::ALL.len(), 3);
        assert_eq!(Declared::Greylisted.class(), Some(Class::TransientNegative));
        assert_eq!(
            Declared::Greylisted.description_in(Language::French),
            "Liste grise : réessayer plus tard."
        );
        assert_eq!(
            serde_json::from_str::<Declared>("\"250 ok\"").unwrap(),
            Declared::Accepted
        );
    }
}
