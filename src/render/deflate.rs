//! The charts' zlib stream: fdeflate's deflate (the png crate's `Compression::Fast`: one
//! Huffman code fixed for filtered PNG rows, runs of zero bytes as matches at distance one;
//! `fdeflate::Compressor`, MIT or Apache-2.0) written bit for bit as it writes it, faster on
//! charts. A chart's filtered rows are nine tenths zeros (a row the same as the one above is
//! all zeros, Up-filtered; a Paeth row is zeros but where the ink changes from the row above):
//! fdeflate tests them eight bytes at a time and sums every byte into the Adler-32 checksum;
//! here a stretch of zero words is passed over 32 bytes at a time and added to the checksum in
//! one step (n zeros leave its sum a as it is and add n × a to b). Every other byte is coded as
//! fdeflate codes it, so the PNGs are the same bytes.

/// The code lengths of literals 0–255, end of block (256) and lengths 257–285 (fdeflate's
/// `HUFFMAN_LENGTHS`, which the block header below declares).
const LENGTHS: [u8; 286] = [
    2, 3, 4, 5, 5, 6, 6, 7, 7, 7, 8, 8, 8, 8, 8, 9, 9, 9, 9, 9, 9, 9, 10, 10, 10, 10, 10, 10, 10, 10, 10, 11, 11, 11,
    11, 11, 11, 11, 11, 11, 11, 11, 11, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12,
    12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12,
    12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12,
    12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12,
    12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12,
    12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12,
    12, 12, 12, 12, 12, 12, 11, 11, 11, 11, 11, 11, 11, 11, 11, 11, 10, 11, 10, 10, 10, 10, 10, 10, 10, 10, 10, 9, 9,
    9, 9, 9, 8, 9, 8, 8, 8, 8, 8, 7, 7, 7, 6, 6, 6, 5, 4, 3, 12, 12, 12, 9, 9, 11, 10, 11, 11, 10, 11, 11, 11, 11, 11,
    11, 12, 11, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 9,
];

/// The codes of `LENGTHS`, canonical and bit-reversed (deflate writes codes from their first bit).
const CODES: [u16; 286] = codes(&LENGTHS);

const fn codes(lengths: &[u8; 286]) -> [u16; 286] {
    let mut codes = [0u16; 286];
    let mut code = 0u32;
    let mut len = 1;
    while len <= 16 {
        let mut i = 0;
        while i < lengths.len() {
            if lengths[i] == len {
                codes[i] = (code as u16).reverse_bits() >> (16 - len);
                code += 1;
            }
            i += 1;
        }
        code <<= 1;
        len += 1;
    }
    assert!(code == 2 << 16, "the code lengths are no complete code");
    codes
}

/// The zlib header and the dynamic block's header declaring `LENGTHS` (and one distance, 1):
/// 53 bytes and 5 bits of the last (fdeflate's `write_headers`).
const HEADER: [u8; 54] = [
    120, 1, 237, 192, 3, 160, 36, 89, 150, 198, 241, 255, 119, 238, 141, 200, 204, 167, 114, 75, 99, 174, 109, 219,
    182, 109, 219, 182, 109, 219, 182, 109, 105, 140, 158, 150, 74, 175, 158, 50, 51, 34, 238, 249, 118, 183, 106, 122,
    166, 135, 59, 107, 213, 15,
];

/// Deflate's length symbol and extra bits of each match length 3–258 (index: length − 3).
const LENGTH_SYMBOL: [(u16, u8); 256] = length_symbols();

const fn length_symbols() -> [(u16, u8); 256] {
    let mut t = [(0u16, 0u8); 256];
    // symbols 257–284: four lengths of each number of extra bits (none for the first eight)
    let mut sym = 257u16;
    let mut len = 3usize;
    while sym < 285 {
        let extra = if sym < 265 { 0 } else { ((sym - 261) / 4) as u8 };
        let mut k = 0;
        while k < 1 << extra {
            t[len - 3] = (sym, extra);
            len += 1;
            k += 1;
        }
        sym += 1;
    }
    t[255] = (285, 0);
    t
}

