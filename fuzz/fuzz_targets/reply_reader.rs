//! `ReplyReader` over any bytes cut into any pieces: it must never panic,
//! never take in more than one reply's limit and one read past it, and
//! give exactly the replies that `Reply::parse` finds in the whole input.
#![no_main]

use libfuzzer_sys::fuzz_target;
use smtp_status::{Reply, ReplyOptions, ReplyReader};
use std::io::Read;

/// Hands out the input in pieces whose sizes come from `sizes`.
struct Pieces<'a> {
    input: &'a [u8],
    sizes: &'a [u8],
    turn: usize,
    given: usize,
}

impl Read for Pieces<'_> {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        let size = self.sizes.get(self.turn % self.sizes.len().max(1)).copied().unwrap_or(7);
        self.turn += 1;
        let n = usize::from(size.max(1)).min(out.len()).min(self.input.len() - self.given);
        out[..n].copy_from_slice(&self.input[self.given..self.given + n]);
        self.given += n;
        Ok(n)
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&count, rest)) = data.split_first() else {
        return;
    };
    let (sizes, input) = rest.split_at(usize::from(count % 8).min(rest.len()));
    let options = ReplyOptions::new().max_line_length(64).max_lines(8);
    let mut reader = ReplyReader::with_options(
        Pieces { input, sizes, turn: 0, given: 0 },
        options,
    );
    let mut expected = input;
    loop {
        let from_reader = reader.read_reply().map(|reply| reply.as_bytes().to_vec());
        // One reply of the limits, and one read of at most 4,096 octets.
        assert!(reader.get_ref().given <= input.len() - expected.len() + 64 * 8 + 4096);
        let from_parse = Reply::parse_with(expected, &options);
        match (from_reader, from_parse) {
            (Ok(bytes), Ok((_, used))) => {
                assert_eq!(bytes, &expected[..used]);
                expected = &expected[used..];
            }
            (Err(_), Err(_)) => break,
            (Err(_), Ok(_)) => panic!("the reader stopped where parse goes on"),
            (Ok(_), Err(error)) => panic!("the reader went on where parse stops: {error}"),
        }
    }
});
