//! Random secrets for links and refresh tokens. Only their SHA-256 is stored,
//! so a copy of the database does not hold a usable token.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rand::RngCore;
use sha2::{Digest, Sha256};

/// 256 random bits, URL-safe.
pub fn random_token() -> String {
    random_token_of(32)
}

pub fn random_token_of(bytes: usize) -> String {
    let mut buf = vec![0u8; bytes];
    rand::rng().fill_bytes(&mut buf);
    URL_SAFE_NO_PAD.encode(buf)
}

pub fn hash_token(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_carry_at_least_128_random_bits_and_differ() {
        let a = random_token();
        assert!(a.len() >= 43);
        assert_ne!(a, random_token());
    }

    #[test]
    fn the_stored_hash_is_not_the_token() {
        let t = random_token();
        assert_ne!(hash_token(&t), t);
        assert_eq!(hash_token(&t), hash_token(&t));
    }
}
