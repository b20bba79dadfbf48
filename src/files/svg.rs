//! SVG is never served as uploaded: it is parsed and rebuilt from an
//! allow-list of drawing elements and attributes, so nothing in it can run
//! script or fetch anything from elsewhere.

use std::borrow::Cow;
use std::ops::Range;

use super::problem::FileProblem;

const SVG_NS: &str = "http://www.w3.org/2000/svg";
const XLINK_NS: &str = "http://www.w3.org/1999/xlink";
const XML_NS: &str = "http://www.w3.org/XML/1998/namespace";

/// Deeper nesting than this is refused rather than walked.
const MAX_DEPTH: usize = 200;
/// More XML nodes than this are refused while parsing.
const MAX_NODES: u32 = 1_000_000;

/// Elements that only draw or describe a drawing. Everything else, with all
/// it contains, is dropped: `script`, `foreignObject`, `iframe`, `a`,
/// `image` (a raster inside an SVG could carry EXIF, and its href loads
/// things), `feImage`, `animate`, `set` and the other animation elements
/// (they can rewrite an `href`), and elements of other namespaces.
const ELEMENTS: &[&str] = &[
    "svg",
    "g",
    "path",
    "rect",
    "circle",
    "ellipse",
    "line",
    "polyline",
    "polygon",
    "text",
    "tspan",
    "textPath",
    "defs",
    "linearGradient",
    "radialGradient",
    "stop",
    "clipPath",
    "mask",
    "pattern",
    "marker",
    "symbol",
    "use",
    "switch",
    "title",
    "desc",
    "style",
    "filter",
    "feBlend",
    "feColorMatrix",
    "feComponentTransfer",
    "feComposite",
    "feConvolveMatrix",
    "feDiffuseLighting",
    "feDisplacementMap",
    "feDistantLight",
    "feDropShadow",
    "feFlood",
    "feFuncA",
    "feFuncB",
    "feFuncG",
    "feFuncR",
    "feGaussianBlur",
    "feMerge",
    "feMergeNode",
    "feMorphology",
    "feOffset",
    "fePointLight",
    "feSpecularLighting",
    "feSpotLight",
    "feTile",
    "feTurbulence",
];

/// Elements whose text content is kept; text elsewhere is only whitespace.
const TEXT_ELEMENTS: &[&str] = &["text", "tspan", "textPath", "title", "desc", "style"];

