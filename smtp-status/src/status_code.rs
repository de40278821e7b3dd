//! The prebuilt enum of documented SMTP reply codes.

crate::smtp_codes! {
    /// The documented SMTP reply codes (RFC 5321, with the AUTH codes of
    /// RFC 4954), and two sentinels that are not server replies.
    ///
    /// Every item of [`smtp_codes!`](crate::smtp_codes) is here: `const fn`
    /// lookups by code and name, parsing of reply lines, `Display`, and the
    /// class and category of each code.
    ///
    /// ```
    /// use smtp_status::{Category, Class, SmtpStatusCode};
    ///
    /// let code: SmtpStatusCode = "451 4.7.1 Try again later".parse()?;
    /// assert_eq!(code, SmtpStatusCode::LocalErrorInProcessing);
    /// assert_eq!(code.class(), Some(Class::TransientNegative));
    /// assert_eq!(code.category(), Some(Category::MailSystem));
    /// assert_eq!(i16::from(code), 451);
    ///
    /// // Sentinels have no class and do not parse from text.
    /// assert_eq!(SmtpStatusCode::from_code(-1), Some(SmtpStatusCode::GeneralFailure));
    /// assert_eq!(SmtpStatusCode::GeneralFailure.class(), None);
    /// # Ok::<(), smtp_status::ParseCodeError>(())
    /// ```
    ///
    /// `Display` writes `"{code} {description}"` for a reply code, which
    /// parses back to the same variant, and the description alone for the
    /// sentinels [`NotDefined`](SmtpStatusCode::NotDefined) and
    /// [`GeneralFailure`](SmtpStatusCode::GeneralFailure).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
    #[non_exhaustive]
    pub enum SmtpStatusCode {
        /// No status code has been set.
        #[smtp(sentinel)]
        NotDefined = 0,
        /// The operation failed without a reply from the server, for example
        /// because no connection could be made.
        #[smtp(sentinel)]
        GeneralFailure = -1,
        /// System status, or a reply to a request for system help.
        SystemStatus = 211,
        /// Help text meant for a human reader, such as the reply to HELP.
        HelpMessage = 214,
        /// The service is ready for a new session.
        ServiceReady = 220,
        /// The service is closing the transmission channel.
        ServiceClosingTransmissionChannel = 221,
        /// Authentication succeeded (RFC 4954).
        AuthenticationSucceeded = 235,
        /// The requested mail action is done.
        Ok = 250,
        /// The user is not local; the server will forward the message.
        UserNotLocalWillForward = 251,
        /// The user cannot be verified, but the server accepts the message
        /// and will try to deliver it.
        CannotVerifyUserWillAttemptDelivery = 252,
        /// An authentication challenge from the server, as base64 text
        /// (RFC 4954).
        Base64Response = 334,
        /// Send the message content now, and end it with a line that holds
        /// a single period.
        StartMailInput = 354,
        /// The service is not available and is closing the transmission
        /// channel.
        ServiceNotAvailable = 421,
        /// The user must change their password before this mechanism can be
        /// used (RFC 4954).
        PasswordTransitionNeeded = 432,
        /// The action was not taken because the mailbox is not available
        /// for now, for example busy or locked.
        MailboxBusy = 450,
        /// The action was aborted by an error in processing on the server.
        LocalErrorInProcessing = 451,
        /// The action was not taken because the server lacks storage.
        InsufficientStorage = 452,
        /// A temporary failure on the server's side: TLS or the requested
        /// authentication cannot be used right now (RFC 3207, RFC 4954).
        ClientNotPermitted = 454,
        /// The command was not recognised, or its line was too long.
        CommandUnrecognized = 500,
        /// The command's parameters or arguments have a syntax error.
        SyntaxError = 501,
        /// The command is not implemented.
        CommandNotImplemented = 502,
        /// The command is not allowed at this point: the commands came in a
        /// bad sequence.
        CommandNotPermitted = 503,
        /// A parameter of the command is not implemented, such as an
        /// authentication mechanism the server does not know (RFC 4954).
        UnrecognizedAuthenticationType = 504,
        /// The client must authenticate before this command (RFC 4954).
        AuthenticationRequired = 530,
        /// The requested authentication mechanism is weaker than the
        /// server's policy allows (RFC 4954).
        AuthenticationMechanismIsToWeak = 534,
        /// The credentials were rejected (RFC 4954).
        CredentialsInvalid = 535,
        /// The requested authentication mechanism needs an encrypted
        /// connection (RFC 4954).
        EncryptionRequiredRequestedMechanism = 538,
        /// The action was not taken because the mailbox is not available,
        /// for example not found, not accessible, or refused by policy.
        MailboxUnavailable = 550,
        /// The user is not local; the client should try the forward-path
        /// that the server names.
        UserNotLocalTryAlternatePath = 551,
        /// The action was aborted because it exceeds the storage allocation.
        ExceededStorageAllocation = 552,
        /// The action was not taken because the mailbox name is not allowed,
        /// for example because its syntax is wrong.
        MailboxNameNotAllowed = 553,
        /// The transaction failed; as the opening reply, it means there is
        /// no SMTP service here.
        TransactionFailed = 554,
    }
}
