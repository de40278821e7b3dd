//! The contenders and inputs that the benchmarks share, so that a test can
//! hold every contender to the same answers as `SmtpStatusCode::from_code`.
//! Each contender is `#[inline]`, as it would be in the caller's own crate.

use smtp_status::SmtpStatusCode;
use std::collections::HashMap;
use std::sync::OnceLock;
use std::time::Duration;

/// The settings every benchmark runs with: short warm-up and measurement,
/// so the whole suite takes minutes on two cores.
pub fn criterion() -> criterion::Criterion {
    criterion::Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
}

/// The median time of each contender's run, in nanoseconds, over `rounds`
/// rounds in which every contender runs once, each round starting one
/// contender further on; the first tenth of the rounds warm up and are not
/// counted. On a shared machine whose speed drifts over seconds, this holds
/// ratios steady where criterion's one-contender-at-a-time windows do not.
pub fn interleaved_medians(contenders: &mut [&mut dyn FnMut()], rounds: usize) -> Vec<f64> {
    let mut times = vec![Vec::with_capacity(rounds); contenders.len()];
    for round in 0..rounds {
        for turn in 0..contenders.len() {
            let index = (round + turn) % contenders.len();
            let start = std::time::Instant::now();
            (contenders[index])();
            let elapsed = start.elapsed().as_nanos() as f64;
            if round >= rounds / 10 {
                times[index].push(elapsed);
            }
        }
    }
    times
        .iter_mut()
        .map(|samples| {
            samples.sort_by(f64::total_cmp);
            samples[samples.len() / 2]
        })
        .collect()
}

/// The `main` of a benchmark with an interleaved part: criterion's groups
/// (`benches`, from `criterion_group!`), then `interleaved` when `cargo
/// bench` runs it (it passes `--bench`; `cargo test --benches` does not).
pub fn main_with_interleaved(benches: fn(), interleaved: fn()) {
    benches();
    criterion::Criterion::default()
        .configure_from_args()
        .final_summary();
    if std::env::args().any(|arg| arg == "--bench") {
        interleaved();
    }
}

/// Prints interleaved medians (nanoseconds, ours first) as a Markdown
/// table under the group's name.
pub fn print_table(group: &str, rows: &[(&str, f64)]) {
    println!("\n#### `{group}`\n");
    println!("| contender | median | ratio to ours | throughput to ours |");
    println!("|---|---:|---:|---:|");
    for (name, median) in rows {
        println!(
            "| {name} | {median:.1} ns | {:.2}× | {:.0} % |",
            median / rows[0].1,
            100.0 * rows[0].1 / median
        );
    }
}

/// How many codes each lookup benchmark runs over.
pub const INPUT_LEN: usize = 4096;

/// A small deterministic generator (xorshift64*), so that every run of
/// every benchmark sees the same inputs.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed | 1)
    }

    pub fn next_u32(&mut self) -> u32 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 32) as u32
    }

    /// A number in `0..bound`.
    pub fn below(&mut self, bound: u32) -> u32 {
        ((u64::from(self.next_u32()) * u64::from(bound)) >> 32) as u32
    }
}

/// What a mail server or log processor sees: mostly 250, 354 and 221, some
/// transient and permanent failures, and a few codes the enum lacks (555,
/// 521). Weights are per mille.
pub const REALISTIC_MIX: [(i16, u32); 14] = [
    (250, 550),
    (354, 100),
    (221, 80),
    (220, 80),
    (235, 20),
    (451, 40),
    (421, 20),
    (450, 20),
    (550, 40),
    (554, 10),
    (535, 10),
    (552, 10),
    (555, 15),
    (521, 5),
];

/// [`INPUT_LEN`] codes drawn from [`REALISTIC_MIX`].
pub fn realistic_codes() -> Vec<i16> {
    let total: u32 = REALISTIC_MIX.iter().map(|(_, weight)| weight).sum();
    let mut rng = Rng::new(0x5EED_0001);
    (0..INPUT_LEN)
        .map(|_| {
            let mut pick = rng.below(total);
            for (code, weight) in REALISTIC_MIX {
                if pick < weight {
                    return code;
                }
                pick -= weight;
            }
            unreachable!("the weights sum to the total")
        })
        .collect()
}

/// [`INPUT_LEN`] codes drawn uniformly from 200..=599.
pub fn uniform_codes() -> Vec<i16> {
    let mut rng = Rng::new(0x5EED_0002);
    (0..INPUT_LEN)
        .map(|_| 200 + rng.below(400) as i16)
        .collect()
}