/// Attributes (without a namespace) that are kept: geometry, presentation,
/// gradients, filters, text layout and accessibility. No event handler
/// (`on…`) is here. `href` is listed but kept only as a local `#fragment`.
const ATTRIBUTES: &[&str] = &[
    "id",
    "class",
    "style",
    "href",
    "version",
    "baseProfile",
    "viewBox",
    "preserveAspectRatio",
    "width",
    "height",
    "x",
    "y",
    "x1",
    "y1",
    "x2",
    "y2",
    "cx",
    "cy",
    "r",
    "rx",
    "ry",
    "fx",
    "fy",
    "fr",
    "d",
    "points",
    "pathLength",
    "transform",
    "transform-origin",
    "fill",
    "fill-opacity",
    "fill-rule",
    "stroke",
    "stroke-width",
    "stroke-linecap",
    "stroke-linejoin",
    "stroke-miterlimit",
    "stroke-dasharray",
    "stroke-dashoffset",
    "stroke-opacity",
    "opacity",
    "color",
    "display",
    "visibility",
    "overflow",
    "clip",
    "clip-path",
    "clip-rule",
    "clipPathUnits",
    "mask",
    "maskUnits",
    "maskContentUnits",
    "filter",
    "filterUnits",
    "primitiveUnits",
    "marker-start",
    "marker-mid",
    "marker-end",
    "markerWidth",
    "markerHeight",
    "markerUnits",
    "refX",
    "refY",
    "orient",
    "gradientUnits",
    "gradientTransform",
    "spreadMethod",
    "offset",
    "stop-color",
    "stop-opacity",
    "patternUnits",
    "patternContentUnits",
    "patternTransform",
    "vector-effect",
    "shape-rendering",
    "text-rendering",
    "image-rendering",
    "color-interpolation",
    "color-interpolation-filters",
    "paint-order",
    "mix-blend-mode",
    "isolation",
    "font-family",
    "font-size",
    "font-size-adjust",
    "font-stretch",
    "font-style",
    "font-variant",
    "font-weight",
    "text-anchor",
    "text-decoration",
    "dominant-baseline",
    "alignment-baseline",
    "baseline-shift",
    "letter-spacing",
    "word-spacing",
    "writing-mode",
    "direction",
    "unicode-bidi",
    "dx",
    "dy",
    "rotate",
    "textLength",
    "lengthAdjust",
    "startOffset",
    "method",
    "spacing",
    "side",
    "in",
    "in2",
    "result",
    "stdDeviation",
    "edgeMode",
    "mode",
    "operator",
    "k1",
    "k2",
    "k3",
    "k4",
    "type",
    "values",
    "tableValues",
    "slope",
    "intercept",
    "amplitude",
    "exponent",
    "flood-color",
    "flood-opacity",
    "lighting-color",
    "radius",
    "scale",
    "xChannelSelector",
    "yChannelSelector",
    "baseFrequency",
    "numOctaves",
    "seed",
    "stitchTiles",
    "order",
    "kernelMatrix",
    "divisor",
    "bias",
    "targetX",
    "targetY",
    "preserveAlpha",
    "kernelUnitLength",
    "surfaceScale",
    "diffuseConstant",
    "specularConstant",
    "specularExponent",
    "azimuth",
    "elevation",
    "z",
    "pointsAtX",
    "pointsAtY",
    "pointsAtZ",
    "limitingConeAngle",
    "role",
    "lang",
    "aria-label",
    "aria-labelledby",
    "aria-describedby",
    "aria-hidden",
];

/// The start of an XML document up to its first element.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Prolog<'a> {
    /// The first element's qualified name, e.g. `svg` or `html`.
    pub root_name: &'a str,
    /// The DOCTYPE declaration, if there is one.
    pub doctype: Option<Doctype<'a>>,
}

/// A `<!DOCTYPE …>` declaration found in a prolog.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Doctype<'a> {
    /// Where it is in the text, `<!DOCTYPE` to the closing `>`.
    pub range: Range<usize>,
    /// The root name it declares, e.g. `svg` or `html`.
    pub name: &'a str,
    /// Whether it has an internal subset (`[ … ]`), where entities are declared.
    pub has_internal_subset: bool,
}

/// Reads an XML prolog: an optional BOM, whitespace, processing instructions
/// (the XML declaration among them), comments and at most one DOCTYPE, up to
/// the first element. `None` when the text does not reach an element that way.
pub(crate) fn prolog(text: &str) -> Option<Prolog<'_>> {
    let mut at = if text.starts_with('\u{FEFF}') { '\u{FEFF}'.len_utf8() } else { 0 };
    let mut doctype = None;
    loop {
        at += text[at..].len() - text[at..].trim_start_matches(is_xml_space).len();
        let rest = &text[at..];
        if rest.starts_with("<?") {
            at += rest.find("?>")? + 2;
        } else if let Some(comment) = rest.strip_prefix("<!--") {
            at += 4 + comment.find("-->")? + 3;
        } else if rest.starts_with("<!DOCTYPE") {
            if doctype.is_some() {
                return None;
            }
            let found = read_doctype(rest, at)?;
            at = found.range.end;
            doctype = Some(found);
        } else if let Some(tag) = rest.strip_prefix('<') {
            let end = tag.find(|c: char| is_xml_space(c) || c == '>' || c == '/')?;
            let root_name = &tag[..end];
            return (!root_name.is_empty()).then_some(Prolog { root_name, doctype });
        } else {
            return None;
        }
    }
}

/// Whether `c` is whitespace in XML's sense (space, tab, CR, LF).
fn is_xml_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\r' | '\n')
}

