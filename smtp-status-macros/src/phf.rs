//! The perfect-hash builder.
//!
//! A table of `1 << bits` slots, and a hash that sends each declared key to
//! a slot of its own:
//!
//! ```text
//! slot(key) = (key * multiplier mod 2^32) >> (32 - bits)
//! ```
//!
//! A key is a code (`code as u16 as u32`), or for `from_reply` a code with
//! its enhanced code packed beside it (see `expand::reply_key`).
//!
//! The high bits of a 32-bit multiply: one multiply and one shift, with no
//! loop and no second level; with the multiplier `1 << (32 - bits)`, the
//! code's low bits, which compile to a mask. The generated lookup compares
//! the slot's key with the code, so codes that no variant has are rejected
//! (see `expand`).
//!
//! The search tries the mask first, at the smallest table that can hold the
//! codes and up to [`MASK_EXTRA_BITS`] doublings above it. Then it starts
//! again at the smallest table and doubles it until a multiplier is found:
//! at each size first the multipliers that scale the codes linearly into
//! the table (the codes of one enum are dense in 200..=559, and
//! `c * 2^(32 - bits)` keeps them in order), then a fixed pseudo-random
//! sequence, so the output is the same at every expansion.

/// The largest table the builder makes: 2^16 slots hold any set of `i16`
/// codes, with the multiplier `1 << 16`, which maps each code to itself;
/// for wider keys, the random multipliers (a universal family) separate a
/// few hundred keys in 2^16 slots with near certainty.
const MAX_BITS: u32 = 16;
/// Random multipliers tried at each table size before it is doubled.
const ATTEMPTS_PER_SIZE: u32 = 20_000;
/// How many doublings past the smallest table the low bits of the code may
/// take as the hash: sparing the multiply is worth a table up to four times
/// larger, which for up to 256 codes is at most 1,024 slots of 4 bytes.
const MASK_EXTRA_BITS: u32 = 2;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub multiplier: u32,
    /// `32 - bits`.
    pub shift: u32,
    /// For each slot, the index of the code that lands there.
    pub slots: Vec<Option<usize>>,
}

/// The slot of `key`; the runtime crate's `__private::slot` is the same
/// formula, and the generated `const` check proves that they agree.
pub fn slot(key: u32, multiplier: u32, shift: u32) -> usize {
    (key.wrapping_mul(multiplier) >> shift) as usize
}

/// The key of a code.
pub fn code_key(code: i16) -> u32 {
    u32::from(code as u16)
}

/// A perfect hash for `codes`; `None` if two codes are equal (or, for keys
/// wider than 16 bits, none was found).
pub fn build(codes: &[u32]) -> Option<Table> {
    let min_bits = (usize::BITS - codes.len().saturating_sub(1).leading_zeros()).max(1);
    let mut seen = Seen::default();
    // First the code's low bits alone: the multiplier `1 << shift` makes
    // `slot` a mask, which the compiler emits without a multiply or a shift.
    let mask_bits = min_bits..=(min_bits + MASK_EXTRA_BITS).min(MAX_BITS);
    let masks = mask_bits.map(|bits| (1 << (32 - bits), 32 - bits));
    let others = (min_bits..=MAX_BITS).flat_map(|bits| {
        let shift = 32 - bits;
        let linear = (1..=16u32).map(move |scale| (scale << shift, shift));
        let random = Random::default().take(ATTEMPTS_PER_SIZE as usize);
        linear.chain(random.map(move |multiplier| (multiplier, shift)))
    });
    let (multiplier, shift) = masks
        .chain(others)
        .find(|&(multiplier, shift)| seen.injective(codes, multiplier, shift))?;
    // With 2^16 slots and the multiplier 2^16, `slot` is the identity on
    // `u16`: only equal codes fail to find one.
    Some(Table {
        multiplier,
        shift,
        slots: fill(codes, multiplier, shift),
    })
}

fn fill(codes: &[u32], multiplier: u32, shift: u32) -> Vec<Option<usize>> {
    let mut slots = vec![None; 1 << (32 - shift)];
    for (index, &code) in codes.iter().enumerate() {
        slots[slot(code, multiplier, shift)] = Some(index);
    }
    slots
}

/// Marks the slots taken by one attempt; a new stamp per attempt spares
/// clearing the marks.
#[derive(Default)]
struct Seen {
    stamps: Vec<u32>,
    stamp: u32,
}

