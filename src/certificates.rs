//! Award certificates (상장): the one-page PDF and its verification code.
//!
//! Pure: text in, bytes out, no database or clock. The page is set in
//! NanumMyeongjo (`assets/fonts/`, SIL OFL), compiled into the binary and
//! embedded in each PDF as a subset holding only the glyphs that certificate
//! uses, so a certificate stays around 30 KB. Every glyph is also listed in a
//! ToUnicode map, so the Korean text can be selected, searched and extracted.
//!
//! Verification codes are 16 Crockford base32 symbols (80 random bits) in
//! groups of four, e.g. `K7QM-3XDA-9PWR-T2HF`; [`normalize_code`] turns what a
//! person types back into that canonical form.

use std::collections::BTreeMap;

use pdf_writer::types::{
    ActionType, AnnotationType, CidFontType, FontFlags, SystemInfo, TextRenderingMode, UnicodeCmap,
};
use pdf_writer::{Content, Filter, Finish, Name, Pdf, Rect, Ref, Str, TextStr};
use rand::rngs::OsRng;
use rand::{RngCore, TryRngCore};
use subsetter::GlyphRemapper;
use ttf_parser::{Face, GlyphId};
use unicode_normalization::UnicodeNormalization;

/// What a certificate says. Text fields may hold any text the font covers
/// (Hangul, Latin, digits, common punctuation); whitespace is folded.
pub struct CertificateText<'a> {
    pub contest_title_ko: &'a str,
    pub contest_title_en: Option<&'a str>,
    /// e.g. "대상", "최우수상", "인기상".
    pub award_label_ko: &'a str,
    pub award_label_en: Option<&'a str>,
    /// A person ("김민준") or a team name.
    pub winner_name: &'a str,
    /// The winning entry's title.
    pub work_title: Option<&'a str>,
    /// The awarding body, e.g. "국토교통부".
    pub organization_name: &'a str,
    pub issued_on: chrono::NaiveDate,
    /// The verification code printed at the foot of the page.
    pub code: &'a str,
    /// Where the code can be checked, e.g. `https://modu.example/certificates/K7QM-…`.
    pub verify_url: &'a str,
}

#[derive(Debug, thiserror::Error)]
pub enum CertificateError {
    #[error("the {0} of a certificate must not be empty")]
    EmptyField(&'static str),
    #[error("the certificate font has no glyph for {character:?} in the {field}")]
    UnsupportedCharacter { field: &'static str, character: char },
    #[error("the verification URL is not an absolute http(s) URL")]
    InvalidVerifyUrl,
    #[error("the bundled certificate font could not be read")]
    FontUnreadable,
    #[error("the certificate font could not be subset")]
    FontSubset(#[source] subsetter::Error),
}

/// Renders a certificate as a one-page A4 PDF. The output depends only on
/// `c`: the same text gives the same bytes.
pub fn render_pdf(c: &CertificateText<'_>) -> Result<Vec<u8>, CertificateError> {
    let font = Font::load()?;
    let fields = Fields::parse(c, &font)?;
    let page = layout(&fields, &font);
    write_pdf(&fields, &page, &font)
}

// ---------------------------------------------------------------------------
// Verification codes

/// Crockford's base32: digits and upper-case letters without I, L, O and U,
/// so a code read aloud or retyped is hard to get wrong.
const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const CODE_SYMBOLS: usize = 16;
const CODE_GROUP: usize = 4;

/// A fresh verification code: 80 bits from the operating system's RNG, as
/// `XXXX-XXXX-XXXX-XXXX` in Crockford base32.
///
/// # Panics
/// Only if the operating system cannot supply random bytes, where no
/// unguessable code can be made at all (rand's thread RNG panics likewise).
pub fn new_code() -> String {
    let mut bytes = [0u8; 16];
    OsRng.unwrap_err().fill_bytes(&mut bytes[6..]);
    let bits = u128::from_be_bytes(bytes);
    let symbols: Vec<u8> = (0..CODE_SYMBOLS)
        .map(|i| {
            let shift = 5 * (CODE_SYMBOLS - 1 - i);
            // Masked to 0..32, so the index is always in range.
            CROCKFORD[((bits >> shift) & 0x1f) as usize]
        })
        .collect();
    group_code(&symbols)
}

/// The canonical form of a typed code, or `None` if it cannot be one.
///
/// Accepts lower case, spaces and dashes anywhere (or none), and Crockford's
/// look-alikes: `O` reads as `0`, `I` and `L` as `1`.
pub fn normalize_code(input: &str) -> Option<String> {
    let mut symbols = Vec::with_capacity(CODE_SYMBOLS);
    for c in input.chars() {
        if c == '-' || c.is_whitespace() {
            continue;
        }
        let symbol = match c.to_ascii_uppercase() {
            'O' => b'0',
            'I' | 'L' => b'1',
            upper => u8::try_from(upper).ok().filter(|b| CROCKFORD.contains(b))?,
        };
        symbols.push(symbol);
        if symbols.len() > CODE_SYMBOLS {
            return None;
        }
    }
    (symbols.len() == CODE_SYMBOLS).then(|| group_code(&symbols))
}

fn group_code(symbols: &[u8]) -> String {
    symbols
        .chunks(CODE_GROUP)
        .map(|group| group.iter().map(|&b| char::from(b)).collect::<String>())
        .collect::<Vec<_>>()
        .join("-")
}

// ---------------------------------------------------------------------------
// The font

static FONT_DATA: &[u8] = include_bytes!("../assets/fonts/NanumMyeongjo.ttf");
const FONT_NAME: &str = "NanumMyeongjo";

struct Font<'d> {
    face: Face<'d>,
    units_per_em: f32,
}

impl Font<'static> {
    fn load() -> Result<Self, CertificateError> {
        let face = Face::parse(FONT_DATA, 0).map_err(|_| CertificateError::FontUnreadable)?;
        let units_per_em = f32::from(face.units_per_em());
        Ok(Self { face, units_per_em })
    }
}

impl Font<'_> {
    fn glyph(&self, c: char) -> Option<GlyphId> {
        self.face.glyph_index(c)
    }

