//! Safe Markdown rendering for contest descriptions and rules written by organizers.
//!
//! The output may be inserted into any page as is:
//! - CommonMark plus tables and strikethrough;
//! - raw HTML in the input (blocks and inline tags) is shown as escaped text, never interpreted;
//! - links keep their target only when it is `http:`, `https:`, `mailto:`, or relative (including
//!   `#fragment`); any other scheme (`javascript:`, `data:`, `vbscript:`, …, in any case, with
//!   leading spaces or control characters, or with tabs and newlines inside) drops the link and only
//!   its text is shown. Kept links get `rel="nofollow noopener noreferrer"`;
//! - images are shown only from `https:` or from same-site relative paths (uploaded posters);
//!   anything else, including `http:` (mixed content) and `//host` (another site), is replaced by
//!   its alt text.

use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};

/// Renders organizer Markdown to HTML that is safe to insert into a page (see the module docs).
pub fn render(markdown: &str) -> String {
    let mut options = Options::empty();
    options.insert(Options::ENABLE_TABLES);
    options.insert(Options::ENABLE_STRIKETHROUGH);
    let events = sanitize(Parser::new_ext(markdown, options));
    let mut html = String::with_capacity(markdown.len() + markdown.len() / 2);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    html
}

/// Rewrites the parser's events so that only safe HTML comes out: raw HTML becomes text, links and
/// images are written by this module (checked target, escaped attributes) or dropped.
fn sanitize<'a>(events: impl Iterator<Item = Event<'a>>) -> Vec<Event<'a>> {
    let mut events = events.peekable();
    let mut out = Vec::new();
    // One entry per open link: whether its closing `</a>` must be written.
    let mut open_links: Vec<bool> = Vec::new();
    while let Some(event) = events.next() {
        match event {
            Event::Html(raw) | Event::InlineHtml(raw) => out.push(Event::Text(raw)),
            Event::Start(Tag::HtmlBlock) => out.push(Event::Start(Tag::Paragraph)),
            Event::End(TagEnd::HtmlBlock) => out.push(Event::End(TagEnd::Paragraph)),
            Event::Start(Tag::Link { link_type, dest_url, title, .. }) => {
                let href =
                    if link_type == LinkType::Email { format!("mailto:{dest_url}") } else { dest_url.to_string() };
                let keep = is_allowed_link(&href);
                if keep {
                    out.push(Event::InlineHtml(link_start(&href, &title).into()));
                }
                open_links.push(keep);
            }
            Event::End(TagEnd::Link) => {
                if open_links.pop().unwrap_or(false) {
                    out.push(Event::InlineHtml("</a>".into()));
                }
            }
            Event::Start(Tag::Image { dest_url, title, .. }) => {
                let alt = alt_text(&mut events);
                if is_allowed_image(&dest_url) {
                    out.push(Event::InlineHtml(image(&dest_url, &alt, &title).into()));
                } else if !alt.is_empty() {
                    out.push(Event::Text(alt.into()));
                }
            }
            other => out.push(other),
        }
    }
    out
}

/// Consumes the events inside an image up to its end and returns them as plain text.
fn alt_text<'a>(events: &mut impl Iterator<Item = Event<'a>>) -> String {
    let mut alt = String::new();
    let mut depth = 0usize;
    for event in events.by_ref() {
        match event {
            Event::Start(_) => depth += 1,
            Event::End(_) if depth == 0 => break,
            Event::End(_) => depth -= 1,
            Event::Text(text) | Event::Code(text) | Event::Html(text) | Event::InlineHtml(text) => alt.push_str(&text),
            Event::SoftBreak | Event::HardBreak => alt.push(' '),
            _ => {}
        }
    }
    alt
}

fn link_start(href: &str, title: &str) -> String {
    let mut html = format!("<a href=\"{}\"", escape_attribute(href));
    if !title.is_empty() {
        html.push_str(" title=\"");
        html.push_str(&escape_attribute(title));
        html.push('"');
    }
    html.push_str(" rel=\"nofollow noopener noreferrer\">");
    html
}