impl Seen {
    fn injective(&mut self, codes: &[u32], multiplier: u32, shift: u32) -> bool {
        let size = 1usize << (32 - shift);
        if self.stamps.len() < size {
            self.stamps.resize(size, 0);
        }
        self.stamp += 1;
        codes.iter().all(|&code| {
            let mark = &mut self.stamps[slot(code, multiplier, shift)];
            let free = *mark != self.stamp;
            *mark = self.stamp;
            free
        })
    }
}

/// splitmix64 with a fixed seed: the same multipliers at every expansion.
struct Random(u64);

impl Default for Random {
    fn default() -> Self {
        Random(0x5A17_C0DE_2025_0321)
    }
}

impl Iterator for Random {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        Some((z ^ (z >> 31)) as u32)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn valid_codes() -> Vec<u32> {
        (200..=559).filter(|code| code / 10 % 10 <= 5).collect()
    }

    fn assert_perfect(codes: &[u32], table: &Table) {
        for (index, &code) in codes.iter().enumerate() {
            let slot = slot(code, table.multiplier, table.shift);
            assert_eq!(table.slots[slot], Some(index), "code {code}");
        }
        assert_eq!(table.slots.iter().flatten().count(), codes.len());
    }

    #[test]
    fn there_are_240_valid_codes() {
        assert_eq!(valid_codes().len(), 240);
    }

    #[test]
    fn all_valid_codes_fit_in_512_slots_by_their_low_bits() {
        let codes = valid_codes();
        let table = build(&codes).unwrap();
        assert_perfect(&codes, &table);
        assert_eq!(table.slots.len(), 512);
        assert_eq!(table.multiplier, 1 << table.shift, "a mask, no multiply");
    }

    #[test]
    fn a_multiplier_when_the_low_bits_need_too_large_a_table() {
        // Distinct only in their bits above the sixth: no mask of up to
        // four times the smallest table (four slots) tells them apart.
        let codes = [200, 264, 328];
        let table = build(&codes).unwrap();
        assert_perfect(&codes, &table);
        assert_ne!(table.multiplier, 1 << table.shift);
        assert!(table.slots.len() <= 16);
    }

    #[test]
    fn codes_with_sentinels() {
        let mut codes = valid_codes();
        codes.extend([0, -1, i16::MIN, i16::MAX].map(code_key));
        let table = build(&codes).unwrap();
        assert_perfect(&codes, &table);
    }

    #[test]
    fn equal_codes_have_no_perfect_hash() {
        assert_eq!(build(&[250, 250]), None);
    }

    #[test]
    fn single_code() {
        let table = build(&[250]).unwrap();
        assert_perfect(&[250], &table);
        assert_eq!(table.slots.len(), 2);
    }

    #[test]
    fn codes_with_enhanced_codes_packed_beside_them() {
        // 550 5.1.1, 550 5.7.1, 550 alone, 451 4.7.1, 250 alone...: the
        // keys of `from_reply`.
        let pack = |code: u32, enhanced: Option<(u32, u32)>| {
            let (subject, detail) = enhanced.unwrap_or((1023, 1023));
            code << 20 | subject << 10 | detail
        };
        let mut keys = vec![
            pack(550, Some((1, 1))),
            pack(550, Some((7, 1))),
            pack(550, None),
            pack(451, Some((7, 1))),
            pack(250, None),
        ];
        let table = build(&keys).unwrap();
        assert_perfect(&keys, &table);
        // Every registered subject.detail pair under one code.
        keys = (0..=7)
            .flat_map(|s| (0..=30).map(move |d| pack(550, Some((s, d)))))
            .collect();
        let table = build(&keys).unwrap();
        assert_perfect(&keys, &table);
        assert!(table.slots.len() <= 4096);
    }

    #[test]
    fn random_subsets_of_every_size() {
        let all = valid_codes();
        let mut random = Random(7);
        for size in 1..=all.len() {
            for _ in 0..4 {
                // A partial Fisher-Yates shuffle picks `size` distinct codes.
                let mut pool = all.clone();
                for i in 0..size {
                    let j = i + random.next().unwrap() as usize % (pool.len() - i);
                    pool.swap(i, j);
                }
                let codes = &pool[..size];
                let table = build(codes).unwrap();
                assert_perfect(codes, &table);
                // Never more than four times the smallest power of two
                // that holds the codes, and never more than 512.
                let bound = (4 * size.next_power_of_two()).min(512);
                assert!(
                    table.slots.len() <= bound,
                    "{size} codes took {} slots",
                    table.slots.len()
                );
            }
        }
    }
}