    /// Advance width in thousandths of the font size (PDF glyph space).
    fn advance(&self, glyph: GlyphId) -> f32 {
        f32::from(self.face.glyph_hor_advance(glyph).unwrap_or(0)) * 1000.0 / self.units_per_em
    }

    fn to_pdf_units(&self, font_units: i16) -> f32 {
        f32::from(font_units) * 1000.0 / self.units_per_em
    }

    /// Width of `text` set at `size` with `spacing` after every glyph but the last.
    fn width(&self, text: &str, size: f32, spacing: f32) -> f32 {
        let (advances, count) =
            text.chars().filter_map(|c| self.glyph(c)).fold((0.0, 0u16), |(sum, n), g| (sum + self.advance(g), n + 1));
        advances * size / 1000.0 + spacing * f32::from(count.saturating_sub(1))
    }
}

// ---------------------------------------------------------------------------
// Parsed fields

/// The certificate's text after cleaning: NFC-composed (decomposed Hangul
/// would show as loose jamo), whitespace folded, every character in the font.
struct Fields {
    contest_ko: String,
    contest_en: Option<String>,
    award_ko: String,
    award_en: Option<String>,
    winner: String,
    work: Option<String>,
    organization: String,
    date: String,
    code: String,
    url: String,
    /// The URL as the link annotation needs it: ASCII, percent-encoded.
    link: String,
}

impl Fields {
    fn parse(c: &CertificateText<'_>, font: &Font<'_>) -> Result<Self, CertificateError> {
        let required = |field, raw: &str| clean(field, raw, font)?.ok_or(CertificateError::EmptyField(field));
        let optional = |field, raw: Option<&str>| raw.map_or(Ok(None), |raw| clean(field, raw, font));
        let url = required("verification URL", c.verify_url)?;
        let link = url::Url::parse(&url)
            .ok()
            .filter(|u| matches!(u.scheme(), "http" | "https"))
            .ok_or(CertificateError::InvalidVerifyUrl)?
            .to_string();
        Ok(Self {
            contest_ko: required("contest title", c.contest_title_ko)?,
            contest_en: optional("English contest title", c.contest_title_en)?,
            award_ko: required("award label", c.award_label_ko)?,
            award_en: optional("English award label", c.award_label_en)?,
            winner: required("winner name", c.winner_name)?,
            work: optional("work title", c.work_title)?,
            organization: required("organization name", c.organization_name)?,
            date: korean_date(c.issued_on),
            code: required("verification code", c.code)?,
            url,
            link,
        })
    }
}

/// `Ok(None)` for blank text, so a blank optional field is simply left out.
fn clean(field: &'static str, raw: &str, font: &Font<'_>) -> Result<Option<String>, CertificateError> {
    let composed: String = raw.nfc().collect();
    let text = composed.split_whitespace().collect::<Vec<_>>().join(" ");
    if let Some(character) = text.chars().find(|&c| c.is_control() || font.glyph(c).is_none()) {
        return Err(CertificateError::UnsupportedCharacter { field, character });
    }
    Ok(Some(text).filter(|t| !t.is_empty()))
}

fn korean_date(date: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    format!("{}년 {}월 {}일", date.year(), date.month(), date.day())
}

// ---------------------------------------------------------------------------
// Layout: where each line of text goes, in PDF points from the bottom left

const PAGE_WIDTH: f32 = 595.28;
const PAGE_HEIGHT: f32 = 841.89;
const CENTER_X: f32 = PAGE_WIDTH / 2.0;
/// The double frame: outer and inner rectangle insets from the page edge.
const FRAME_OUTER: f32 = 28.0;
const FRAME_INNER: f32 = 36.0;
/// The widest any line may run; leaves a margin inside the inner frame.
const TEXT_WIDTH: f32 = 440.0;
/// The flowing middle (award … English line) is centred between these
/// heights, below the heading's rule and above the date.
const MIDDLE_TOP: f32 = 640.0;
const MIDDLE_BOTTOM: f32 = 268.0;
/// Share of the font size above and below the baseline, for spacing blocks.
const ASCENT: f32 = 0.8;
const DESCENT: f32 = 0.25;

#[derive(Clone, Copy, Debug, PartialEq)]
struct Rgb(f32, f32, f32);

const INK: Rgb = Rgb(0.11, 0.12, 0.15);
const MUTED: Rgb = Rgb(0.40, 0.42, 0.46);
const GOLD: Rgb = Rgb(0.66, 0.54, 0.30);