const ADLER_MOD: u64 = 65_521;

/// A zlib stream of PNG rows, each handed to `row` as fdeflate's `write_data` takes it.
pub struct Zlib {
    out: Vec<u8>,
    buffer: u64,
    nbits: u8,
    /// Adler-32's two sums, reduced at the end of each row (a row's sums stay far inside u64)
    a: u64,
    b: u64,
}

impl Zlib {
    /// A stream into `out` (its header written).
    pub fn new(out: Vec<u8>) -> Zlib {
        let mut z = Zlib { out, buffer: 0, nbits: 0, a: 1, b: 0 };
        z.out.extend_from_slice(&HEADER[..53]);
        z.bits(u64::from(HEADER[53]), 5);
        z
    }

    /// `bits`' low `nbits` bits (at most 64) onto the stream.
    #[inline(always)]
    fn bits(&mut self, bits: u64, nbits: u8) {
        self.buffer |= bits << self.nbits;
        self.nbits += nbits;
        if self.nbits >= 64 {
            self.out.extend_from_slice(&self.buffer.to_le_bytes());
            self.nbits -= 64;
            self.buffer = bits.checked_shr(u32::from(nbits - self.nbits)).unwrap_or(0);
        }
    }

    #[inline(always)]
    fn literal(&mut self, b: u8) {
        self.bits(u64::from(CODES[b as usize]), LENGTHS[b as usize]);
    }

    /// `run` zero bytes: a literal zero, then matches of it at distance one (fdeflate's
    /// `write_run`; a match's distance code is one bit, 0).
    fn run(&mut self, mut run: u32) {
        self.literal(0);
        run -= 1;
        while run >= 258 {
            self.bits(u64::from(CODES[285]), LENGTHS[285] + 1);
            run -= 258;
        }
        if run > 4 {
            let (sym, extra) = LENGTH_SYMBOL[run as usize - 3];
            self.bits(u64::from(CODES[sym as usize]), LENGTHS[sym as usize]);
            let mask = (1u32 << extra) - 1;
            self.bits(u64::from((run - 3) & mask), extra + 1);
        } else {
            // literal zeros (code 0)
            self.bits(0, run as u8 * LENGTHS[0]);
        }
    }

    /// Bytes added to the checksum one by one (reduced with the row: `reduce`).
    #[inline(always)]
    fn adler(&mut self, bytes: &[u8]) {
        let (mut a, mut b) = (self.a, self.b);
        for &x in bytes {
            a += u64::from(x);
            b += a;
        }
        (self.a, self.b) = (a, b);
    }

    /// `n` zero bytes added to the checksum: a stays, b grows by n × a.
    #[inline(always)]
    fn adler_zeros(&mut self, n: usize) {
        self.b += n as u64 * self.a;
    }

    /// The sums reduced, at the end of a row (of any width a chart has: a row of a million
    /// bytes would still leave them far inside u64).
    fn reduce(&mut self) {
        self.a %= ADLER_MOD;
        self.b %= ADLER_MOD;
    }

