smtp_status::smtp_codes! {
    #[derive(Clone, Copy, PartialEq, Eq)]
    enum Codes {
        /// FTP's "restart marker", not an SMTP reply.
        Restart = 110,
        /// Beyond 5yz.
        Beyond = 600,
    }
}

fn main() {}