/// How a block of text is set. Text that does not fit `max_lines` at `size`
/// is set smaller, down to `min_size`, and only then cut with an ellipsis.
#[derive(Clone, Copy)]
struct Style {
    size: f32,
    min_size: f32,
    max_lines: usize,
    leading: f32,
    spacing: f32,
    color: Rgb,
    /// Outline stroke as a share of the size: a heavier look from the one
    /// regular font, so the repository ships a single face.
    embolden: f32,
}

const fn style(size: f32, min_size: f32, max_lines: usize) -> Style {
    Style { size, min_size, max_lines, leading: 1.3, spacing: 0.0, color: INK, embolden: 0.0 }
}

#[derive(Clone, Debug, PartialEq)]
struct TextLine {
    text: String,
    x: f32,
    baseline: f32,
    size: f32,
    spacing: f32,
    color: Rgb,
    stroke_width: f32,
}

struct PageLayout {
    lines: Vec<TextLine>,
    /// The clickable area over the printed verification URL.
    link_area: Rect,
}

fn layout(f: &Fields, font: &Font<'_>) -> PageLayout {
    let mut lines = Vec::new();
    let heading = Style { spacing: 24.0, embolden: 0.018, ..style(44.0, 44.0, 1) };
    set_block(font, &mut lines, "상 장", heading, TEXT_WIDTH, 712.0);
    let subtitle = Style { spacing: 1.5, color: MUTED, ..style(12.0, 12.0, 1) };
    set_block(font, &mut lines, "Certificate of Award", subtitle, TEXT_WIDTH, 684.0);

    lines.extend(layout_middle(f, font));

    set_block(font, &mut lines, &f.date, Style { spacing: 1.0, ..style(15.0, 15.0, 1) }, TEXT_WIDTH, 236.0);
    let organization = Style { spacing: 3.0, embolden: 0.012, ..style(22.0, 11.0, 1) };
    set_block(font, &mut lines, &f.organization, organization, TEXT_WIDTH, 188.0);

    let footer = Style { spacing: 0.3, color: MUTED, ..style(8.5, 6.0, 1) };
    set_block(font, &mut lines, &format!("확인 코드 Verification code  {}", f.code), footer, TEXT_WIDTH, 76.0);
    let first_url_line = lines.len();
    let url_style = Style { max_lines: 2, ..footer };
    set_block(font, &mut lines, &format!("진위 확인 Verify at  {}", f.url), url_style, TEXT_WIDTH, 63.0);
    let link_area = lines[first_url_line..].iter().fold(Rect::new(CENTER_X, 63.0, CENTER_X, 63.0), |area, l| {
        let width = font.width(&l.text, l.size, l.spacing);
        Rect::new(
            area.x1.min(l.x),
            area.y1.min(l.baseline - l.size * DESCENT),
            area.x2.max(l.x + width),
            area.y2.max(l.baseline + l.size * ASCENT),
        )
    });
    PageLayout { lines, link_area }
}

/// The award, winner, work and citation, as one block centred between
/// [`MIDDLE_TOP`] and [`MIDDLE_BOTTOM`]; scaled down as a whole when long
/// texts would not fit there.
fn layout_middle(f: &Fields, font: &Font<'_>) -> Vec<TextLine> {
    let mut scale = 1.0;
    loop {
        let (mut lines, height) = layout_middle_at(f, font, scale);
        if height <= MIDDLE_TOP - MIDDLE_BOTTOM || scale <= 0.5 {
            let shift = MIDDLE_TOP - (MIDDLE_TOP - MIDDLE_BOTTOM - height).max(0.0) / 2.0;
            for line in &mut lines {
                line.baseline += shift;
            }
            return lines;
        }
        scale -= 0.05;
    }
}

/// Lays the middle block out from a top edge at 0 downwards; returns the
/// lines and the block's height.
fn layout_middle_at(f: &Fields, font: &Font<'_>, scale: f32) -> (Vec<TextLine>, f32) {
    let scaled =
        |s: Style| Style { size: s.size * scale, min_size: s.min_size * scale, spacing: s.spacing * scale, ..s };
    let label = Style { spacing: 1.0, color: MUTED, ..style(10.0, 10.0, 1) };
    let mut blocks: Vec<(String, Style, f32, f32)> = Vec::new();
    let mut push = |text: String, s: Style, gap: f32, width: f32| blocks.push((text, scaled(s), gap * scale, width));

    push(f.award_ko.clone(), Style { spacing: 2.0, embolden: 0.015, ..style(30.0, 16.0, 2) }, 0.0, TEXT_WIDTH);
    if let Some(award_en) = &f.award_en {
        push(award_en.clone(), Style { spacing: 0.5, color: MUTED, ..style(12.0, 8.0, 1) }, 6.0, TEXT_WIDTH);
    }
    push("성명 · Name".into(), label, 34.0, TEXT_WIDTH);
    push(f.winner.clone(), Style { spacing: 1.0, embolden: 0.012, ..style(24.0, 13.0, 2) }, 8.0, TEXT_WIDTH);
    if let Some(work) = &f.work {
        push("작품명 · Entry".into(), label, 22.0, TEXT_WIDTH);
        push(format!("「{work}」"), style(15.0, 10.0, 2), 8.0, TEXT_WIDTH);
    }
    let citation = format!("위 사람은 「{}」에서 위와 같이 입상하였으므로 이 상장을 수여합니다.", f.contest_ko);
    push(citation, Style { leading: 1.75, ..style(15.0, 10.0, 5) }, 34.0, 400.0);
    if let Some(contest_en) = &f.contest_en {
        let english =
            format!("This certificate is presented in recognition of the above achievement in “{contest_en}”.");
        push(english, Style { leading: 1.5, color: MUTED, ..style(10.5, 8.0, 3) }, 12.0, 400.0);
    }

    let mut lines = Vec::new();
    let mut bottom = 0.0;
    for (text, s, gap, width) in blocks {
        let first = lines.len();
        let top = bottom - gap;
        set_block(font, &mut lines, &text, s, width, top);
        // `set_block` took `top` as the first baseline; lower the block so
        // its first line's ascent starts at `top` instead.
        let size = lines.get(first).map_or(s.size, |l: &TextLine| l.size);
        for line in &mut lines[first..] {
            line.baseline -= size * ASCENT;
        }
        bottom = lines.last().map_or(top, |l| l.baseline - l.size * DESCENT);
    }
    (lines, -bottom)
}

