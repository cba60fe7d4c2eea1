//! Template text: pretty JSON exactly as `serde_json::to_string_pretty` writes it (2-space
//! indent, `": "` after keys, `{}`/`[]` when empty), plus the length of the same value
//! minified, in one pass.
//!
//! A synthesized cluster is mostly string bytes (bootstrap scripts), so strings are scanned
//! eight bytes at a time and copied a run at a time; serde_json looks at each byte through a
//! table, which was a sixth of synth's instructions.

use serde_json::Value as Json;

/// The pretty text of `value` and the number of bytes the same value takes minified.
pub(crate) fn pretty_and_minified_len(value: &Json) -> (String, usize) {
    let mut w = Writer {
        out: String::with_capacity(64 * 1024),
        whitespace: 0,
    };
    w.value(value, 0);
    let minified = w.out.len() - w.whitespace;
    (w.out, minified)
}

struct Writer {
    out: String,
    /// Bytes of formatting whitespace written: newlines, indents, the space after `:`.
    whitespace: usize,
}

impl Writer {
    fn value(&mut self, value: &Json, depth: usize) {
        match value {
            Json::Null => self.out.push_str("null"),
            Json::Bool(true) => self.out.push_str("true"),
            Json::Bool(false) => self.out.push_str("false"),
            // `Number`'s Display is the text serde_json serializes (itoa, ryu).
            Json::Number(n) => {
                use std::fmt::Write as _;
                let _ = write!(self.out, "{n}");
            }
            Json::String(s) => escape_into(&mut self.out, s),
            Json::Array(items) if items.is_empty() => self.out.push_str("[]"),
            Json::Array(items) => {
                self.out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        self.out.push(',');
                    }
                    self.newline(depth + 1);
                    self.value(item, depth + 1);
                }
                self.newline(depth);
                self.out.push(']');
            }
            Json::Object(map) if map.is_empty() => self.out.push_str("{}"),
            Json::Object(map) => {
                self.out.push('{');
                for (i, (key, item)) in map.iter().enumerate() {
                    if i > 0 {
                        self.out.push(',');
                    }
                    self.newline(depth + 1);
                    escape_into(&mut self.out, key);
                    self.out.push_str(": ");
                    self.whitespace += 1;
                    self.value(item, depth + 1);
                }
                self.newline(depth);
                self.out.push('}');
            }
        }
    }

    fn newline(&mut self, depth: usize) {
        const SPACES: &str = "                                                                ";
        self.out.push('\n');
        let mut indent = depth * 2;
        self.whitespace += 1 + indent;
        while indent > 0 {
            let n = indent.min(SPACES.len());
            self.out.push_str(&SPACES[..n]);
            indent -= n;
        }
    }
}

/// Writes `s` as a JSON string: `"` and `\` backslash-escaped, control characters as `\n`,
/// `\t`, ... or `\u00XX` (lowercase hex), everything else (non-ASCII too) as it is.
pub(crate) fn escape_into(out: &mut String, s: &str) {
    out.reserve(s.len() + 2);
    out.push('"');
    let bytes = s.as_bytes();
    let mut start = 0; // first byte not copied yet
    let mut i = 0;
    // Eight bytes at a time: jump straight to the first byte to escape, if any.
    while let Some(chunk) = bytes.get(i..i + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let mask = escape_mask(u64::from_le_bytes(word));
        if mask == 0 {
            i += 8;
            continue;
        }
        i += (mask.trailing_zeros() / 8) as usize;
        escape_byte(out, s, start, i);
        i += 1;
        start = i;
    }
    while i < bytes.len() {
        if needs_escape(bytes[i]) {
            escape_byte(out, s, start, i);
            start = i + 1;
        }
        i += 1;
    }
    out.push_str(&s[start..]);
    out.push('"');
}

