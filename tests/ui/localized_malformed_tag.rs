use smtp_status::SmtpCodes;

#[derive(SmtpCodes, Clone, Copy, PartialEq, Eq)]
enum Codes {
    /// Accepted.
    #[smtp(code = 250, localized(De = "Angenommen.", de_CH = "Angenommen."))]
    Ok,
}

fn main() {}
