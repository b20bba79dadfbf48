//! CSV exports that organizers open in Excel.
//!
//! - RFC 4180: cells are separated by `,`, rows end with CRLF, and a cell containing `,`, `"`, CR or
//!   LF is enclosed in double quotes with its quotes doubled.
//! - The file starts with a UTF-8 byte order mark (once), so Excel reads Korean correctly.
//! - Formula injection (OWASP "CSV Injection"): a text cell whose *first character* is `=`, `+`,
//!   `-`, `@`, TAB or CR gets a leading `'`, so spreadsheet programs show it as text instead of
//!   evaluating it. Numbers computed by the server are written with [`Csv::integer`] and
//!   [`Csv::number`], which never add the prefix (`-3` stays a number).
//!
//! ```
//! use modu::domain::csv::Csv;
//!
//! let mut csv = Csv::new();
//! csv.row(["이름", "점수"]);
//! csv.text("=1+1").integer(-3).end_row();
//! assert_eq!(csv.into_string(), "\u{FEFF}이름,점수\r\n'=1+1,-3\r\n");
//! ```

/// Byte order mark written at the start of every export.
pub const BOM: char = '\u{FEFF}';

/// Builds one CSV document in memory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Csv {
    out: String,
    cells_in_row: usize,
}

impl Default for Csv {
    fn default() -> Self {
        Self::new()
    }
}

impl Csv {
    /// An empty document (only the byte order mark).
    pub fn new() -> Self {
        Self { out: BOM.to_string(), cells_in_row: 0 }
    }

    /// Appends a text cell (anything a person typed), guarded against formulas and quoted as needed.
    pub fn text(&mut self, value: &str) -> &mut Self {
        self.separate();
        let guarded = guard_formula(value);
        if needs_quotes(&guarded) {
            self.out.push('"');
            self.out.push_str(&guarded.replace('"', "\"\""));
            self.out.push('"');
        } else {
            self.out.push_str(&guarded);
        }
        self
    }

    /// Appends an integer computed by the server, as is.
    pub fn integer(&mut self, value: i64) -> &mut Self {
        self.separate();
        self.out.push_str(&value.to_string());
        self
    }

    /// Appends a number computed by the server, as is (plain decimal notation). NaN and infinities
    /// are not numbers a spreadsheet understands and are written as an empty cell.
    pub fn number(&mut self, value: f64) -> &mut Self {
        self.separate();
        if value.is_finite() {
            self.out.push_str(&value.to_string());
        }
        self
    }

    /// Appends an empty cell.
    pub fn empty(&mut self) -> &mut Self {
        self.separate();
        self
    }

    /// Ends the current row (CRLF). A row without cells is written as one empty cell.
    pub fn end_row(&mut self) -> &mut Self {
        self.out.push_str("\r\n");
        self.cells_in_row = 0;
        self
    }

    /// Appends a whole row of text cells and ends it.
    pub fn row<I>(&mut self, cells: I) -> &mut Self
    where
        I: IntoIterator,
        I::Item: AsRef<str>,
    {
        for cell in cells {
            self.text(cell.as_ref());
        }
        self.end_row()
    }

    /// The document so far, byte order mark included. A row not yet ended is included unterminated.
    pub fn as_str(&self) -> &str {
        &self.out
    }

    pub fn into_string(self) -> String {
        self.out
    }

    pub fn into_bytes(self) -> Vec<u8> {
        self.out.into_bytes()
    }

    fn separate(&mut self) {
        if self.cells_in_row > 0 {
            self.out.push(',');
        }
        self.cells_in_row += 1;
    }
}

/// Whether a spreadsheet would read a cell starting with this character as a formula.
fn starts_formula(c: char) -> bool {
    matches!(c, '=' | '+' | '-' | '@' | '\t' | '\r')
}

/// The cell text with a leading `'` when its first character could start a formula.
pub fn guard_formula(value: &str) -> std::borrow::Cow<'_, str> {
    if value.chars().next().is_some_and(starts_formula) { format!("'{value}").into() } else { value.into() }
}