fn needs_escape(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

/// Copies `s[start..i]`, then the escape of the byte at `i`. Every byte escaped is ASCII, so
/// both slice ends are on char boundaries.
fn escape_byte(out: &mut String, s: &str, start: usize, i: usize) {
    out.push_str(&s[start..i]);
    let b = s.as_bytes()[i];
    match b {
        b'"' => out.push_str("\\\""),
        b'\\' => out.push_str("\\\\"),
        b'\n' => out.push_str("\\n"),
        b'\t' => out.push_str("\\t"),
        b'\r' => out.push_str("\\r"),
        0x08 => out.push_str("\\b"),
        0x0c => out.push_str("\\f"),
        _ => {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.push_str("\\u00");
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 0xf)]));
        }
    }
}

/// The high bit of each byte of `word` (little-endian) that is below 0x20, `"` or `\`, and
/// maybe of bytes above the first such byte (borrows run upward), never below it: the
/// lowest bit set marks the first byte to escape (the classic "has a zero byte" test).
fn escape_mask(word: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let below_space = word.wrapping_sub(ONES * 0x20) & !word;
    let quote = word ^ (ONES * u64::from(b'"'));
    let backslash = word ^ (ONES * u64::from(b'\\'));
    let zero_in = |x: u64| x.wrapping_sub(ONES) & !x;
    (below_space | zero_in(quote) | zero_in(backslash)) & HIGH
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn same_as_serde(v: &Json) {
        let (text, minified) = pretty_and_minified_len(v);
        assert_eq!(text, serde_json::to_string_pretty(v).unwrap());
        assert_eq!(minified, serde_json::to_string(v).unwrap().len());
    }

    #[test]
    fn matches_serde_json_on_every_shape() {
        same_as_serde(&json!(null));
        same_as_serde(&json!({}));
        same_as_serde(&json!([]));
        same_as_serde(&json!({
            "A": [1, -2, 3.5, 1e300, 0.1, true, false, null, [], {}, [[{}]]],
            "B": {"C": {"D": "e"}, "": ""},
            "key \"quoted\"\n": "tab\there\r\nbell\u{7}nul\u{0}del\u{7f} é ✓ 🦀 \\ / \u{1f}",
        }));
        // Indents deeper than the spaces written in one go.
        let mut deep = json!("x");
        for _ in 0..40 {
            deep = json!({ "k": [deep] });
        }
        same_as_serde(&deep);
    }

    #[test]
    fn escapes_every_byte_in_every_position_like_serde_json() {
        // Every ASCII character at every offset of a 17-byte window (so each lands in the
        // word-at-a-time path and in the byte-at-a-time tail), and multi-byte characters.
        for c in (0u8..0x80).map(char::from).chain(['é', '✓', '🦀']) {
            for at in 0..17 {
                let mut s: String = "abcdefghijklmnopq".chars().take(at).collect();
                s.push(c);
                s.push_str("rstuvwxyz012345");
                same_as_serde(&Json::String(s));
            }
        }
        // A pseudo-random mix of clean and escaped characters.
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        let alphabet: Vec<char> = "ab \"\\\n\t\u{1}\u{1f}é✓🦀${}".chars().collect();
        for _ in 0..200 {
            let s: String = (0..40)
                .map(|_| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    alphabet[(seed % alphabet.len() as u64) as usize]
                })
                .collect();
            same_as_serde(&json!({ s.clone(): [s] }));
        }
    }

    #[test]
    fn word_mask_points_at_the_first_byte_to_escape() {
        // Every byte value at every position, after clean bytes and before any bytes.
        for b in 0..=255u8 {
            for at in 0..8 {
                for after in [b'a', b'"', 0x00, 0xff] {
                    let mut word = [b'a'; 8];
                    word[at] = b;
                    word[at + 1..].fill(after);
                    let first = word.iter().position(|&x| needs_escape(x));
                    let mask = escape_mask(u64::from_le_bytes(word));
                    let found = (mask != 0).then(|| (mask.trailing_zeros() / 8) as usize);
                    assert_eq!(found, first, "{word:?}");
                }
            }
        }
    }
}