/// Sets `text` centred on the page, first baseline at `baseline`, fitted to
/// `style` within `max_width`.
fn set_block(font: &Font<'_>, lines: &mut Vec<TextLine>, text: &str, s: Style, max_width: f32, baseline: f32) {
    let (size, texts) = fit(font, text, s, max_width);
    let spacing = s.spacing * size / s.size;
    for (i, text) in texts.into_iter().enumerate() {
        let width = font.width(&text, size, spacing);
        lines.push(TextLine {
            x: CENTER_X - width / 2.0,
            baseline: baseline - i as f32 * size * s.leading,
            size,
            spacing,
            color: s.color,
            stroke_width: s.embolden * size,
            text,
        });
    }
}

/// The largest size from `style.size` down to `style.min_size` at which
/// `text` wraps into `style.max_lines`, and its lines; at the smallest size
/// the last line is cut with an ellipsis.
fn fit(font: &Font<'_>, text: &str, s: Style, max_width: f32) -> (f32, Vec<String>) {
    let mut size = s.size;
    loop {
        let spacing = s.spacing * size / s.size;
        let mut lines = wrap(font, text, size, spacing, max_width);
        if lines.len() <= s.max_lines {
            return (size, lines);
        }
        if size <= s.min_size {
            lines.truncate(s.max_lines);
            if let Some(last) = lines.last_mut() {
                while !last.is_empty() && font.width(&format!("{last}…"), size, spacing) > max_width {
                    last.pop();
                }
                last.push('…');
            }
            return (size, lines);
        }
        size = (size - 0.5).max(s.min_size);
    }
}

/// Greedy wrapping at spaces, as Korean is set (between words, not
/// syllables); a single word wider than the line breaks between characters.
fn wrap(font: &Font<'_>, text: &str, size: f32, spacing: f32, max_width: f32) -> Vec<String> {
    let fits = |t: &str| font.width(t, size, spacing) <= max_width;
    let mut lines = Vec::new();
    let mut current = String::new();
    for word in text.split(' ') {
        let candidate = if current.is_empty() { word.to_owned() } else { format!("{current} {word}") };
        if fits(&candidate) {
            current = candidate;
            continue;
        }
        if !current.is_empty() {
            lines.push(std::mem::take(&mut current));
        }
        for c in word.chars() {
            current.push(c);
            if !fits(&current) && current.chars().count() > 1 {
                current.pop();
                lines.push(std::mem::replace(&mut current, c.to_string()));
            }
        }
    }
    if !current.is_empty() {
        lines.push(current);
    }
    lines
}

// ---------------------------------------------------------------------------
// PDF objects

const FONT_RESOURCE: Name<'static> = Name(b"F1");
const IDENTITY: SystemInfo<'static> = SystemInfo { registry: Str(b"Adobe"), ordering: Str(b"Identity"), supplement: 0 };