/// Reads a DOCTYPE at the start of `rest` (which sits at byte `offset` of the
/// document): its name, whether it has an internal subset, and where it ends,
/// honouring quoted literals and comments so a `>` inside them does not end it.
fn read_doctype(rest: &str, offset: usize) -> Option<Doctype<'_>> {
    let after_keyword = &rest["<!DOCTYPE".len()..];
    let name_start = after_keyword.len() - after_keyword.trim_start_matches(is_xml_space).len();
    if name_start == 0 {
        return None;
    }
    let name_part = &after_keyword[name_start..];
    let name_len = name_part.find(|c: char| is_xml_space(c) || c == '>' || c == '[')?;
    let name = &name_part[..name_len];
    let bytes = rest.as_bytes();
    let mut i = "<!DOCTYPE".len() + name_start + name_len;
    let mut quote = None;
    let mut in_subset = false;
    let mut has_internal_subset = false;
    while i < bytes.len() {
        let b = bytes[i];
        match quote {
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None if b == b'"' || b == b'\'' => quote = Some(b),
            None if in_subset && rest[i..].starts_with("<!--") => {
                i += 4 + rest[i + 4..].find("-->")? + 2;
            }
            None if b == b'[' => {
                in_subset = true;
                has_internal_subset = true;
            }
            None if b == b']' => in_subset = false,
            None if b == b'>' && !in_subset => {
                return Some(Doctype { range: offset..offset + i + 1, name, has_internal_subset });
            }
            None => {}
        }
        i += 1;
    }
    None
}

/// Rebuilds an uploaded SVG from allow-lists and returns the text to store
/// and serve. The root must be `<svg>`. A DOCTYPE is accepted only without
/// an internal subset (so no entity is ever declared or expanded); comments,
/// processing instructions and unknown elements go, unknown attributes and
/// event handlers go, `href` survives only as a local `#fragment`, and an
/// attribute or stylesheet survives only if every `url(…)` in it is local.
/// The output declares the SVG and XLink namespaces on its root and is
/// properly escaped.
pub fn sanitize_svg(bytes: &[u8]) -> Result<String, FileProblem> {
    if bytes.is_empty() {
        return Err(FileProblem::Empty);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| FileProblem::InvalidSvg("it is not UTF-8 text".into()))?;
    let found = prolog(text).ok_or_else(|| FileProblem::InvalidSvg("no element where <svg> should start".into()))?;
    if found.root_name != "svg" {
        return Err(FileProblem::InvalidSvg("the root element is not <svg>".into()));
    }
    let source = without_doctype(text, found.doctype.as_ref())?;
    let source = source.strip_prefix('\u{FEFF}').unwrap_or(&source);
    let options = roxmltree::ParsingOptions { allow_dtd: false, nodes_limit: MAX_NODES, ..Default::default() };
    let document = roxmltree::Document::parse_with_options(source, options).map_err(parse_problem)?;
    let root = document.root_element();
    if root.tag_name().name() != "svg" || !in_svg_namespace(root) {
        return Err(FileProblem::InvalidSvg("the root element is not <svg>".into()));
    }
    let mut out = String::with_capacity(source.len());
    write_element(root, 0, &mut out)?;
    Ok(out)
}

/// The document with an external-only DOCTYPE blanked out (it declares
/// nothing, and nothing is ever fetched). A DOCTYPE with an internal subset
/// is refused: that is where entities, and billion-laughs bombs, live.
fn without_doctype<'a>(text: &'a str, doctype: Option<&Doctype<'_>>) -> Result<Cow<'a, str>, FileProblem> {
    match doctype {
        None => Ok(Cow::Borrowed(text)),
        Some(d) if d.has_internal_subset || d.name != "svg" => {
            Err(FileProblem::UnsafeSvg("a DOCTYPE that declares entities or is not for svg is not allowed"))
        }
        Some(d) => {
            let mut owned = String::with_capacity(text.len());
            owned.push_str(&text[..d.range.start]);
            owned.extend(std::iter::repeat_n(' ', d.range.len()));
            owned.push_str(&text[d.range.end..]);
            Ok(Cow::Owned(owned))
        }
    }
}

