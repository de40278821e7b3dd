use smtp_status::SmtpCodes;

#[derive(SmtpCodes, Clone, Copy, PartialEq, Eq)]
enum Codes {
    /// Ok.
    #[smtp(code = 250, description = "Ok")]
    #[smtp(description = "Done", code = 251)]
    Ok,
}

fn main() {}
