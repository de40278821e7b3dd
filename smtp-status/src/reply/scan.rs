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
/// holds one, or of the short tail; `None` when no byte is one. Text
/// rarely holds any, so this tests 16 bytes a step and leaves the exact
/// search to the caller, from the offset on.
#[inline]
pub(crate) fn skip_plain_text(bytes: &[u8]) -> Option<usize> {
    let mut chunks = bytes.chunks_exact(16);
    let mut offset = 0;
    for chunk in &mut chunks {
        let (low, high) = chunk.split_at(8);
        let low = u64::from_le_bytes(low.try_into().unwrap_or_default());
        let high = u64::from_le_bytes(high.try_into().unwrap_or_default());
        if control_bytes(low) | control_bytes(high) != 0 {
            return Some(offset);
        }
        offset += 16;
    }
    let tail = chunks.remainder();
    tail.iter().any(|&byte| byte < BELOW).then_some(offset)
}

/// High bit set in each byte of `word` that is zero, and maybe in bytes
/// above one that is: nonzero exactly when some byte is zero.
#[inline(always)]
const fn zero_bytes(word: u64) -> u64 {
    word.wrapping_sub(LSB) & !word & MSB
}

/// Whether `bytes` holds a CR or a NUL: eight bytes a step, with no
/// branch but the loop's.
#[inline]
pub(crate) fn has_cr_or_nul(bytes: &[u8]) -> bool {
    const CR: u64 = LSB * b'\r' as u64;
    let mut chunks = bytes.chunks_exact(16);
    let mut found = 0;
    for chunk in &mut chunks {
        let (low, high) = chunk.split_at(8);
        let low = u64::from_le_bytes(low.try_into().unwrap_or_default());
        let high = u64::from_le_bytes(high.try_into().unwrap_or_default());
        found |= zero_bytes(low) | zero_bytes(low ^ CR) | zero_bytes(high) | zero_bytes(high ^ CR);
    }
    found != 0 || chunks.remainder().iter().any(|&b| b == b'\r' || b == 0)
}

/// The index of the first LF in `bytes`, eight bytes a step. The lowest
/// byte that [`zero_bytes`] flags is always a zero byte, so no flag needs
/// confirming.
#[inline]
pub(crate) fn find_lf(bytes: &[u8]) -> Option<usize> {
    const LF: u64 = LSB * b'\n' as u64;
    let mut chunks = bytes.chunks_exact(8);
    let mut offset = 0;
    for chunk in &mut chunks {
        let word = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        let found = zero_bytes(word ^ LF);
        if found != 0 {
            return Some(offset + (found.trailing_zeros() / 8) as usize);
        }
        offset += 8;
    }
    let tail = chunks.remainder().iter().position(|&b| b == b'\n');
    tail.map(|index| offset + index)
}

#[cfg(test)]
mod tests {
    use super::{find_cr_or_lf, find_lf, has_cr_or_nul, skip_plain_text};

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
                    let block = (at / 16 * 16).min(len / 16 * 16);
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