fn write_pdf(f: &Fields, page_layout: &PageLayout, font: &Font<'_>) -> Result<Vec<u8>, CertificateError> {
    let glyphs = GlyphSet::collect(&page_layout.lines, font)?;

    let catalog_id = Ref::new(1);
    let pages_id = Ref::new(2);
    let page_id = Ref::new(3);
    let content_id = Ref::new(4);
    let type0_id = Ref::new(5);
    let cid_font_id = Ref::new(6);
    let descriptor_id = Ref::new(7);
    let to_unicode_id = Ref::new(8);
    let font_file_id = Ref::new(9);
    let link_id = Ref::new(10);
    let info_id = Ref::new(11);

    let mut pdf = Pdf::new();
    pdf.catalog(catalog_id).pages(pages_id).lang(TextStr("ko"));
    pdf.pages(pages_id).kids([page_id]).count(1);
    let mut page = pdf.page(page_id);
    page.media_box(Rect::new(0.0, 0.0, PAGE_WIDTH, PAGE_HEIGHT)).parent(pages_id).contents(content_id);
    page.resources().fonts().pair(FONT_RESOURCE, type0_id);
    page.annotations([link_id]);
    page.finish();

    let content = page_content(&page_layout.lines, &glyphs, font);
    pdf.stream(content_id, &deflate(&content)).filter(Filter::FlateDecode);

    let mut link = pdf.annotation(link_id);
    link.subtype(AnnotationType::Link).rect(page_layout.link_area).border(0.0, 0.0, 0.0, None);
    link.action().action_type(ActionType::Uri).uri(Str(f.link.as_bytes()));
    link.finish();

    let base_font = format!("{}+{FONT_NAME}", glyphs.subset_tag());
    let base_font = Name(base_font.as_bytes());
    pdf.type0_font(type0_id)
        .base_font(base_font)
        .encoding_predefined(Name(b"Identity-H"))
        .descendant_font(cid_font_id)
        .to_unicode(to_unicode_id);

    // The subset renumbers glyphs 0..n and `Identity` maps each CID to the
    // glyph of the same number, so the content stream shows new glyph ids.
    let mut cid_font = pdf.cid_font(cid_font_id);
    cid_font.subtype(CidFontType::Type2).base_font(base_font).system_info(IDENTITY);
    cid_font.font_descriptor(descriptor_id).default_width(0.0).cid_to_gid_map_predefined(Name(b"Identity"));
    cid_font.widths().consecutive(0, glyphs.remapper.remapped_gids().map(|g| font.advance(GlyphId(g))));
    cid_font.finish();

    let face = &font.face;
    let bbox = face.global_bounding_box();
    pdf.font_descriptor(descriptor_id)
        .name(base_font)
        .flags(FontFlags::SERIF | FontFlags::SYMBOLIC)
        .bbox(Rect::new(
            font.to_pdf_units(bbox.x_min),
            font.to_pdf_units(bbox.y_min),
            font.to_pdf_units(bbox.x_max),
            font.to_pdf_units(bbox.y_max),
        ))
        .italic_angle(0.0)
        .ascent(font.to_pdf_units(face.ascender()))
        .descent(font.to_pdf_units(face.descender()))
        .cap_height(font.to_pdf_units(face.capital_height().unwrap_or(face.ascender())))
        .stem_v(80.0)
        .font_file2(font_file_id);

    let mut to_unicode = UnicodeCmap::new(Name(b"Custom"), IDENTITY);
    for (&cid, &c) in &glyphs.to_unicode {
        to_unicode.pair(cid, c);
    }
    pdf.cmap(to_unicode_id, &deflate(&to_unicode.finish())).filter(Filter::FlateDecode);

    let subset = subsetter::subset(FONT_DATA, 0, &glyphs.remapper).map_err(CertificateError::FontSubset)?;
    let subset_len = i32::try_from(subset.len()).unwrap_or(i32::MAX);
    pdf.stream(font_file_id, &deflate(&subset)).filter(Filter::FlateDecode).pair(Name(b"Length1"), subset_len);

    pdf.document_info(info_id)
        .title(TextStr(&format!("상장 · {} · {}", f.award_ko, f.winner)))
        .subject(TextStr(&f.contest_ko))
        .author(TextStr(&f.organization))
        .producer(TextStr("modu"));
    Ok(pdf.finish())
}

fn page_content(lines: &[TextLine], glyphs: &GlyphSet, font: &Font<'_>) -> Vec<u8> {
    let mut content = Content::new();

    // Double frame and the short rule under the heading, in muted gold.
    content.set_stroke_rgb(GOLD.0, GOLD.1, GOLD.2);
    content.set_line_width(2.0);
    let outer = PAGE_WIDTH - 2.0 * FRAME_OUTER;
    content.rect(FRAME_OUTER, FRAME_OUTER, outer, PAGE_HEIGHT - 2.0 * FRAME_OUTER).stroke();
    content.set_line_width(0.6);
    let inner = PAGE_WIDTH - 2.0 * FRAME_INNER;
    content.rect(FRAME_INNER, FRAME_INNER, inner, PAGE_HEIGHT - 2.0 * FRAME_INNER).stroke();
    content.set_line_width(0.8);
    content.move_to(CENTER_X - 36.0, 664.0).line_to(CENTER_X + 36.0, 664.0).stroke();

    // One text object per line, so extractors see each line whole.
    for line in lines {
        let Rgb(r, g, b) = line.color;
        content.begin_text();
        content.set_font(FONT_RESOURCE, line.size);
        content.set_fill_rgb(r, g, b);
        content.set_char_spacing(line.spacing);
        if line.stroke_width > 0.0 {
            content.set_stroke_rgb(r, g, b).set_line_width(line.stroke_width);
            content.set_text_rendering_mode(TextRenderingMode::FillStroke);
        } else {
            content.set_text_rendering_mode(TextRenderingMode::Fill);
        }
        content.set_text_matrix([1.0, 0.0, 0.0, 1.0, line.x, line.baseline]);
        content.show(Str(&glyphs.encode(&line.text, font)));
        content.end_text();
    }
    content.finish().into_vec()
}

/// The glyphs a page uses: old→new glyph ids for the subset, and new id →
/// character for the ToUnicode map.
struct GlyphSet {
    remapper: GlyphRemapper,
    to_unicode: BTreeMap<u16, char>,
}