/// DTDs and entity tricks are unsafe; any other parse error means the file is not well-formed.
fn parse_problem(error: roxmltree::Error) -> FileProblem {
    match error {
        roxmltree::Error::DtdDetected => FileProblem::UnsafeSvg("a DOCTYPE that declares entities is not allowed"),
        roxmltree::Error::EntityReferenceLoop(_) | roxmltree::Error::UnknownEntityReference(..) => {
            FileProblem::UnsafeSvg("entity references are not allowed")
        }
        roxmltree::Error::NodesLimitReached => FileProblem::InvalidSvg("it has too many elements".into()),
        other => FileProblem::InvalidSvg(other.to_string()),
    }
}

/// SVG elements are in the SVG namespace, or in none when a file forgot `xmlns`.
fn in_svg_namespace(node: roxmltree::Node<'_, '_>) -> bool {
    node.tag_name().namespace().is_none_or(|ns| ns == SVG_NS)
}

/// An element is kept when it is an allow-listed SVG element; a `style`
/// element also needs a safe stylesheet and nothing but text inside.
fn keep_element(node: roxmltree::Node<'_, '_>) -> bool {
    let name = node.tag_name().name();
    if !in_svg_namespace(node) || !ELEMENTS.contains(&name) {
        return false;
    }
    if name == "style" {
        return node.children().all(|child| child.is_text()) && css_is_safe(&collect_text(node));
    }
    true
}

/// All the text directly inside `node`.
fn collect_text(node: roxmltree::Node<'_, '_>) -> String {
    node.children().filter_map(|child| child.text()).collect()
}

/// Writes `node` (already judged worth keeping) and what it keeps inside.
fn write_element(node: roxmltree::Node<'_, '_>, depth: usize, out: &mut String) -> Result<(), FileProblem> {
    if depth > MAX_DEPTH {
        return Err(FileProblem::InvalidSvg("elements are nested too deeply".into()));
    }
    let name = node.tag_name().name();
    out.push('<');
    out.push_str(name);
    if depth == 0 {
        out.push_str(" xmlns=\"");
        out.push_str(SVG_NS);
        out.push_str("\" xmlns:xlink=\"");
        out.push_str(XLINK_NS);
        out.push('"');
    }
    for attribute in node.attributes() {
        if let Some(kept) = kept_attribute_name(&attribute) {
            out.push(' ');
            out.push_str(kept);
            out.push_str("=\"");
            escape_into(attribute.value(), true, out);
            out.push('"');
        }
    }
    let open_end = out.len();
    out.push('>');
    let keeps_text = TEXT_ELEMENTS.contains(&name);
    for child in node.children() {
        if child.is_element() && keep_element(child) {
            write_element(child, depth + 1, out)?;
        } else if keeps_text && let Some(text) = child.text().filter(|_| child.is_text()) {
            escape_into(text, false, out);
        }
    }
    if out.len() == open_end + 1 {
        out.truncate(open_end);
        out.push_str("/>");
    } else {
        out.push_str("</");
        out.push_str(name);
        out.push('>');
    }
    Ok(())
}

/// The name an attribute is written under, or `None` to drop it: an
/// allow-listed plain attribute, `xlink:href`, or `xml:space`; `href` only
/// when local; and only when its value is safe.
fn kept_attribute_name(attribute: &roxmltree::Attribute<'_, '_>) -> Option<&'static str> {
    let name = attribute.name();
    let value = attribute.value();
    let kept = match attribute.namespace() {
        None => ATTRIBUTES.iter().copied().find(|allowed| *allowed == name)?,
        Some(XLINK_NS) if name == "href" => "xlink:href",
        Some(XML_NS) if name == "space" && matches!(value, "default" | "preserve") => "xml:space",
        Some(_) => return None,
    };
    let href_ok = !kept.ends_with("href") || is_local_reference(value);
    (href_ok && value_is_safe(value)).then_some(kept)
}

