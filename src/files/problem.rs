//! Why an uploaded file was refused: a stable `code()` the frontend switches
//! on and a human `message()`.

use super::kind::FileKind;

/// Everything that can be wrong with an uploaded file. Never rename a code:
/// clients match on them.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FileProblem {
    /// The upload has no bytes at all.
    #[error("The file is empty.")]
    Empty,
    /// The upload is bigger than the slot allows.
    #[error("The file is larger than {max_bytes} bytes.")]
    TooLarge { max_bytes: u64 },
    /// The content matches none of the kinds Modu knows.
    #[error("The file's content is not JPEG, PNG, WebP, SVG or PDF.")]
    UnknownType,
    /// The content is a known kind the slot does not accept.
    #[error("This slot does not accept {} files.", .kind.extension())]
    TypeNotAllowed { kind: FileKind },
    /// An image step was asked to work on something that is not a raster image.
    #[error("A {} file is not a JPEG, PNG or WebP image.", .kind.extension())]
    NotRasterImage { kind: FileKind },
    /// The image is damaged, truncated or not of the kind its first bytes claim.
    #[error("The image could not be read; it may be damaged or cut short.")]
    UnreadableImage,
    /// The image claims more pixels than allowed (a decompression bomb or just too big).
    #[error("The image is {width}×{height} pixels; at most {max_pixels} pixels are allowed.")]
    TooManyPixels { width: u32, height: u32, max_pixels: u64 },
    /// The cleaned image could not be written back out.
    #[error("The image could not be re-encoded.")]
    EncodeFailed,
    /// The SVG is not well-formed XML or its root is not `<svg>`.
    #[error("The SVG could not be read: {0}.")]
    InvalidSvg(String),
    /// The SVG uses something refused outright (a DTD with entities, say).
    #[error("The SVG is refused: {0}.")]
    UnsafeSvg(&'static str),
}

impl FileProblem {
    /// The stable, machine-readable code of this problem.
    pub fn code(&self) -> &'static str {
        match self {
            FileProblem::Empty => "empty_file",
            FileProblem::TooLarge { .. } => "file_too_large",
            FileProblem::UnknownType => "unknown_file_type",
            FileProblem::TypeNotAllowed { .. } => "file_type_not_allowed",
            FileProblem::NotRasterImage { .. } => "not_raster_image",
            FileProblem::UnreadableImage => "unreadable_image",
            FileProblem::TooManyPixels { .. } => "too_many_pixels",
            FileProblem::EncodeFailed => "encode_failed",
            FileProblem::InvalidSvg(_) => "invalid_svg",
            FileProblem::UnsafeSvg(_) => "unsafe_svg",
        }
    }

    /// A sentence for people, the same text as `Display`.
    pub fn message(&self) -> String {
        self.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_problem_has_a_distinct_snake_case_code_and_a_sentence() {
        let all = [
            FileProblem::Empty,
            FileProblem::TooLarge { max_bytes: 10 },
            FileProblem::UnknownType,
            FileProblem::TypeNotAllowed { kind: FileKind::Pdf },
            FileProblem::NotRasterImage { kind: FileKind::Svg },
            FileProblem::UnreadableImage,
            FileProblem::TooManyPixels { width: 2, height: 3, max_pixels: 5 },
            FileProblem::EncodeFailed,
            FileProblem::InvalidSvg("x".into()),
            FileProblem::UnsafeSvg("y"),
        ];
        let mut codes: Vec<_> = all.iter().map(FileProblem::code).collect();
        for problem in &all {
            assert!(problem.code().chars().all(|c| c.is_ascii_lowercase() || c == '_'), "{problem:?}");
            assert!(problem.message().ends_with('.'), "{problem:?}");
        }
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), all.len());
    }

    #[test]
    fn messages_name_the_numbers_involved() {
        let problem = FileProblem::TooManyPixels { width: 100_000, height: 100_000, max_pixels: 50_000_000 };
        assert!(problem.message().contains("100000×100000"));
        assert!(FileProblem::TypeNotAllowed { kind: FileKind::Pdf }.message().contains("pdf"));
    }
}
