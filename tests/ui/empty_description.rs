use smtp_status::SmtpCodes;

#[derive(SmtpCodes, Clone, Copy, PartialEq, Eq)]
enum Codes {
    #[smtp(code = 250, description = "  ")]
    Ok,
    ///
    #[smtp(code = 251)]
    Forward,
}

fn main() {}