fn needs_quotes(value: &str) -> bool {
    value.contains([',', '"', '\r', '\n'])
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// A strict RFC 4180 reader for the tests: BOM, CRLF row ends, quoted cells with doubled quotes.
    fn parse(document: &str) -> Vec<Vec<String>> {
        let body = document.strip_prefix(BOM).expect("starts with a BOM");
        let mut rows = Vec::new();
        let mut row = Vec::new();
        let mut cell = String::new();
        let mut chars = body.chars().peekable();
        let mut quoted = false;
        while let Some(c) = chars.next() {
            if quoted {
                match c {
                    '"' if chars.peek() == Some(&'"') => {
                        chars.next();
                        cell.push('"');
                    }
                    '"' => quoted = false,
                    _ => cell.push(c),
                }
                continue;
            }
            match c {
                '"' => {
                    assert!(cell.is_empty(), "quote inside an unquoted cell in {document:?}");
                    quoted = true;
                }
                ',' => row.push(std::mem::take(&mut cell)),
                '\r' => {
                    assert_eq!(chars.next(), Some('\n'), "bare CR in {document:?}");
                    row.push(std::mem::take(&mut cell));
                    rows.push(std::mem::take(&mut row));
                }
                '\n' => panic!("bare LF in {document:?}"),
                _ => cell.push(c),
            }
        }
        assert!(!quoted && cell.is_empty() && row.is_empty(), "unterminated row in {document:?}");
        rows
    }

    fn one_cell(value: &str) -> String {
        let mut csv = Csv::new();
        csv.text(value).end_row();
        csv.into_string()
    }

    #[test]
    fn formula_cells_get_a_leading_apostrophe() {
        assert_eq!(
            one_cell("=HYPERLINK(\"http://evil.example\",\"x\")"),
            "\u{FEFF}\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"\r\n"
        );
        assert_eq!(one_cell("+1"), "\u{FEFF}'+1\r\n");
        assert_eq!(one_cell("-1+2"), "\u{FEFF}'-1+2\r\n");
        assert_eq!(one_cell("@SUM(A1)"), "\u{FEFF}'@SUM(A1)\r\n");
        assert_eq!(one_cell("\t=1"), "\u{FEFF}'\t=1\r\n");
        assert_eq!(one_cell("\r=1"), "\u{FEFF}\"'\r=1\"\r\n");
    }

    #[test]
    fn only_the_first_character_decides() {
        assert_eq!(one_cell("1+1"), "\u{FEFF}1+1\r\n");
        assert_eq!(one_cell(" =1"), "\u{FEFF} =1\r\n");
        assert_eq!(one_cell("a=b"), "\u{FEFF}a=b\r\n");
    }

    #[test]
    fn server_numbers_are_not_prefixed() {
        let mut csv = Csv::new();
        csv.integer(-3).number(-2.5).number(0.1).integer(i64::MIN).end_row();
        assert_eq!(csv.into_string(), "\u{FEFF}-3,-2.5,0.1,-9223372036854775808\r\n");
    }

    #[test]
    fn a_number_that_is_not_finite_is_an_empty_cell() {
        let mut csv = Csv::new();
        csv.number(f64::NAN).number(f64::INFINITY).number(1e21).end_row();
        assert_eq!(csv.into_string(), "\u{FEFF},,1000000000000000000000\r\n");
    }

    #[test]
    fn commas_quotes_and_newlines_are_quoted() {
        let mut csv = Csv::new();
        csv.row(["a,b", "say \"hi\"", "two\nlines", "cr\rhere", "plain"]);
        assert_eq!(csv.into_string(), "\u{FEFF}\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\",plain\r\n");
    }

    #[test]
    fn korean_text_is_written_as_utf8_after_one_bom() {
        let mut csv = Csv::new();
        csv.row(["이름", "아이디어"]).row(["김모두", "에코델타, 스마트시티"]);
        let bytes = csv.into_bytes();
        assert!(bytes.starts_with(&[0xEF, 0xBB, 0xBF]));
        let text = String::from_utf8(bytes).unwrap();
        assert_eq!(text.matches(BOM).count(), 1);
        assert_eq!(text, "\u{FEFF}이름,아이디어\r\n김모두,\"에코델타, 스마트시티\"\r\n");
    }

    #[test]
    fn an_empty_document_is_only_the_bom() {
        assert_eq!(Csv::default().into_string(), "\u{FEFF}");
    }

    #[test]
    fn empty_cells_keep_their_place() {
        let mut csv = Csv::new();
        csv.text("a").empty().text("").integer(1).end_row();
        assert_eq!(parse(csv.as_str()), vec![vec!["a", "", "", "1"]]);
    }

    fn cell_text() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            Just("=".to_owned()),
            Just("+".to_owned()),
            Just("-".to_owned()),
            Just("@".to_owned()),
            Just("\t".to_owned()),
            Just("\r".to_owned()),
            Just("\n".to_owned()),
            Just("\r\n".to_owned()),
            Just(",".to_owned()),
            Just("\"".to_owned()),
            Just("'".to_owned()),
            Just(" ".to_owned()),
            Just("모두".to_owned()),
            "\\PC{0,4}",
        ];
        prop::collection::vec(piece, 0..6).prop_map(|pieces| pieces.concat())
    }

    proptest! {
        #[test]
        fn parsing_the_output_gives_back_every_cell(
            rows in prop::collection::vec(prop::collection::vec(cell_text(), 1..6), 0..6),
        ) {
            let mut csv = Csv::new();
            for row in &rows {
                csv.row(row);
            }
            let expected: Vec<Vec<String>> =
                rows.iter().map(|row| row.iter().map(|cell| guard_formula(cell).into_owned()).collect()).collect();
            let parsed = parse(csv.as_str());
            prop_assert_eq!(&parsed, &expected);
            for (parsed_row, row) in parsed.iter().zip(&rows) {
                for (parsed_cell, cell) in parsed_row.iter().zip(row) {
                    let recovered = if cell.starts_with(starts_formula) {
                        parsed_cell.strip_prefix('\'')
                    } else {
                        Some(parsed_cell.as_str())
                    };
                    prop_assert_eq!(recovered, Some(cell.as_str()));
                    prop_assert!(!parsed_cell.starts_with(starts_formula));
                }
            }
        }

        #[test]
        fn server_numbers_read_back_unchanged(integers in prop::collection::vec(any::<i64>(), 1..5), x in -1e12f64..1e12) {
            let mut csv = Csv::new();
            for &i in &integers {
                csv.integer(i);
            }
            csv.number(x).end_row();
            let parsed = parse(csv.as_str());
            let (last, firsts) = parsed[0].split_last().unwrap();
            prop_assert_eq!(firsts.iter().map(|c| c.parse::<i64>().unwrap()).collect::<Vec<_>>(), integers);
            prop_assert_eq!(last.parse::<f64>().unwrap(), x);
        }
    }
}
