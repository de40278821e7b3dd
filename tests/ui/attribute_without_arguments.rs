use smtp_status::SmtpCodes;

#[derive(SmtpCodes, Clone, Copy, PartialEq, Eq)]
enum Codes {
    /// Ok.
    #[smtp]
    Ok = 250,
}

fn main() {}
