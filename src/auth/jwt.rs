//! Access tokens: HS256 JWTs, algorithm pinned, at most 15 minutes, with `sub`,
//! `iss`, `aud`, `exp`, `iat`, `jti` and `typ = "access"`. Several keys may
//! verify (rotation); the first signs and its id goes in `kid`.
//!
//! Expiry is checked against the injected clock, not by the library, so that
//! only the server's clock counts and tests can move it.

use chrono::{DateTime, Utc};
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::config::Secret;

pub const AUDIENCE: &str = "modu-api";
pub const ACCESS_TYPE: &str = "access";

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct AccessClaims {
    pub sub: String,
    pub iss: String,
    pub aud: String,
    pub exp: i64,
    pub iat: i64,
    /// `iat` in milliseconds, compared with the account's "tokens valid after"
    /// instant so that sign-out-everywhere also retires tokens from the same second.
    pub iat_ms: i64,
    pub jti: String,
    pub typ: String,
}

struct Key {
    id: String,
    encoding: EncodingKey,
    decoding: DecodingKey,
}

pub struct JwtKeys {
    keys: Vec<Key>,
    issuer: String,
    validation: Validation,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum TokenError {
    #[error("malformed token")]
    Malformed,
    #[error("unknown signing key")]
    UnknownKey,
    #[error("bad signature or claims")]
    Invalid,
    #[error("expired")]
    Expired,
    #[error("not an access token")]
    WrongType,
}

fn key_id(secret: &str) -> String {
    hex::encode(&Sha256::digest(secret.as_bytes())[..8])
}

impl JwtKeys {
    pub fn new(secrets: &[Secret], issuer: String) -> anyhow::Result<Self> {
        anyhow::ensure!(!secrets.is_empty(), "at least one JWT key is needed");
        let keys = secrets
            .iter()
            .map(|s| Key {
                id: key_id(s.expose()),
                encoding: EncodingKey::from_secret(s.expose().as_bytes()),
                decoding: DecodingKey::from_secret(s.expose().as_bytes()),
            })
            .collect();
        let mut validation = Validation::new(Algorithm::HS256);
        validation.algorithms = vec![Algorithm::HS256];
        validation.set_issuer(&[issuer.as_str()]);
        validation.set_audience(&[AUDIENCE]);
        validation.set_required_spec_claims(&["exp", "iat", "iss", "aud", "sub"]);
        validation.validate_exp = false;
        validation.validate_nbf = false;
        validation.leeway = 0;
        Ok(Self { keys, issuer, validation })
    }

    pub fn issuer(&self) -> &str {
        &self.issuer
    }

    pub fn issue(&self, user_id: &str, now: DateTime<Utc>, ttl_secs: u64) -> anyhow::Result<String> {
        let claims = AccessClaims {
            sub: user_id.to_owned(),
            iss: self.issuer.clone(),
            aud: AUDIENCE.to_owned(),
            exp: now.timestamp() + i64::try_from(ttl_secs).unwrap_or(900),
            iat: now.timestamp(),
            iat_ms: now.timestamp_millis(),
            jti: crate::domain::ids::new_id(),
            typ: ACCESS_TYPE.to_owned(),
        };
        self.sign(&claims)
    }

    /// Signs arbitrary claims with the current key (tests use it to forge edge cases).
    pub fn sign(&self, claims: &AccessClaims) -> anyhow::Result<String> {
        let key = self.keys.first().ok_or_else(|| anyhow::anyhow!("no signing key"))?;
        let mut header = Header::new(Algorithm::HS256);
        header.kid = Some(key.id.clone());
        jsonwebtoken::encode(&header, claims, &key.encoding).map_err(|e| anyhow::anyhow!("Failed to sign a token: {e}"))
    }

    pub fn verify(&self, token: &str, now: DateTime<Utc>) -> Result<AccessClaims, TokenError> {
        let header = jsonwebtoken::decode_header(token).map_err(|_| TokenError::Malformed)?;
        if header.alg != Algorithm::HS256 {
            return Err(TokenError::Invalid);
        }
        let kid = header.kid.ok_or(TokenError::UnknownKey)?;
        let key = self.keys.iter().find(|k| k.id == kid).ok_or(TokenError::UnknownKey)?;
        let data = jsonwebtoken::decode::<AccessClaims>(token, &key.decoding, &self.validation)
            .map_err(|_| TokenError::Invalid)?;
        let claims = data.claims;
        if claims.typ != ACCESS_TYPE {
            return Err(TokenError::WrongType);
        }
        if claims.exp <= now.timestamp() {
            return Err(TokenError::Expired);
        }
        Ok(claims)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use base64::Engine;
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;

    fn keys() -> JwtKeys {
        JwtKeys::new(&[Secret::new("a".repeat(48))], "http://modu.test".into()).unwrap()
    }

    #[test]
    fn a_fresh_token_verifies() {
        let now = Utc::now();
        let token = keys().issue("u1", now, 900).unwrap();
        let claims = keys().verify(&token, now).unwrap();
        assert_eq!(claims.sub, "u1");
        assert_eq!(claims.aud, AUDIENCE);
    }

    #[test]
    fn a_token_expires_by_the_servers_clock() {
        let now = Utc::now();
        let token = keys().issue("u1", now, 900).unwrap();
        assert_eq!(keys().verify(&token, now + chrono::TimeDelta::seconds(900)), Err(TokenError::Expired));
    }

    #[test]
    fn alg_none_is_refused() {
        let now = Utc::now();
        let token = keys().issue("u1", now, 900).unwrap();
        let payload = token.split('.').nth(1).unwrap();
        let header = URL_SAFE_NO_PAD.encode(br#"{"alg":"none","typ":"JWT"}"#);
        let forged = format!("{header}.{payload}.");
        assert!(keys().verify(&forged, now).is_err());
    }

    #[test]
    fn a_rotated_out_key_still_verifies_while_listed() {
        let old = JwtKeys::new(&[Secret::new("o".repeat(48))], "http://modu.test".into()).unwrap();
        let both = JwtKeys::new(&[Secret::new("n".repeat(48)), Secret::new("o".repeat(48))], "http://modu.test".into())
            .unwrap();
        let now = Utc::now();
        let token = old.issue("u1", now, 900).unwrap();
        assert!(both.verify(&token, now).is_ok());
        assert_eq!(keys().verify(&token, now), Err(TokenError::UnknownKey));
    }
}