impl GlyphSet {
    fn collect(lines: &[TextLine], font: &Font<'_>) -> Result<Self, CertificateError> {
        let mut remapper = GlyphRemapper::new();
        let mut to_unicode = BTreeMap::new();
        for c in lines.iter().flat_map(|l| l.text.chars()) {
            // Fields were checked against the font; this catches fixed labels.
            let glyph =
                font.glyph(c).ok_or(CertificateError::UnsupportedCharacter { field: "layout", character: c })?;
            to_unicode.entry(remapper.remap(glyph.0)).or_insert(c);
        }
        Ok(Self { remapper, to_unicode })
    }

    /// `text` as two-byte CIDs (Identity-H), which are the subset's glyph ids.
    fn encode(&self, text: &str, font: &Font<'_>) -> Vec<u8> {
        text.chars()
            .filter_map(|c| font.glyph(c))
            .filter_map(|g| self.remapper.get(g.0))
            .flat_map(u16::to_be_bytes)
            .collect()
    }

    /// Six capitals naming this subset (PDF 9.6.4), derived from its glyphs
    /// so that equal certificates give equal bytes.
    fn subset_tag(&self) -> String {
        let hash = self
            .remapper
            .remapped_gids()
            .fold(0xcbf2_9ce4_8422_2325_u64, |h, g| (h ^ u64::from(g)).wrapping_mul(0x0100_0000_01b3));
        (0..6).map(|i| char::from(b'A' + ((hash >> (i * 8)) % 26) as u8)).collect()
    }
}