/// A local reference is `#` followed by an id: it points into this document only.
fn is_local_reference(value: &str) -> bool {
    value.trim().strip_prefix('#').is_some_and(|id| {
        !id.is_empty() && id.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | ':'))
    })
}

/// An attribute value is safe when, ignoring case, whitespace and control
/// characters, it names no script or data scheme, loads nothing through
/// CSS (`url(` only as `url(#…)`, no `image(`, `expression(`, bindings or
/// `//`), and has no backslash (CSS escapes could spell any of those).
fn value_is_safe(value: &str) -> bool {
    let squashed: String =
        value.chars().filter(|c| !c.is_whitespace() && !c.is_control()).flat_map(char::to_lowercase).collect();
    const FORBIDDEN: &[&str] = &[
        "\\",
        "javascript:",
        "vbscript:",
        "data:",
        "//",
        "expression(",
        "image(",
        "image-set(",
        "-moz-binding",
        "behavior:",
        "@import",
    ];
    !FORBIDDEN.iter().any(|bad| squashed.contains(bad))
        && squashed.match_indices("url(").all(|(at, _)| {
            let target = squashed[at + 4..].trim_start_matches(['"', '\'']);
            target.starts_with('#')
        })
}

/// A stylesheet is kept when it is as safe as an attribute value and has no
/// at-rules (`@import`, `@font-face`, …) and no markup.
fn css_is_safe(css: &str) -> bool {
    !css.contains(['@', '<']) && value_is_safe(css)
}