fn image(src: &str, alt: &str, title: &str) -> String {
    let mut html = format!("<img src=\"{}\" alt=\"{}\"", escape_attribute(src), escape_attribute(alt));
    if !title.is_empty() {
        html.push_str(" title=\"");
        html.push_str(&escape_attribute(title));
        html.push('"');
    }
    html.push_str(" loading=\"lazy\" referrerpolicy=\"no-referrer\" />");
    html
}

/// Escapes text for a double-quoted HTML attribute value.
fn escape_attribute(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            _ => out.push(c),
        }
    }
    out
}

/// The URL the way a browser reads it: leading and trailing spaces and C0 controls are stripped,
/// tabs and newlines anywhere are ignored.
fn as_browser_reads(url: &str) -> String {
    url.trim_matches(|c: char| c <= ' ').chars().filter(|c| !matches!(c, '\t' | '\n' | '\r')).collect()
}

/// The lower-cased scheme of a URL, or `None` for a relative URL (no `:` before the first `/`,
/// `?` or `#`). Anything before such a `:` counts as a scheme, even if browsers would not accept
/// it as one, so that unusual spellings are refused rather than guessed at.
fn scheme(url: &str) -> Option<String> {
    let end = url.find([':', '/', '?', '#', '\\'])?;
    url[end..].starts_with(':').then(|| url[..end].to_ascii_lowercase())
}

/// Links may point to `http:`, `https:`, `mailto:` or a relative URL (path, `?query`, `#fragment`).
fn is_allowed_link(url: &str) -> bool {
    match scheme(&as_browser_reads(url)) {
        None => true,
        Some(scheme) => matches!(scheme.as_str(), "http" | "https" | "mailto"),
    }
}

/// Images may come from `https:` or from a relative URL on this site (not `//host/…`).
fn is_allowed_image(url: &str) -> bool {
    let url = as_browser_reads(url);
    match scheme(&url) {
        None => !url.is_empty() && !is_network_path(&url),
        Some(scheme) => scheme == "https",
    }
}

