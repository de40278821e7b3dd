// The compiler re-checks every perfect-hash table the macros emit: here a
// table (written by hand, through the hidden macro the derive invokes) has
// the right keys but swapped answers, and the build must fail at the check.
// Users never write this; it shows that a wrong table cannot compile.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Codes {
    Ok,
    Busy,
}

// slot(code) = (code * 2^23 mod 2^32) >> 31: 250 lands in slot 0, 450 in slot 1.
smtp_status::__impl_smtp_codes! {
    enum: Codes,
    bound: [Codes: Clone + Copy],
    count: 2,
    listable: listable,
    table: {
        name: SLOTS,
        size: 2,
        multiplier: 8388608,
        shift: 31,
        keys: [250, 450],
        answers: [Some(Codes::Busy), Some(Codes::Ok)]
    },
    replies: none,
    serde: [],
    variants: [
        Ok = 250, "Ok", "Accepted.", "250 Accepted.", none, "Accepted.";
        Busy = 450, "Busy", "Busy.", "450 Busy.", none, "Busy.";
    ],
    firsts: [Ok = 250, "Ok"; Busy = 450, "Busy";],
    reply_checks: [],
    localized: []
}

fn main() {}
