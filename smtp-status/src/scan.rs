//! Finding the end of a line: the first CR or LF, eight bytes at a time.

const LSB: u64 = u64::from_ne_bytes([0x01; 8]);
const MSB: u64 = u64::from_ne_bytes([0x80; 8]);
const CR: u64 = u64::from_ne_bytes([b'\r'; 8]);
const LF: u64 = u64::from_ne_bytes([b'\n'; 8]);

/// High bit set in each byte of `word` that is zero. Bytes above the lowest
/// zero byte may be flagged wrongly, the lowest one never is.
#[inline(always)]
const fn zero_bytes(word: u64) -> u64 {
    word.wrapping_sub(LSB) & !word & MSB
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
        let word = u64::from_le_bytes(word);
        let found = zero_bytes(word ^ CR) | zero_bytes(word ^ LF);
        if found != 0 {
            return Some(offset + (found.trailing_zeros() / 8) as usize);
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
                    // Bytes just above CR and LF tempt the bit trick.
                    bytes[..len].iter_mut().enumerate().for_each(|(i, b)| {
                        *b = [b'\x0b', b'\x0e', 0x8d, b'x'][i % 4];
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