    /// One filtered row (its filter byte first), coded as fdeflate's `write_data` codes it:
    /// in words of eight bytes from the row's start, a run of zeros carried from word to word
    /// and ended with the row, the bytes after the last whole word as literals.
    pub fn row(&mut self, data: &[u8]) {
        let words = data.len() / 8;
        let word = |i: usize| u64::from_le_bytes(data[i * 8..i * 8 + 8].try_into().expect("eight bytes"));
        let mut run = 0u32;
        let mut i = 0;
        while i < words {
            let w = word(i);
            if w == 0 {
                // every zero word up to the next other one
                let start = i;
                i = next_nonzero_word(data, i + 1, words);
                let zeros = 8 * (i - start);
                run += zeros as u32;
                self.adler_zeros(zeros);
                continue;
            }
            let chunk = &data[i * 8..i * 8 + 8];
            i += 1;
            self.adler(chunk);
            if run > 0 {
                // the run goes on into the word's first zero bytes
                let extra = w.trailing_zeros() / 8;
                self.run(run + extra);
                run = 0;
                if extra > 0 {
                    run = w.leading_zeros() / 8;
                    for &b in &chunk[extra as usize..8 - run as usize] {
                        self.literal(b);
                    }
                    continue;
                }
            }
            // its last zero bytes open a run
            let tail = w.leading_zeros() / 8;
            if tail > 0 {
                for &b in &chunk[..8 - tail as usize] {
                    self.literal(b);
                }
                run = tail;
                continue;
            }
            // eight literals, four codes of at most 12 bits to a write
            for half in chunk.chunks_exact(4) {
                let (mut bits, mut n) = (0u64, 0u8);
                for &b in half {
                    bits |= u64::from(CODES[b as usize]) << n;
                    n += LENGTHS[b as usize];
                }
                self.bits(bits, n);
            }
        }
        if run > 0 {
            self.run(run);
        }
        let rest = &data[words * 8..];
        self.adler(rest);
        for &b in rest {
            self.literal(b);
        }
        self.reduce();
    }

    /// A row of `len` bytes, `filter` then zeros (an Up-filtered row the same as the row above
    /// it), as `row` codes it, without reading it: half a chart's rows.
    pub fn zero_row(&mut self, filter: u8, len: usize) {
        if len < 8 || filter == 0 {
            // no whole word, or all zeros: rare, as `row` does it
            let mut r = vec![0u8; len];
            if let Some(f) = r.first_mut() {
                *f = filter;
            }
            return self.row(&r);
        }
        let words = len / 8;
        // the first word: the filter byte a literal, its seven zeros open the run; the other
        // words all zeros; the run ends with the row; the bytes after the last word literals
        self.adler(&[filter]);
        self.adler_zeros(len - 1);
        self.literal(filter);
        self.run((7 + 8 * (words - 1)) as u32);
        for _ in words * 8..len {
            self.literal(0);
        }
        self.reduce();
    }

    /// The end of the block, the last byte padded, the checksum: the stream.
    pub fn finish(mut self) -> Vec<u8> {
        self.bits(u64::from(CODES[256]), LENGTHS[256]);
        if !self.nbits.is_multiple_of(8) {
            self.bits(0, 8 - self.nbits % 8);
        }
        if self.nbits > 0 {
            let n = self.nbits as usize / 8;
            self.out.extend_from_slice(&self.buffer.to_le_bytes()[..n]);
        }
        self.reduce();
        let adler = ((self.b << 16) | self.a) as u32;
        self.out.extend_from_slice(&adler.to_be_bytes());
        self.out
    }
}

/// The first word from `i` on (words of eight bytes from the row's start, `words` of them)
/// that is not zero, or `words`: 32 bytes at a time, with AVX2 where the CPU has it.
fn next_nonzero_word(data: &[u8], i: usize, words: usize) -> usize {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the CPU has AVX2, checked just above
        return unsafe { next_nonzero_word_avx2(data, i, words) };
    }
    next_nonzero_word_any(data, i, words)
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn next_nonzero_word_avx2(data: &[u8], i: usize, words: usize) -> usize {
    next_nonzero_word_any(data, i, words)
}

