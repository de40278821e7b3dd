//! Finding the end of a line: the first CR or LF, eight bytes at a time.

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

#[cfg(test)]
mod tests {
    use super::find_cr_or_lf;

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