fn deflate(data: &[u8]) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec_zlib(data, 6)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use proptest::prelude::*;
    use std::collections::HashSet;

    const CONTEST: &str = "2026 스마트시티 시민 아이디어 공모전";
    const CODE: &str = "K7QM-3XDA-9PWR-T2HF";

    fn sample() -> CertificateText<'static> {
        CertificateText {
            contest_title_ko: CONTEST,
            contest_title_en: Some("2026 Smart City Citizen Idea Contest"),
            award_label_ko: "최우수상",
            award_label_en: Some("Grand Prize"),
            winner_name: "김민준",
            work_title: Some("골목길 안전 지도: 주민이 함께 그리는 야간 보행로"),
            organization_name: "국토교통부",
            issued_on: NaiveDate::from_ymd_opt(2026, 11, 22).unwrap(),
            code: CODE,
            verify_url: "https://modu.example/certificates/K7QM-3XDA-9PWR-T2HF",
        }
    }

    /// The page's text as a reader extracts it, lines joined by single
    /// spaces (wrapping only ever breaks at a space).
    fn extracted_text(pdf: &[u8]) -> String {
        let doc = lopdf::Document::load_mem(pdf).unwrap();
        doc.extract_text(&[1]).unwrap().split_whitespace().collect::<Vec<_>>().join(" ")
    }

    fn stream_of(doc: &lopdf::Document, dict: &lopdf::Dictionary, key: &[u8]) -> Vec<u8> {
        let id = dict.get(key).unwrap().as_reference().unwrap();
        doc.get_object(id).unwrap().as_stream().unwrap().decompressed_content().unwrap()
    }

    #[test]
    fn pdf_has_a_header_and_an_end_of_file_marker() {
        let pdf = render_pdf(&sample()).unwrap();

        assert!(pdf.starts_with(b"%PDF-"));
        assert!(pdf.trim_ascii_end().ends_with(b"%%EOF"));
    }

    #[test]
    fn extracted_text_gives_back_the_korean_strings() {
        let text = extracted_text(&render_pdf(&sample()).unwrap());

        for expected in [
            "상 장",
            "Certificate of Award",
            "최우수상",
            "Grand Prize",
            "김민준",
            "「골목길 안전 지도: 주민이 함께 그리는 야간 보행로」",
            "위 사람은 「2026 스마트시티 시민 아이디어 공모전」에서 위와 같이 입상하였으므로 이 상장을 수여합니다.",
            "“2026 Smart City Citizen Idea Contest”",
            "2026년 11월 22일",
            "국토교통부",
            CODE,
            "https://modu.example/certificates/K7QM-3XDA-9PWR-T2HF",
        ] {
            assert!(text.contains(expected), "{expected:?} missing from {text:?}");
        }
    }

    #[test]
    fn a_typical_certificate_is_well_under_300_kb() {
        let pdf = render_pdf(&sample()).unwrap();

        assert!(pdf.len() < 300 * 1024, "{} bytes", pdf.len());
    }

    #[test]
    fn rare_syllables_are_in_the_subset_and_extract_back() {
        let c = CertificateText { winner_name: "뷁똠 쀍", work_title: Some("햏꿇 팀의 똠얌꿍"), ..sample() };

        let text = extracted_text(&render_pdf(&c).unwrap());

        assert!(text.contains("뷁똠 쀍"), "{text}");
        assert!(text.contains("「햏꿇 팀의 똠얌꿍」"), "{text}");
    }

    /// Extraction only proves the ToUnicode map; this proves the glyph each
    /// CID shows is the outline the original font has for that character.
    #[test]
    fn each_embedded_glyph_is_the_fonts_outline_for_its_character() {
        let pdf = render_pdf(&CertificateText { winner_name: "뷁똠 김민준", ..sample() }).unwrap();
        let doc = lopdf::Document::load_mem(&pdf).unwrap();
        let type0 = doc
            .objects
            .values()
            .filter_map(|o| o.as_dict().ok())
            .find(|d| d.get(b"Subtype").and_then(|s| s.as_name()).is_ok_and(|n| n == b"Type0"))
            .unwrap();
        let cmap = String::from_utf8(stream_of(&doc, type0, b"ToUnicode")).unwrap();
        let descriptor = doc
            .objects
            .values()
            .filter_map(|o| o.as_dict().ok())
            .find(|d| d.get(b"Type").and_then(|s| s.as_name()).is_ok_and(|n| n == b"FontDescriptor"))
            .unwrap();
        let subset_data = stream_of(&doc, descriptor, b"FontFile2");
        let subset = Face::parse(&subset_data, 0).unwrap();
        let original = Font::load().unwrap();

        let pairs: Vec<(u16, char)> = cmap
            .lines()
            .filter_map(|l| l.strip_prefix('<')?.split_once("> <"))
            .filter_map(|(cid, unicode)| {
                let cid = u16::from_str_radix(cid, 16).ok()?;
                let unicode = u32::from_str_radix(unicode.strip_suffix('>')?, 16).ok()?;
                Some((cid, char::from_u32(unicode)?))
            })
            .collect();
        let mapped: HashSet<char> = pairs.iter().map(|&(_, c)| c).collect();
        assert!(["뷁", "똠", "김", "최", "장", "K"].iter().all(|s| mapped.contains(&s.chars().next().unwrap())));
        for (cid, c) in pairs {
            let original_glyph = original.face.glyph_index(c).unwrap();
            assert_eq!(outline(&subset, GlyphId(cid)), outline(&original.face, original_glyph), "glyph for {c:?}");
            assert_eq!(subset.glyph_hor_advance(GlyphId(cid)), original.face.glyph_hor_advance(original_glyph));
        }
    }

    fn outline(face: &Face<'_>, glyph: GlyphId) -> Vec<String> {
        struct Path(Vec<String>);
        impl ttf_parser::OutlineBuilder for Path {
            fn move_to(&mut self, x: f32, y: f32) {
                self.0.push(format!("M{x},{y}"));
            }
            fn line_to(&mut self, x: f32, y: f32) {
                self.0.push(format!("L{x},{y}"));
            }
            fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
                self.0.push(format!("Q{x1},{y1},{x},{y}"));
            }
            fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
                self.0.push(format!("C{x1},{y1},{x2},{y2},{x},{y}"));
            }
            fn close(&mut self) {
                self.0.push("Z".into());
            }
        }
        let mut path = Path(Vec::new());
        face.outline_glyph(glyph, &mut path);
        path.0
    }

    #[test]
    fn decomposed_hangul_is_composed_before_setting() {
        let decomposed: String = "김민준".nfd().collect();
        let c = CertificateText { winner_name: &decomposed, ..sample() };

        let text = extracted_text(&render_pdf(&c).unwrap());

        assert!(text.contains("김민준"), "{text}");
    }

    #[test]
    fn optional_english_and_work_title_may_be_left_out() {
        let c = CertificateText { contest_title_en: None, award_label_en: Some("  "), work_title: None, ..sample() };

        let text = extracted_text(&render_pdf(&c).unwrap());

        assert!(!text.contains("Entry") && !text.contains("Grand Prize") && !text.contains("recognition"), "{text}");
        assert!(text.contains("김민준"));
    }

    #[test]
    fn the_same_text_gives_the_same_bytes() {
        assert_eq!(render_pdf(&sample()).unwrap(), render_pdf(&sample()).unwrap());
    }

    #[test]
    fn a_character_missing_from_the_font_is_refused() {
        let c = CertificateText { winner_name: "김민준 🏆", ..sample() };

        let err = render_pdf(&c).unwrap_err();

        assert!(matches!(err, CertificateError::UnsupportedCharacter { field: "winner name", character: '🏆' }));
    }

    #[test]
    fn an_empty_winner_name_is_refused() {
        let err = render_pdf(&CertificateText { winner_name: " \n ", ..sample() }).unwrap_err();

        assert!(matches!(err, CertificateError::EmptyField("winner name")));
    }

    #[test]
    fn a_verify_url_that_is_not_http_is_refused() {
        let err = render_pdf(&CertificateText { verify_url: "javascript:alert(1)", ..sample() }).unwrap_err();

        assert!(matches!(err, CertificateError::InvalidVerifyUrl));
    }

    #[test]
    fn very_long_texts_stay_inside_their_regions() {
        let long_title = "아주 긴 공모전 이름 ".repeat(20);
        let long_team = "우리 동네를 바꾸는 시민 연구 모임".repeat(4);
        let long_work = "가".repeat(200);
        let long_english = "A Very Long English Contest Title ".repeat(10);
        let c = CertificateText {
            contest_title_ko: &long_title,
            contest_title_en: Some(&long_english),
            award_label_ko: "특별상 (시민 참여 부문 장려)",
            winner_name: &long_team,
            work_title: Some(&long_work),
            organization_name: "국토교통부 도시정책관 스마트도시과 및 한국토지주택공사 공동 주관",
            ..sample()
        };
        let font = Font::load().unwrap();
        let fields = Fields::parse(&c, &font).unwrap();

        let page = layout(&fields, &font);

        for line in &page.lines {
            let width = font.width(&line.text, line.size, line.spacing);
            assert!(line.x >= FRAME_INNER + 10.0 && line.x + width <= PAGE_WIDTH - FRAME_INNER - 10.0, "{line:?}");
        }
        let middle = layout_middle(&fields, &font);
        let top = middle.iter().map(|l| l.baseline + l.size * ASCENT).fold(f32::MIN, f32::max);
        let bottom = middle.iter().map(|l| l.baseline - l.size * DESCENT).fold(f32::MAX, f32::min);
        assert!(top <= MIDDLE_TOP + 0.01 && bottom >= MIDDLE_BOTTOM - 0.01, "middle spans {bottom}..{top}");
        assert!(render_pdf(&c).is_ok());
    }

    #[test]
    fn dates_are_written_the_korean_way() {
        assert_eq!(korean_date(NaiveDate::from_ymd_opt(2026, 1, 5).unwrap()), "2026년 1월 5일");
    }

    #[test]
    fn new_codes_are_distinct_and_already_canonical() {
        let codes: HashSet<String> = (0..10_000).map(|_| new_code()).collect();

        assert_eq!(codes.len(), 10_000);
        for code in &codes {
            assert_eq!(normalize_code(code).as_deref(), Some(code.as_str()));
            assert_eq!(code.len(), 19);
        }
    }

    #[test]
    fn normalize_accepts_what_people_type() {
        for typed in ["k7qm-3xda-9pwr-t2hf", "K7QM3XDA9PWRT2HF", " k7qm 3xda 9pwr t2hf ", "K7-QM3X-DA9P-WRT2-HF"] {
            assert_eq!(normalize_code(typed).as_deref(), Some(CODE), "{typed:?}");
        }
        assert_eq!(normalize_code("OIL0-0000-0000-0000").as_deref(), Some("0110-0000-0000-0000"));
    }

    #[test]
    fn normalize_rejects_wrong_lengths_and_characters() {
        for bad in [
            "",
            "K7QM-3XDA-9PWR-T2H",
            "K7QM-3XDA-9PWR-T2HFX",
            "K7QM-3XDA-9PWR-T2HU",
            "K7QM_3XDA_9PWR_T2HF",
            "김7QM-3XDA-9PWR-T2HF",
        ] {
            assert_eq!(normalize_code(bad), None, "{bad:?}");
        }
    }

    fn code_symbol() -> impl Strategy<Value = char> {
        proptest::sample::select(CROCKFORD.iter().map(|&b| char::from(b)).collect::<Vec<_>>())
    }

    proptest! {
        #[test]
        fn any_spelling_of_a_code_normalizes_to_its_grouped_upper_case(
            symbols in proptest::collection::vec(code_symbol(), CODE_SYMBOLS),
            lower in proptest::collection::vec(any::<bool>(), CODE_SYMBOLS),
            separators in proptest::collection::vec(proptest::sample::select(vec!["", "", "-", " ", "--", "\t"]), CODE_SYMBOLS),
        ) {
            let typed: String = symbols
                .iter()
                .zip(&lower)
                .zip(&separators)
                .map(|((&c, &lower), sep)| format!("{sep}{}", if lower { c.to_ascii_lowercase() } else { c }))
                .collect();
            let canonical = group_code(&symbols.iter().map(|&c| c as u8).collect::<Vec<_>>());

            let normalized = normalize_code(&typed);

            prop_assert_eq!(normalized.as_deref(), Some(canonical.as_str()));
            prop_assert_eq!(normalize_code(&canonical), Some(canonical));
        }

        #[test]
        fn codes_of_any_other_length_are_rejected(
            symbols in proptest::collection::vec(code_symbol(), 0..40usize)
                .prop_filter("not a code's length", |s| s.len() != CODE_SYMBOLS),
        ) {
            let typed: String = symbols.into_iter().collect();

            prop_assert_eq!(normalize_code(&typed), None);
        }

        #[test]
        fn a_character_outside_the_alphabet_is_rejected(
            symbols in proptest::collection::vec(code_symbol(), CODE_SYMBOLS),
            at in 0..CODE_SYMBOLS,
            bad in any::<char>().prop_filter("not a code character", |c| {
                let upper = c.to_ascii_uppercase();
                !(c.is_whitespace() || *c == '-' || "OIL".contains(upper) || (upper.is_ascii() && CROCKFORD.contains(&(upper as u8))))
            }),
        ) {
            let mut typed: Vec<char> = symbols;
            typed[at] = bad;

            prop_assert_eq!(normalize_code(&typed.into_iter().collect::<String>()), None);
        }
    }

    /// Writes a sample certificate for a person to look at:
    /// `CERTIFICATE_SAMPLE=/tmp/sample.pdf cargo test --lib certificates -- --ignored`.
    #[test]
    #[ignore = "writes a file for a visual check"]
    fn write_sample_certificate() {
        let path = std::env::var("CERTIFICATE_SAMPLE").unwrap_or_else(|_| "target/certificate-sample.pdf".into());
        std::fs::write(path, render_pdf(&sample()).unwrap()).unwrap();
    }
}