/// `//host/…` (and the backslash spellings browsers treat alike) leaves the site.
fn is_network_path(url: &str) -> bool {
    let mut chars = url.chars();
    matches!((chars.next(), chars.next()), (Some('/' | '\\'), Some('/' | '\\')))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn script_tags_are_shown_as_text() {
        let html = render("Hello <script>alert(1)</script>\n\n<script>\nalert(2)\n</script>\n");
        assert!(!html.contains("<script"), "{html}");
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "{html}");
        assert!(html.contains("&lt;script&gt;\nalert(2)"), "{html}");
    }

    #[test]
    fn an_image_tag_with_an_event_handler_is_shown_as_text() {
        let html = render("<img src=x onerror=alert(1)>\n\ntext <img src=x onerror=alert(1)> more");
        assert!(!html.contains("<img"), "{html}");
        assert_eq!(html.matches("&lt;img src=x onerror=alert(1)&gt;").count(), 2, "{html}");
    }

    #[test]
    fn raw_html_blocks_become_paragraphs_of_text() {
        assert_eq!(render("<div onclick=\"x()\">hi</div>"), "<p>&lt;div onclick=\"x()\"&gt;hi&lt;/div&gt;</p>\n");
    }

    #[test]
    fn safe_links_keep_their_target_and_get_rel() {
        assert_eq!(
            render("[모두](https://modu.example/a?b=1&c=2 \"제목\")"),
            "<p><a href=\"https://modu.example/a?b=1&amp;c=2\" title=\"제목\" rel=\"nofollow noopener noreferrer\">모두</a></p>\n"
        );
        for target in ["http://x.example", "mailto:info@x.example", "/contests/1", "#rules", "rules.html", "?page=2"] {
            let html = render(&format!("[x]({target})"));
            assert!(html.contains(&format!("href=\"{target}\"")), "{html}");
            assert!(html.contains("rel=\"nofollow noopener noreferrer\""), "{html}");
        }
    }

    #[test]
    fn autolinks_and_email_autolinks_are_kept() {
        assert!(render("<https://x.example>").contains("<a href=\"https://x.example\" rel="));
        assert!(render("<info@x.example>").contains("<a href=\"mailto:info@x.example\" rel="));
    }

    #[test]
    fn script_links_are_neutralized_in_every_spelling() {
        let inputs = [
            "[click](javascript:alert(1))",
            "[click](JaVaScRiPt:alert(1))",
            "[click]( javascript:alert(1))",
            "[click](<java\tscript:alert(1)>)",
            "[click](<\u{1}javascript:alert(1)>)",
            "[click](&#106;avascript:alert(1))",
            "[click](&#x0A;javascript:alert(1))",
            "[click](data:text/html;base64,PHNjcmlwdD4=)",
            "[click](vbscript:msgbox(1))",
            "[click][r]\n\n[r]: javascript:alert(1)",
            "[click]\n\n[click]: JAVASCRIPT:alert(1) \"t\"",
        ];
        for input in inputs {
            let html = render(input);
            assert!(!html.contains("<a"), "{input:?} -> {html}");
            assert!(html.contains("click"), "{input:?} -> {html}");
        }
    }

    #[test]
    fn a_script_autolink_is_only_text() {
        let html = render("<javascript:alert(1)>");
        assert_eq!(html, "<p>javascript:alert(1)</p>\n");
    }

    #[test]
    fn images_are_kept_only_from_https_or_this_site() {
        let html = render("![포스터](https://cdn.example/p.png \"t\")");
        assert_eq!(
            html,
            "<p><img src=\"https://cdn.example/p.png\" alt=\"포스터\" title=\"t\" loading=\"lazy\" referrerpolicy=\"no-referrer\" /></p>\n"
        );
        assert!(render("![p](/files/1.png)").contains("<img src=\"/files/1.png\""));
        for src in [
            "http://x.example/p.png",
            "//evil.example/p.png",
            "\\\\\\\\evil.example/p.png",
            "/\\\\evil.example/p.png",
            "data:image/png;base64,AA",
            "javascript:alert(1)",
        ] {
            let html = render(&format!("![포스터 *굵게*]({src})"));
            assert_eq!(html, "<p>포스터 굵게</p>\n", "{src}");
        }
    }

    #[test]
    fn images_inside_links_and_links_inside_images_stay_safe() {
        let html = render("[![a](https://x.example/i.png)](javascript:alert(1))");
        assert_eq!(
            html,
            "<p><img src=\"https://x.example/i.png\" alt=\"a\" loading=\"lazy\" referrerpolicy=\"no-referrer\" /></p>\n"
        );
        let html = render("![[in](javascript:alert(1)) <b>x</b>](https://x.example/i.png)");
        assert!(html.contains("alt=\"in &lt;b&gt;x&lt;/b&gt;\""), "{html}");
    }

    #[test]
    fn headings_lists_tables_emphasis_and_strikethrough_render() {
        let html = render(
            "# 공모전 안내\n\n- **상금** 100만원\n- *기간* ~~3월~~ 4월\n\n| 상 | 인원 |\n|---|--:|\n| 대상 | 1 |\n",
        );
        assert!(html.contains("<h1>공모전 안내</h1>"), "{html}");
        assert!(html.contains("<li><strong>상금</strong> 100만원</li>"), "{html}");
        assert!(html.contains("<em>기간</em> <del>3월</del> 4월"), "{html}");
        assert!(html.contains("<table>") && html.contains("<td>대상</td>"), "{html}");
    }

    #[test]
    fn korean_text_and_code_survive() {
        let html = render("모두의 **아이디어**를 모읍니다.\n\n```\nlet 이름 = \"<b>\";\n```\n");
        assert!(html.contains("모두의 <strong>아이디어</strong>를 모읍니다."), "{html}");
        assert!(html.contains("let 이름 = \"&lt;b&gt;\";"), "{html}");
    }

    /// A small tag scanner for the output: every tag must be one the renderer is expected to write,
    /// with only known attributes, no event handlers and only allowed URL schemes.
    fn assert_safe(html: &str) {
        const TAGS: &[&str] = &[
            "p",
            "a",
            "img",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "ul",
            "ol",
            "li",
            "em",
            "strong",
            "del",
            "code",
            "pre",
            "blockquote",
            "hr",
            "br",
            "table",
            "thead",
            "tbody",
            "tr",
            "th",
            "td",
        ];
        const ATTRIBUTES: &[&str] =
            &["href", "title", "rel", "src", "alt", "loading", "referrerpolicy", "start", "style", "class"];
        assert!(!html.to_ascii_lowercase().contains("<script"), "{html}");
        let mut rest = html;
        while let Some(open) = rest.find('<') {
            let tag = &rest[open + 1..];
            let mut chars = tag.char_indices().peekable();
            if tag.starts_with('/') {
                chars.next();
            }
            let name_start = chars.peek().map_or(tag.len(), |&(i, _)| i);
            while chars.peek().is_some_and(|&(_, c)| c.is_ascii_alphanumeric()) {
                chars.next();
            }
            let name_end = chars.peek().map_or(tag.len(), |&(i, _)| i);
            let name = &tag[name_start..name_end];
            assert!(TAGS.contains(&name), "unexpected tag {name:?} in {html}");
            // attributes: name="value" pairs until '>'
            let mut end = None;
            while let Some((i, c)) = chars.next() {
                match c {
                    '>' => {
                        end = Some(i);
                        break;
                    }
                    ' ' | '/' => {}
                    _ => {
                        let attr_start = i;
                        while chars.peek().is_some_and(|&(_, c)| c != '=') {
                            chars.next();
                        }
                        let (eq, _) = chars.next().unwrap();
                        let attr = &tag[attr_start..eq];
                        assert!(ATTRIBUTES.contains(&attr), "unexpected attribute {attr:?} in {html}");
                        assert_eq!(chars.next().map(|(_, c)| c), Some('"'), "{html}");
                        let value_start = eq + 2;
                        let (value_end, _) = chars.find(|&(_, c)| c == '"').unwrap();
                        let value = &tag[value_start..value_end];
                        assert!(!value.contains(['<', '>']), "{html}");
                        if attr == "href" || attr == "src" {
                            let url = as_browser_reads(&unescape(value)).to_ascii_lowercase();
                            assert!(!url.starts_with("javascript:") && !url.starts_with("data:"), "{html}");
                            assert!(is_allowed_link(&url), "{html}");
                        }
                        if attr == "src" {
                            assert!(is_allowed_image(&unescape(value)), "{html}");
                        }
                        if attr == "style" {
                            assert!(value.starts_with("text-align: "), "{html}");
                        }
                    }
                }
            }
            let end = end.unwrap_or_else(|| panic!("unterminated tag in {html}"));
            rest = &tag[end + 1..];
        }
    }

    fn unescape(value: &str) -> String {
        value
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&")
    }

    fn markdownish() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            Just("<script>"),
            Just("</script>"),
            Just("<img src=x onerror=alert(1)>"),
            Just("<a href=\"javascript:x\">"),
            Just("[x]("),
            Just("]("),
            Just("![a]("),
            Just("["),
            Just("]"),
            Just("("),
            Just(")"),
            Just("<"),
            Just(">"),
            Just("javascript:alert(1)"),
            Just("JaVaScRiPt:"),
            Just("java\tscript:"),
            Just("data:text/html,"),
            Just("https://x.example"),
            Just("//evil"),
            Just("&#106;"),
            Just("&amp;"),
            Just("\""),
            Just("'"),
            Just(" onerror="),
            Just(" "),
            Just("\n"),
            Just("\n\n"),
            Just("*"),
            Just("~~"),
            Just("`"),
            Just("|"),
            Just("---"),
            Just("# "),
            Just("- "),
            Just("[r]: "),
            Just("[r]"),
            Just("모두"),
        ];
        prop::collection::vec(piece, 0..24).prop_map(|pieces| pieces.concat())
    }

    proptest! {
        #[test]
        fn rendered_markdownish_input_never_carries_script(input in markdownish()) {
            assert_safe(&render(&input));
        }

        #[test]
        fn rendered_arbitrary_input_never_carries_script(input in "\\PC*") {
            assert_safe(&render(&input));
        }

        #[test]
        fn rendered_ascii_input_never_carries_script(input in "[ -~\t\n]{0,200}") {
            assert_safe(&render(&input));
        }
    }
}