/// The `match` a user would write by hand.
#[inline]
pub fn match_lookup(code: i16) -> Option<SmtpStatusCode> {
    use SmtpStatusCode::*;
    match code {
        0 => Some(NotDefined),
        -1 => Some(GeneralFailure),
        211 => Some(SystemStatus),
        214 => Some(HelpMessage),
        220 => Some(ServiceReady),
        221 => Some(ServiceClosingTransmissionChannel),
        235 => Some(AuthenticationSucceeded),
        250 => Some(Ok),
        251 => Some(UserNotLocalWillForward),
        252 => Some(CannotVerifyUserWillAttemptDelivery),
        334 => Some(Base64Response),
        354 => Some(StartMailInput),
        421 => Some(ServiceNotAvailable),
        432 => Some(PasswordTransitionNeeded),
        450 => Some(MailboxBusy),
        451 => Some(LocalErrorInProcessing),
        452 => Some(InsufficientStorage),
        454 => Some(ClientNotPermitted),
        500 => Some(CommandUnrecognized),
        501 => Some(SyntaxError),
        502 => Some(CommandNotImplemented),
        503 => Some(CommandNotPermitted),
        504 => Some(UnrecognizedAuthenticationType),
        530 => Some(AuthenticationRequired),
        534 => Some(AuthenticationMechanismIsToWeak),
        535 => Some(CredentialsInvalid),
        538 => Some(EncryptionRequiredRequestedMechanism),
        550 => Some(MailboxUnavailable),
        551 => Some(UserNotLocalTryAlternatePath),
        552 => Some(ExceededStorageAllocation),
        553 => Some(MailboxNameNotAllowed),
        554 => Some(TransactionFailed),
        _ => None,
    }
}

/// A table indexed by `code - 200`: one bounds check and one load, the
/// least any lookup over 200..=599 can do. Sentinels are outside it.
#[inline]
pub fn direct_table(code: i16) -> Option<SmtpStatusCode> {
    const TABLE: [Option<SmtpStatusCode>; 400] = {
        let mut table = [None; 400];
        let mut index = 0;
        while index < SmtpStatusCode::COUNT {
            let variant = SmtpStatusCode::ALL[index];
            let code = variant.code();
            if code >= 200 && code < 600 {
                table[(code - 200) as usize] = Some(variant);
            }
            index += 1;
        }
        table
    };
    match TABLE.get((code as u16).wrapping_sub(200) as usize) {
        Some(slot) => *slot,
        None => None,
    }
}

/// Every variant with its code, sorted by code, for binary search.
pub fn sorted_pairs() -> Vec<(i16, SmtpStatusCode)> {
    let mut pairs: Vec<_> = SmtpStatusCode::ALL.iter().map(|v| (v.code(), *v)).collect();
    pairs.sort_unstable_by_key(|(code, _)| *code);
    pairs
}

/// Binary search over [`sorted_pairs`].
#[inline]
pub fn binary_search(pairs: &[(i16, SmtpStatusCode)], code: i16) -> Option<SmtpStatusCode> {
    pairs
        .binary_search_by_key(&code, |(key, _)| *key)
        .ok()
        .map(|index| pairs[index].1)
}

/// `std`'s `HashMap` from code to variant.
pub fn hash_map() -> HashMap<i16, SmtpStatusCode> {
    SmtpStatusCode::ALL.iter().map(|v| (v.code(), *v)).collect()
}

/// [`sorted_pairs`], made once.
pub fn shared_pairs() -> &'static [(i16, SmtpStatusCode)] {
    static PAIRS: OnceLock<Vec<(i16, SmtpStatusCode)>> = OnceLock::new();
    PAIRS.get_or_init(sorted_pairs)
}

/// [`hash_map`], made once.
pub fn shared_hash_map() -> &'static HashMap<i16, SmtpStatusCode> {
    static MAP: OnceLock<HashMap<i16, SmtpStatusCode>> = OnceLock::new();
    MAP.get_or_init(hash_map)
}

/// A lookup in [`PHF_MAP`].
#[inline]
pub fn phf_lookup(code: i16) -> Option<SmtpStatusCode> {
    PHF_MAP.get(&u16::try_from(code).ok()?).copied()
}

/// Each contender behind `#[inline(never)]`: what a caller in another
/// function pays.
pub mod called {
    use super::*;

    /// [`SmtpStatusCode::from_code`].
    #[inline(never)]
    pub fn from_code(code: i16) -> Option<SmtpStatusCode> {
        SmtpStatusCode::from_code(code)
    }
    /// [`match_lookup`].
    #[inline(never)]
    pub fn matched(code: i16) -> Option<SmtpStatusCode> {
        match_lookup(code)
    }
    /// [`direct_table`].
    #[inline(never)]
    pub fn table(code: i16) -> Option<SmtpStatusCode> {
        direct_table(code)
    }
    /// [`phf_lookup`].
    #[inline(never)]
    pub fn phf(code: i16) -> Option<SmtpStatusCode> {
        phf_lookup(code)
    }
    /// [`shared_hash_map`].
    #[inline(never)]
    pub fn hash_map(code: i16) -> Option<SmtpStatusCode> {
        shared_hash_map().get(&code).copied()
    }
    /// [`binary_search`] over [`shared_pairs`].
    #[inline(never)]
    pub fn binary(code: i16) -> Option<SmtpStatusCode> {
        binary_search(shared_pairs(), code)
    }
}

