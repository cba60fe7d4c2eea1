//! Markdown pieces every report uses: tables and money. Reports are read in pull requests and
//! terminals alike, so they are plain GitHub-flavoured Markdown with no colour codes.

/// A table: `headers`, the alignment row without its outer pipes (`---|--:`), then `rows`.
/// Pipes inside cells are escaped.
#[must_use]
pub fn table(headers: &[&str], align: &str, rows: &[Vec<String>]) -> String {
    let mut out = format!("| {} |\n|{align}|\n", headers.join(" | "));
    for row in rows {
        let cells: Vec<String> = row.iter().map(|c| cell(c)).collect();
        out.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
    out
}

/// A table cell: pipes escaped, line breaks as spaces.
#[must_use]
pub fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

/// US dollars with thousands separators and cents: `$1,990.04`, `-$12.00`.
#[must_use]
pub fn usd(x: f64) -> String {
    let cents = (x * 100.0).round() as i64;
    let sign = if cents < 0 { "-" } else { "" };
    let cents = cents.unsigned_abs();
    let whole = (cents / 100).to_string();
    let mut grouped = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(c);
    }
    format!("{sign}${grouped}.{:02}", cents % 100)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_has_separators_cents_and_a_sign() {
        assert_eq!(usd(1_990.044), "$1,990.04");
        assert_eq!(usd(0.005), "$0.01");
        assert_eq!(usd(-12.0), "-$12.00");
        assert_eq!(usd(1_234_567.0), "$1,234,567.00");
        assert_eq!(usd(999.999), "$1,000.00");
    }

    #[test]
    fn tables_escape_pipes() {
        let t = table(&["a", "b"], "---|--:", &[vec!["x|y".into(), "1".into()]]);
        assert_eq!(t, "| a | b |\n|---|--:|\n| x\\|y | 1 |\n");
    }
}
