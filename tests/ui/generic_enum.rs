use smtp_status::SmtpCodes;

#[derive(SmtpCodes, Clone, Copy, PartialEq, Eq)]
enum Codes<T> {
    /// Ok.
    #[smtp(code = 250)]
    Ok,
    /// Each variant must be a unit variant, too.
    #[smtp(code = 251)]
    Forward(core::marker::PhantomData<T>),
}

fn main() {}