/// Appends `text` escaped for XML content, or for a double-quoted attribute
/// value when `attribute` (quotes and line breaks become references there).
fn escape_into(text: &str, attribute: bool, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attribute => out.push_str("&quot;"),
            '\n' if attribute => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' if attribute => out.push_str("&#9;"),
            other => out.push(other),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn clean(svg: &str) -> String {
        match sanitize_svg(svg.as_bytes()) {
            Ok(out) => out,
            Err(problem) => panic!("refused: {problem:?}"),
        }
    }

    fn reparses(svg: &str) -> bool {
        roxmltree::Document::parse(svg).is_ok()
    }

    const LOGO: &str = r##"<?xml version="1.0" encoding="UTF-8"?>
<!-- Generator: Adobe Illustrator 27.0.0 -->
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 100" width="100" height="100">
  <title>Sejong logo</title>
  <defs>
    <linearGradient id="g1" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#0a7"/><stop offset="1" stop-color="#07a"/></linearGradient>
    <clipPath id="c"><circle cx="50" cy="50" r="45"/></clipPath>
  </defs>
  <g clip-path="url(#c)" transform="translate(1 1)">
    <path d="M10 10 L90 10 L50 90 Z" fill="url(#g1)" stroke="#333" stroke-width="2"/>
    <rect x="20" y="20" width="10" height="10" rx="2" style="fill: #f00; opacity: .5"/>
    <use xlink:href="#c" x="5"/>
  </g>
  <text x="50" y="95" text-anchor="middle" font-family="Noto Sans KR">모두 &amp; 세종</text>
</svg>"##;

    #[test]
    fn a_normal_logo_survives_with_its_paths_gradients_and_text() {
        let out = clean(LOGO);
        assert!(reparses(&out), "{out}");
        assert!(out.starts_with(r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 100""#));
        assert!(out.contains(r##"<path d="M10 10 L90 10 L50 90 Z" fill="url(#g1)" stroke="#333" stroke-width="2"/>"##));
        assert!(out.contains(r##"<stop offset="0" stop-color="#0a7"/>"##));
        assert!(out.contains(r##"<g clip-path="url(#c)" transform="translate(1 1)">"##));
        assert!(out.contains(r#"style="fill: #f00; opacity: .5""#));
        assert!(out.contains(r##"<use xlink:href="#c" x="5"/>"##));
        assert!(out.contains("<title>Sejong logo</title>"));
        assert!(out.contains("모두 &amp; 세종</text>"));
        assert!(!out.contains("Illustrator"), "comments are dropped");
        assert_eq!(super::super::kind::sniff(out.as_bytes()), Some(super::super::kind::FileKind::Svg));
    }

    #[test]
    fn sanitizing_twice_changes_nothing() {
        let once = clean(LOGO);
        assert_eq!(clean(&once), once);
    }

    #[test]
    fn scripts_are_removed_whatever_their_namespace() {
        let out = clean(
            r#"<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><path d="M0 0"/>
               <script xmlns="http://www.w3.org/1999/xhtml" src="https://evil.example/x.js"/>
               <svg:script xmlns:svg="http://www.w3.org/2000/svg">alert(2)</svg:script></svg>"#,
        );
        assert!(!out.contains("script") && !out.contains("alert") && !out.contains("evil"), "{out}");
        assert!(out.contains("<path d=\"M0 0\"/>"));
    }

    #[test]
    fn event_handler_attributes_are_removed() {
        let out = clean(
            r#"<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect onclick="alert(2)" onmouseover="x()" width="1"/></svg>"#,
        );
        assert!(!out.contains("on") || !out.contains("alert"), "{out}");
        assert!(!out.contains("alert") && !out.contains("onclick") && !out.contains("onload"), "{out}");
        assert!(out.contains(r#"<rect width="1"/>"#));
    }

    #[test]
    fn external_hrefs_are_removed_and_local_ones_kept() {
        let out = clean(
            r##"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
                <use href="http://evil.example/sprite.svg#a"/>
                <use xlink:href="https://evil.example/sprite.svg#b"/>
                <use href="javascript:alert(1)"/>
                <use href="data:image/svg+xml;base64,PHN2Zz4="/>
                <use href="#local"/>
                <a href="https://evil.example"><path d="M1 1"/></a>
                <image href="https://evil.example/track.png" width="1" height="1"/>
                <image xlink:href="data:image/png;base64,AAAA"/>
            </svg>"##,
        );
        for gone in ["evil", "javascript", "data:", "<a", "<image"] {
            assert!(!out.contains(gone), "{gone} in {out}");
        }
        assert!(out.contains(r##"<use href="#local"/>"##), "{out}");
        assert_eq!(out.matches("<use/>").count(), 4, "{out}");
    }

    #[test]
    fn css_urls_must_point_inside_the_document() {
        let out = clean(
            r##"<svg xmlns="http://www.w3.org/2000/svg">
                <rect fill="url(http://evil.example/#g)" width="1"/>
                <rect fill="url( '#g' )" width="2"/>
                <rect style="fill:url(https://evil.example/p.svg#x)" width="3"/>
                <rect style="background:u\72l(evil)" width="4"/>
                <rect filter="url(//evil.example/f#x)" width="5"/>
            </svg>"##,
        );
        assert!(!out.contains("evil") && !out.contains("\\"), "{out}");
        assert!(out.contains(r##"<rect fill="url( '#g' )" width="2"/>"##), "{out}");
    }

    #[test]
    fn style_elements_are_kept_only_when_their_css_loads_nothing() {
        let safe = clean(
            r#"<svg xmlns="http://www.w3.org/2000/svg"><style>.a{fill:#f00} .b>.c{stroke:url(#g)}</style></svg>"#,
        );
        assert!(safe.contains("<style>.a{fill:#f00} .b&gt;.c{stroke:url(#g)}</style>"), "{safe}");
        for css in [
            "@import url(https://evil.example/x.css);",
            ".a{background:url(https://evil.example/t.png)}",
            ".a{fill:red}@font-face{src:url(x.woff)}",
            ".a{-moz-binding:url(x)}",
        ] {
            let out = clean(&format!(r#"<svg xmlns="http://www.w3.org/2000/svg"><style>{css}</style></svg>"#));
            assert!(!out.contains("style"), "{css} → {out}");
        }
    }

    #[test]
    fn foreign_object_with_html_is_removed() {
        let out = clean(
            r#"<svg xmlns="http://www.w3.org/2000/svg"><foreignObject width="100" height="100">
                 <body xmlns="http://www.w3.org/1999/xhtml"><iframe src="https://evil.example"/><script>alert(1)</script></body>
               </foreignObject><circle r="3"/></svg>"#,
        );
        for gone in ["foreignObject", "body", "iframe", "evil", "alert"] {
            assert!(!out.contains(gone), "{gone} in {out}");
        }
        assert!(out.contains(r#"<circle r="3"/>"#));
    }

    #[test]
    fn animation_elements_that_could_rewrite_an_href_are_removed() {
        let out = clean(
            r##"<svg xmlns="http://www.w3.org/2000/svg"><use href="#a"><set attributeName="href" to="javascript:alert(1)"/></use>
               <use href="#a"><animate attributeName="href" values="javascript:alert(1)"/></use></svg>"##,
        );
        assert!(!out.contains("set") && !out.contains("animate") && !out.contains("javascript"), "{out}");
    }

    #[test]
    fn a_billion_laughs_entity_bomb_is_refused() {
        let bomb = r#"<?xml version="1.0"?>
<!DOCTYPE svg [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<svg xmlns="http://www.w3.org/2000/svg"><text>&lol4;</text></svg>"#;
        let problem = sanitize_svg(bomb.as_bytes()).err();
        assert_eq!(problem.as_ref().map(FileProblem::code), Some("unsafe_svg"), "{problem:?}");
    }

    #[test]
    fn external_entities_are_refused() {
        let xxe = r#"<!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg"><text>&xxe;</text></svg>"#;
        assert_eq!(sanitize_svg(xxe.as_bytes()).err().map(|p| p.code()), Some("unsafe_svg"));
        let undeclared = r#"<svg xmlns="http://www.w3.org/2000/svg"><text>&xxe;</text></svg>"#;
        assert_eq!(sanitize_svg(undeclared.as_bytes()).err().map(|p| p.code()), Some("unsafe_svg"));
    }

    #[test]
    fn a_doctype_without_declarations_is_accepted_and_dropped() {
        let out = clean(
            r#"<?xml version="1.0"?>
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
<svg xmlns="http://www.w3.org/2000/svg"><path d="M0 0"/></svg>"#,
        );
        assert!(!out.contains("DOCTYPE") && out.contains("<path d=\"M0 0\"/>"), "{out}");
    }

    #[test]
    fn processing_instructions_such_as_external_stylesheets_are_dropped() {
        let out = clean(
            r#"<?xml-stylesheet href="https://evil.example/x.css"?><svg xmlns="http://www.w3.org/2000/svg"><?php echo 1; ?><g/></svg>"#,
        );
        assert!(!out.contains("evil") && !out.contains("php"), "{out}");
    }

    #[test]
    fn editor_namespaces_and_unknown_attributes_are_dropped() {
        let out = clean(
            r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"
                    xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" inkscape:version="1.3">
                 <sodipodi:namedview id="nv"/><g inkscape:label="Layer 1" data-x="1" xml:space="preserve"><path d="M0 0"/></g></svg>"#,
        );
        assert!(!out.contains("inkscape") && !out.contains("sodipodi") && !out.contains("data-x"), "{out}");
        assert!(out.contains(r#"<g xml:space="preserve"><path d="M0 0"/></g>"#), "{out}");
    }

    #[test]
    fn text_and_attribute_values_are_escaped_on_output() {
        let out = clean(
            r#"<svg xmlns="http://www.w3.org/2000/svg"><text font-family='Noto "Sans" &amp; &lt;b&gt;'>a &lt;b&gt; &amp; c</text></svg>"#,
        );
        assert!(reparses(&out), "{out}");
        assert!(out.contains(r#"font-family="Noto &quot;Sans&quot; &amp; &lt;b&gt;""#), "{out}");
        assert!(out.contains("a &lt;b&gt; &amp; c"), "{out}");
        let doc = roxmltree::Document::parse(&out).ok();
        let text = doc.as_ref().and_then(|d| d.descendants().find(|n| n.has_tag_name((SVG_NS, "text"))));
        assert_eq!(text.and_then(|n| n.attribute("font-family")), Some(r#"Noto "Sans" & <b>"#));
    }

    #[test]
    fn a_root_other_than_svg_is_refused() {
        for doc in ["<html><svg/></html>", "<g/>", "<svg:svg xmlns:svg='http://www.w3.org/2000/svg'/>"] {
            assert_eq!(sanitize_svg(doc.as_bytes()).err().map(|p| p.code()), Some("invalid_svg"), "{doc}");
        }
        let html_ns = r#"<svg xmlns="http://www.w3.org/1999/xhtml"/>"#;
        assert_eq!(sanitize_svg(html_ns.as_bytes()).err().map(|p| p.code()), Some("invalid_svg"));
    }

    #[test]
    fn malformed_empty_and_non_utf8_files_are_refused() {
        assert_eq!(sanitize_svg(b"").err(), Some(FileProblem::Empty));
        assert_eq!(sanitize_svg(b"<svg><g></svg>").err().map(|p| p.code()), Some("invalid_svg"));
        assert_eq!(sanitize_svg(b"<svg>\xFF</svg>").err().map(|p| p.code()), Some("invalid_svg"));
    }

    #[test]
    fn an_svg_without_a_namespace_gets_one() {
        assert_eq!(
            clean("<svg><rect width='1'/></svg>"),
            r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><rect width="1"/></svg>"#
        );
    }

    #[test]
    fn absurdly_deep_nesting_is_refused_rather_than_walked() {
        let deep = format!("<svg>{}{}</svg>", "<g>".repeat(MAX_DEPTH + 5), "</g>".repeat(MAX_DEPTH + 5));
        assert_eq!(sanitize_svg(deep.as_bytes()).err().map(|p| p.code()), Some("invalid_svg"));
    }

    #[test]
    fn the_prolog_reader_finds_the_root_and_the_doctype() {
        let text = "<?xml version='1.0'?><!-- a > b --><!DOCTYPE svg PUBLIC \"x>y\" 'z'><svg/>";
        let found = prolog(text);
        assert_eq!(found.as_ref().map(|p| p.root_name), Some("svg"));
        let doctype = found.and_then(|p| p.doctype);
        assert_eq!(doctype.as_ref().map(|d| &text[d.range.clone()]), Some("<!DOCTYPE svg PUBLIC \"x>y\" 'z'>"));
        assert_eq!(doctype.map(|d| d.has_internal_subset), Some(false));
        let subset = prolog("<!DOCTYPE svg [<!ENTITY a 'x>'> <!-- ] --> ]><svg/>");
        assert_eq!(subset.and_then(|p| p.doctype).map(|d| d.has_internal_subset), Some(true));
        assert_eq!(prolog("<!-- never closed <svg/>"), None);
        assert_eq!(prolog("text<svg/>"), None);
    }

    fn fragment() -> impl Strategy<Value = &'static str> {
        prop::sample::select(vec![
            "<g>",
            "</g>",
            "<path d='M0 0'/>",
            "<script>alert(1)</script>",
            "<rect onload='x()' fill='url(#a)'/>",
            "<use href='http://e.example/a'/>",
            "<text>a &amp; b</text>",
            "<style>.a{fill:red}</style>",
            "<foreignObject><div/></foreignObject>",
            "<!-- c -->",
            "x",
            "&lt;",
        ])
    }

    proptest! {
        #[test]
        fn whatever_is_kept_reparses_and_is_already_clean(parts in prop::collection::vec(fragment(), 0..12)) {
            let doc = format!("<svg xmlns='http://www.w3.org/2000/svg'>{}</svg>", parts.concat());
            if let Ok(out) = sanitize_svg(doc.as_bytes()) {
                prop_assert!(reparses(&out));
                prop_assert!(!out.contains("script") && !out.contains("onload") && !out.contains("e.example"));
                prop_assert!(!out.contains("foreignObject"));
                prop_assert_eq!(sanitize_svg(out.as_bytes()).ok(), Some(out.clone()));
            }
        }
    }
}
