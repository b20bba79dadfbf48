//! Perceptual hashes for photo contests: the same photo entered twice, or by
//! two people, hashes to nearly the same 64 bits even after re-encoding,
//! resizing or a small brightness change.
//!
//! The hash is the DCT pHash: the image is shrunk to 32×32 grey levels, the
//! 8×8 lowest frequencies of its 2-D DCT are kept, and each bit says whether
//! a coefficient is above their median. Low frequencies describe the layout
//! of light and dark, which survives JPEG artefacts and scaling better than
//! the neighbouring-pixel gradients a dHash compares.

use std::f32::consts::PI;

use image::DynamicImage;
use image::imageops::FilterType;

use super::image::{Limits, decode_image};
use super::kind::FileKind;
use super::problem::FileProblem;

/// Side of the grey thumbnail the DCT runs on.
const SIZE: usize = 32;
/// Side of the block of low frequencies that make the hash.
const LOW: usize = 8;

/// Two hashes at most this many bits apart (of 64) are near-duplicates.
pub const NEAR_DUPLICATE: u32 = 8;

/// The 64-bit pHash of an image. Bit `8·v + u` (most significant first) is
/// set when DCT coefficient (u, v) is above the median of the 63 non-DC
/// coefficients of the 8×8 low-frequency block.
pub fn perceptual_hash(image: &DynamicImage) -> u64 {
    let grey = image.resize_exact(SIZE as u32, SIZE as u32, FilterType::Triangle).to_luma32f();
    let pixels: Vec<f32> = grey.pixels().map(|p| p.0[0]).collect();
    let coefficients = low_frequencies(&pixels);
    let mut ac: Vec<f32> = coefficients[1..].to_vec();
    ac.sort_by(f32::total_cmp);
    let median = ac[ac.len() / 2];
    coefficients.iter().fold(0u64, |hash, &c| (hash << 1) | u64::from(c > median))
}

/// Decodes a cleaned image and hashes it.
pub fn hash_bytes(clean: &[u8], kind: FileKind) -> Result<u64, FileProblem> {
    decode_image(clean, kind, &Limits::default()).map(|image| perceptual_hash(&image))
}

/// How many bits two hashes differ in (the Hamming distance), 0 to 64.
pub fn distance(a: u64, b: u64) -> u32 {
    (a ^ b).count_ones()
}

/// Whether two hashes are close enough to be the same photo.
pub fn is_near_duplicate(a: u64, b: u64) -> bool {
    distance(a, b) <= NEAR_DUPLICATE
}

/// The 8×8 lowest-frequency DCT-II coefficients of a 32×32 row-major grid,
/// row by row (v, then u), computed separably: rows first, then columns.
fn low_frequencies(pixels: &[f32]) -> [f32; LOW * LOW] {
    let cosines: Vec<f32> = (0..LOW)
        .flat_map(|k| (0..SIZE).map(move |n| ((2 * n + 1) as f32 * k as f32 * PI / (2 * SIZE) as f32).cos()))
        .collect();
    let basis = |k: usize| &cosines[k * SIZE..(k + 1) * SIZE];
    let mut rows = [[0f32; LOW]; SIZE];
    for (y, row) in rows.iter_mut().enumerate() {
        let line = &pixels[y * SIZE..(y + 1) * SIZE];
        for (u, value) in row.iter_mut().enumerate() {
            *value = line.iter().zip(basis(u)).map(|(p, c)| p * c).sum();
        }
    }
    let mut out = [0f32; LOW * LOW];
    for v in 0..LOW {
        for u in 0..LOW {
            out[v * LOW + u] = rows.iter().zip(basis(v)).map(|(row, c)| row[u] * c).sum();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use image::{GenericImageView, ImageFormat};

    use super::*;
    use crate::files::image::clean_image;
    use crate::files::test_fixtures::{encode_as, jpeg, photo};

    fn load(bytes: &[u8]) -> DynamicImage {
        image::load_from_memory(bytes).expect("decodable")
    }

    #[test]
    fn the_same_photo_re_encoded_resized_or_brightened_is_a_near_duplicate() {
        let original = photo(320, 240, 1);
        let hash = perceptual_hash(&original);
        let (width, height) = original.dimensions();
        let variants = [
            ("jpeg quality 60", load(&jpeg(&original, 60))),
            ("80% size", original.resize(width * 4 / 5, height * 4 / 5, FilterType::Lanczos3)),
            ("brighter", original.brighten(20)),
            (
                "all three",
                load(&jpeg(&original, 60)).brighten(20).resize(width * 4 / 5, height * 4 / 5, FilterType::Triangle),
            ),
        ];
        for (what, variant) in variants {
            let d = distance(hash, perceptual_hash(&variant));
            assert!(d <= NEAR_DUPLICATE, "{what}: {d} bits apart");
        }
    }

    #[test]
    fn different_photos_are_far_apart() {
        let hashes: Vec<u64> = (1..=6).map(|seed| perceptual_hash(&photo(320, 240, seed))).collect();
        for (i, a) in hashes.iter().enumerate() {
            for b in &hashes[i + 1..] {
                let d = distance(*a, *b);
                assert!(d > 2 * NEAR_DUPLICATE, "only {d} bits apart");
            }
        }
    }

    #[test]
    fn two_people_entering_the_same_photo_in_different_formats_are_caught() {
        let photo = photo(200, 150, 9);
        let first = clean_image(&jpeg(&photo, 92), FileKind::Jpeg, &Limits::default()).expect("clean");
        let second =
            clean_image(&encode_as(&photo, ImageFormat::Png), FileKind::Png, &Limits::default()).expect("clean");
        let a = hash_bytes(&first.bytes, FileKind::Jpeg).expect("hash");
        let b = hash_bytes(&second.bytes, FileKind::Png).expect("hash");
        assert!(is_near_duplicate(a, b), "{} bits apart", distance(a, b));
    }

    #[test]
    fn hashing_bytes_that_are_not_an_image_fails() {
        assert_eq!(hash_bytes(b"<html/>", FileKind::Png).err().map(|p| p.code()), Some("unreadable_image"));
    }

    #[test]
    fn distance_counts_differing_bits() {
        assert_eq!(distance(0, 0), 0);
        assert_eq!(distance(0, u64::MAX), 64);
        assert_eq!(distance(0b1011, 0b0110), 3);
        assert!(is_near_duplicate(0, (1 << NEAR_DUPLICATE) - 1));
        assert!(!is_near_duplicate(0, (1 << (NEAR_DUPLICATE + 1)) - 1));
    }

    #[test]
    fn a_flat_image_hashes_without_panicking() {
        let flat = DynamicImage::new_rgb8(5, 3);
        assert_eq!(perceptual_hash(&flat), perceptual_hash(&DynamicImage::new_rgb8(50, 30)));
    }
}