/// `phf`'s compile-time map over the reply codes (its keys are `u16`, so the
/// two sentinels are left out; no input holds them).
pub static PHF_MAP: phf::Map<u16, SmtpStatusCode> = phf::phf_map! {
    211u16 => SmtpStatusCode::SystemStatus,
    214u16 => SmtpStatusCode::HelpMessage,
    220u16 => SmtpStatusCode::ServiceReady,
    221u16 => SmtpStatusCode::ServiceClosingTransmissionChannel,
    235u16 => SmtpStatusCode::AuthenticationSucceeded,
    250u16 => SmtpStatusCode::Ok,
    251u16 => SmtpStatusCode::UserNotLocalWillForward,
    252u16 => SmtpStatusCode::CannotVerifyUserWillAttemptDelivery,
    334u16 => SmtpStatusCode::Base64Response,
    354u16 => SmtpStatusCode::StartMailInput,
    421u16 => SmtpStatusCode::ServiceNotAvailable,
    432u16 => SmtpStatusCode::PasswordTransitionNeeded,
    450u16 => SmtpStatusCode::MailboxBusy,
    451u16 => SmtpStatusCode::LocalErrorInProcessing,
    452u16 => SmtpStatusCode::InsufficientStorage,
    454u16 => SmtpStatusCode::ClientNotPermitted,
    500u16 => SmtpStatusCode::CommandUnrecognized,
    501u16 => SmtpStatusCode::SyntaxError,
    502u16 => SmtpStatusCode::CommandNotImplemented,
    503u16 => SmtpStatusCode::CommandNotPermitted,
    504u16 => SmtpStatusCode::UnrecognizedAuthenticationType,
    530u16 => SmtpStatusCode::AuthenticationRequired,
    534u16 => SmtpStatusCode::AuthenticationMechanismIsToWeak,
    535u16 => SmtpStatusCode::CredentialsInvalid,
    538u16 => SmtpStatusCode::EncryptionRequiredRequestedMechanism,
    550u16 => SmtpStatusCode::MailboxUnavailable,
    551u16 => SmtpStatusCode::UserNotLocalTryAlternatePath,
    552u16 => SmtpStatusCode::ExceededStorageAllocation,
    553u16 => SmtpStatusCode::MailboxNameNotAllowed,
    554u16 => SmtpStatusCode::TransactionFailed,
};

/// The split at the first non-digit, `str::parse::<u16>()` and a `match`.
#[inline]
pub fn parse_u16_then_match(line: &str) -> Option<SmtpStatusCode> {
    let end = line
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(line.len());
    let code: u16 = line[..end].parse().ok()?;
    match_lookup(i16::try_from(code).ok()?)
}

/// What users write first: the first word, parsed, then a `match`.
#[inline]
pub fn split_whitespace_then_match(line: &str) -> Option<SmtpStatusCode> {
    let code: u16 = line.split_whitespace().next()?.parse().ok()?;
    match_lookup(i16::try_from(code).ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Speed never costs correctness: every contender gives the generated
    /// lookup's answer on all 65,536 `i16` values.
    #[test]
    fn contenders_agree_with_from_code_on_every_i16() {
        let pairs = sorted_pairs();
        let map = hash_map();
        for code in i16::MIN..=i16::MAX {
            let expected = SmtpStatusCode::from_code(code);
            assert_eq!(match_lookup(code), expected, "match {code}");
            assert_eq!(
                binary_search(&pairs, code),
                expected,
                "binary search {code}"
            );
            assert_eq!(map.get(&code).copied(), expected, "HashMap {code}");
            let is_sentinel = expected.is_some_and(|v| v.class().is_none());
            if !is_sentinel {
                assert_eq!(direct_table(code), expected, "direct table {code}");
                assert_eq!(phf_lookup(code), expected, "phf {code}");
            }
        }
    }

    #[test]
    fn text_contenders_agree_with_parse() {
        for line in [
            "250 OK",
            "550 5.1.1 unknown",
            "555 x",
            "421 bye",
            "hello",
            "2500 x",
        ] {
            let expected = line.parse::<SmtpStatusCode>().ok();
            assert_eq!(parse_u16_then_match(line), expected, "{line}");
            assert_eq!(split_whitespace_then_match(line), expected, "{line}");
        }
    }

    #[test]
    fn inputs_have_the_intended_shape() {
        let realistic = realistic_codes();
        let ok = realistic.iter().filter(|&&c| c == 250).count();
        assert!((2000..2500).contains(&ok), "{ok} of 4096 are 250");
        let uniform = uniform_codes();
        assert!(uniform.iter().all(|c| (200..600).contains(c)));
        assert!(uniform.iter().any(|&c| c < 250) && uniform.iter().any(|&c| c > 550));
    }
}