#[inline(always)]
fn next_nonzero_word_any(data: &[u8], mut i: usize, words: usize) -> usize {
    let body = &data[..words * 8];
    // four words at a time, every byte or-ed (a vector loop, no early exit inside)
    for block in body[i * 8..].chunks_exact(32) {
        let block: &[u8; 32] = block.try_into().expect("32 bytes");
        if block.iter().fold(0u8, |a, &b| a | b) != 0 {
            break;
        }
        i += 4;
    }
    while i < words && body[i * 8..i * 8 + 8].iter().all(|&b| b == 0) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `rows` through fdeflate's own compressor, a `write_data` call per row.
    fn fdeflate(rows: &[Vec<u8>]) -> Vec<u8> {
        let mut c = fdeflate::Compressor::new(Vec::new()).unwrap();
        for r in rows {
            c.write_data(r).unwrap();
        }
        c.finish().unwrap()
    }

    fn ours(rows: &[Vec<u8>]) -> Vec<u8> {
        let mut z = Zlib::new(Vec::new());
        for r in rows {
            z.row(r);
        }
        z.finish()
    }

    /// Rows of every shape a chart's filtered rows take — all zeros, zeros with a few bytes
    /// here and there (at every position in a word), runs of every length across words,
    /// runs of more than 258, lengths not a multiple of eight, every byte value — are the
    /// same bytes as fdeflate's, and inflate back to the rows.
    #[test]
    fn the_stream_is_fdeflates() {
        let mut x: u32 = 7;
        let mut next = || {
            x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            x >> 16
        };
        let mut rows: Vec<Vec<u8>> = Vec::new();
        for len in [0usize, 1, 5, 8, 9, 31, 64, 301, 3601, 3000] {
            rows.push(vec![0; len]);
            let mut r = vec![0u8; len];
            if len > 0 {
                r[0] = 2;
            }
            rows.push(r);
            for density in [1u32, 7, 60, 400, 1000] {
                // a byte is set with probability density / 1000, its value any
                let r: Vec<u8> =
                    (0..len).map(|_| if next() % 1000 < density { (next() % 256) as u8 } else { 0 }).collect();
                rows.push(r);
            }
        }
        // every run length 1–600 between two set bytes, at every offset in a word
        for run in 1..600usize {
            let mut r = vec![0u8; run + 2 + run % 8];
            r[run % 8] = 1 + (run % 255) as u8;
            r[run % 8 + run + 1] = 200;
            rows.push(r);
        }
        rows.push((0..=255u8).cycle().take(5000).collect());
        let (got, want) = (ours(&rows), fdeflate(&rows));
        assert_eq!(got, want);
        let flat: Vec<u8> = rows.concat();
        assert_eq!(fdeflate::decompress_to_vec(&got).unwrap(), flat);
        // one row at a time too (the run ends with its row)
        for r in &rows[..40] {
            assert_eq!(ours(std::slice::from_ref(r)), fdeflate(std::slice::from_ref(r)));
        }
        assert_eq!(ours(&[]), fdeflate(&[]));
    }

    /// `zero_row` codes what `row` codes for the same bytes (and so fdeflate).
    #[test]
    fn a_zero_row_is_coded_as_its_bytes() {
        for len in [0usize, 1, 7, 8, 9, 15, 16, 17, 259, 266, 267, 270, 3601, 3603, 30_001] {
            for filter in [0u8, 1, 2, 4, 255] {
                let mut r = vec![0u8; len];
                if len > 0 {
                    r[0] = filter;
                }
                // after a row of content, so that the bit position and the sums are not fresh
                let rows = vec![(0..=255u8).cycle().take(77).collect::<Vec<u8>>(), r];
                let mut z = Zlib::new(Vec::new());
                z.row(&rows[0]);
                z.zero_row(filter, len);
                assert_eq!(z.finish(), fdeflate(&rows), "{len} bytes, filter {filter}");
            }
        }
    }

    #[test]
    fn the_length_table_is_deflates() {
        assert_eq!(LENGTH_SYMBOL[0], (257, 0));
        assert_eq!(LENGTH_SYMBOL[10 - 3], (264, 0));
        assert_eq!(LENGTH_SYMBOL[11 - 3], (265, 1));
        assert_eq!(LENGTH_SYMBOL[12 - 3], (265, 1));
        assert_eq!(LENGTH_SYMBOL[19 - 3], (269, 2));
        assert_eq!(LENGTH_SYMBOL[227 - 3], (284, 5));
        assert_eq!(LENGTH_SYMBOL[257 - 3], (284, 5));
        assert_eq!(LENGTH_SYMBOL[258 - 3], (285, 0));
    }
}
