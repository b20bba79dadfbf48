//! Uploaded files: deciding a file's type by its content, cleaning images and
//! SVG, perceptual hashes. Pure functions over bytes; storage and HTTP live
//! elsewhere.

pub mod image;
pub mod kind;
pub mod phash;
pub mod problem;
pub mod svg;
#[cfg(test)]
mod test_fixtures;

pub use self::image::{CleanImage, Limits, clean_image, decode_image, encode_thumbnail, fit_within, thumbnail};
pub use self::kind::{FileKind, check_upload, sniff};
pub use self::phash::{NEAR_DUPLICATE, distance, hash_bytes, is_near_duplicate, perceptual_hash};
pub use self::problem::FileProblem;
pub use self::svg::sanitize_svg;

use sha2::{Digest, Sha256};

/// The SHA-256 of a file's bytes as 64 lower-case hex digits: the key exact
/// duplicates are found by and stored files are checked against.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

#[cfg(test)]
mod tests {
    #[test]
    fn sha256_hex_is_the_lower_case_digest() {
        assert_eq!(super::sha256_hex(b"abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assert_eq!(super::sha256_hex(b"").len(), 64);
    }
}
