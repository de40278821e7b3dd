//! Finding control bytes, eight at a time: the end of a line (the first CR
//! or LF) when reading, a CR or NUL in a text to write.

const LSB: u64 = u64::from_ne_bytes([0x01; 8]);
const MSB: u64 = u64::from_ne_bytes([0x80; 8]);

/// Bytes below this value are control characters that may be a line end.
const BELOW: u8 = b'\r' + 1;

/// High bit set in each byte of `word` whose value is below [`BELOW`].
/// The lowest flagged byte is always right; a byte above it may be flagged
/// wrongly (by the borrow of the subtraction), so flags are confirmed
/// against the byte itself. One test covers CR and LF at once, and text
/// rarely holds other control characters, so confirming costs little.
#[inline(always)]
const fn control_bytes(word: u64) -> u64 {
    word.wrapping_sub(LSB * BELOW as u64) & !word & MSB
}

/// The index of the first CR or LF in `bytes`.
#[inline]
pub(crate) fn find_cr_or_lf(bytes: &[u8]) -> Option<usize> {
    let mut chunks = bytes.chunks_exact(8);
    let mut offset = 0;
    for chunk in &mut chunks {
        let mut word = [0; 8];
        word.copy_from_slice(chunk);
        // Little-endian, so that the lowest flagged bit is the first byte.
        let mut found = control_bytes(u64::from_le_bytes(word));
        while found != 0 {
            let index = (found.trailing_zeros() / 8) as usize;
            if matches!(word[index], b'\r' | b'\n') {
                return Some(offset + index);
            }
            found &= found - 1;
        }
        offset += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(|&byte| byte == b'\r' || byte == b'\n')
        .map(|index| offset + index)
}

/// Where the bytes of `bytes` that may be control characters (below CR
/// and its neighbours) start: the offset of the first 16-byte block that
/// holds one, the last 16 bytes counting as a block (so its offset may be
/// any), or 0 for a text shorter than 16 bytes that holds one; `None` when
/// no byte is one. Text rarely holds any, so this tests 16 bytes a step
/// and leaves the exact search to the caller, from the offset on.
#[inline]
pub(crate) fn skip_plain_text(bytes: &[u8]) -> Option<usize> {
    let flagged = |block: &[u8]| {
        let (low, high) = words(block);
        control_bytes(low) | control_bytes(high) != 0
    };
    let Some(tail) = bytes.len().checked_sub(16) else {
        return bytes.iter().any(|&byte| byte < BELOW).then_some(0);
    };
    let mut offset = 0;
    for chunk in bytes.chunks_exact(16) {
        if flagged(chunk) {
            return Some(offset);
        }
        offset += 16;
    }
    // The tail as the last 16 bytes: those before it were plain.
    (offset < bytes.len() && flagged(bytes.get(tail..).unwrap_or_default())).then_some(tail)
}

/// High bit set in each byte of `word` that is zero, and maybe in bytes
/// above one that is: nonzero exactly when some byte is zero.
#[inline(always)]
pub(crate) const fn zero_bytes(word: u64) -> u64 {
    word.wrapping_sub(LSB) & !word & MSB
}

/// Whether `bytes` holds a CR or a NUL: sixteen bytes a step, with no
/// branch but the loop's, and the tail as the last sixteen bytes (some
/// tested twice, which does no harm to a yes or no).
#[inline]
pub(crate) fn has_cr_or_nul(bytes: &[u8]) -> bool {
    const CR: u64 = LSB * b'\r' as u64;
    let block = |chunk: &[u8]| {
        let (low, high) = words(chunk);
        zero_bytes(low) | zero_bytes(low ^ CR) | zero_bytes(high) | zero_bytes(high ^ CR)
    };
    let Some(tail) = bytes.len().checked_sub(16) else {
        return bytes.iter().any(|&b| b == b'\r' || b == 0);
    };
    let found = bytes
        .chunks_exact(16)
        .fold(0, |found, chunk| found | block(chunk));
    found | block(bytes.get(tail..).unwrap_or_default()) != 0
}

/// The two little-endian words of a block of sixteen bytes.
#[inline(always)]
fn words(block: &[u8]) -> (u64, u64) {
    let (low, high) = block.split_at(8);
    (
        u64::from_le_bytes(low.try_into().unwrap_or_default()),
        u64::from_le_bytes(high.try_into().unwrap_or_default()),
    )
}

/// The index of the first LF in `bytes`: [`find_byte`] for `\n`.
#[inline]
pub(crate) fn find_lf(bytes: &[u8]) -> Option<usize> {
    find_byte(bytes, b'\n')
}

/// The index of the first `needle` in `bytes`, sixteen bytes a step, the
/// tail as the last sixteen bytes (those of them already tested hold no
/// `needle`). The lowest byte that [`zero_bytes`] flags is always a zero
/// byte, so no flag needs confirming.
#[inline]
pub(crate) fn find_byte(bytes: &[u8], needle: u8) -> Option<usize> {
    let spread = LSB * u64::from(needle);
    // The index of the first `needle` in a block of sixteen.
    let first = |block: &[u8]| {
        let (low, high) = words(block);
        let (low, high) = (zero_bytes(low ^ spread), zero_bytes(high ^ spread));
        // When `low` has none, no flag in `high` came from a borrow out
        // of it.
        match (low, high) {
            (0, 0) => None,
            (0, high) => Some(8 + (high.trailing_zeros() / 8) as usize),
            (low, _) => Some((low.trailing_zeros() / 8) as usize),
        }
    };
    let Some(tail) = bytes.len().checked_sub(16) else {
        return bytes.iter().position(|&b| b == needle);
    };
    let mut offset = 0;
    for chunk in bytes.chunks_exact(16) {
        if let Some(index) = first(chunk) {
            return Some(offset + index);
        }
        offset += 16;
    }
    if offset == bytes.len() {
        return None;
    }
    first(bytes.get(tail..).unwrap_or_default()).map(|index| tail + index)
}

#[cfg(test)]
mod tests {
    use super::{find_byte, find_cr_or_lf, find_lf, has_cr_or_nul, skip_plain_text};

    #[test]
    fn any_byte_is_found_at_every_position() {
        for needle in [b'#', 0, 0x80, 0xff, b'a'] {
            // Fillers next to the needle tempt the borrow of the trick.
            let filler = [needle ^ 1, needle.wrapping_add(1), needle.wrapping_sub(1)];
            for len in 0..40 {
                let mut bytes = [0u8; 40];
                for (i, byte) in bytes.iter_mut().enumerate() {
                    *byte = filler[i % 3];
                }
                assert_eq!(find_byte(&bytes[..len], needle), None, "{needle} {len}");
                for at in 0..len {
                    let mut bytes = bytes;
                    bytes[at] = needle;
                    if at + 1 < len {
                        bytes[at + 1] = needle;
                    }
                    assert_eq!(
                        find_byte(&bytes[..len], needle),
                        Some(at),
                        "{needle} {len} {at}"
                    );
                }
            }
        }
    }

    #[test]
    fn lf_is_found_at_every_position() {
        for len in 0..40 {
            for at in 0..len {
                let mut bytes = [b'\x0b'; 40];
                bytes[at] = b'\n';
                if at + 1 < len {
                    bytes[at + 1] = b'\n';
                }
                assert_eq!(find_lf(&bytes[..len]), Some(at), "{len} {at}");
            }
            assert_eq!(find_lf(&[b'\x0b'; 40][..len]), None);
        }
    }

    #[test]
    fn cr_and_nul_are_found_at_every_position() {
        for len in 0..40 {
            for at in 0..len {
                for (byte, expected) in [
                    (b'\r', true),
                    (0, true),
                    (b'\n', false),
                    (b'\x0e', false),
                    (0x8d, false),
                ] {
                    let mut bytes = [b'a'; 40];
                    bytes[at] = byte;
                    assert_eq!(has_cr_or_nul(&bytes[..len]), expected, "{len} {at} {byte}");
                }
            }
        }
    }

    #[test]
    fn plain_text_is_skipped_up_to_the_block_of_a_control_byte() {
        for len in 0..50 {
            let plain = [b'x'; 50];
            assert_eq!(skip_plain_text(&plain[..len]), None);
            for at in 0..len {
                for byte in [0, b'\t', b'\n', b'\r'] {
                    let mut bytes = [b'y'; 50];
                    bytes[at] = byte;
                    // Its block of sixteen, the last sixteen bytes for the
                    // tail, or the start of a short text.
                    let block = match (at / 16 * 16 + 16 <= len, len.checked_sub(16)) {
                        (true, _) => at / 16 * 16,
                        (false, Some(tail)) => tail,
                        (false, None) => 0,
                    };
                    assert_eq!(skip_plain_text(&bytes[..len]), Some(block), "{len} {at}");
                }
            }
        }
    }

    #[test]
    fn agrees_with_a_plain_search_at_every_position() {
        for len in 0..40 {
            for at in 0..len {
                for byte in [b'\r', b'\n'] {
                    let mut bytes = [b'a'; 40];
                    // Other control characters, bytes just above CR and LF,
                    // and bytes with the high bit set tempt the bit trick.
                    bytes[..len].iter_mut().enumerate().for_each(|(i, b)| {
                        *b = [b'\x0b', b'\x0e', 0x8d, 0x8a, b'\x0c', b'\t', 0][i % 7];
                    });
                    bytes[at] = byte;
                    let expected = bytes[..len].iter().position(|&b| b == b'\r' || b == b'\n');
                    assert_eq!(find_cr_or_lf(&bytes[..len]), expected, "{len} {at}");
                }
            }
            let none = [b'z'; 40];
            assert_eq!(find_cr_or_lf(&none[..len]), None);
        }
    }
}
