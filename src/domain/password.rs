//! Password policy and hashing. Passwords are hashed with argon2id (OWASP's
//! parameters: 19 MiB, 2 passes) and never logged: `Password` has no `Debug`
//! that shows its content.

use std::collections::HashSet;
use std::fmt;
use std::sync::LazyLock;

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString, rand_core::OsRng};
use argon2::{Algorithm, Argon2, Params, Version};

pub const MIN_CHARS: usize = 8;
pub const MAX_CHARS: usize = 128;

static COMMON: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("data/common-passwords.txt").lines().filter(|l| !l.starts_with('#') && !l.is_empty()).collect()
});

/// A password that passed the policy. Its text only leaves through `expose`.
#[derive(Clone)]
pub struct Password(String);

impl fmt::Debug for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Password(***)")
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasswordProblem {
    TooShort,
    TooLong,
    TooCommon,
    SameAsEmail,
}

impl PasswordProblem {
    pub fn code(self) -> &'static str {
        match self {
            PasswordProblem::TooShort => "too_short",
            PasswordProblem::TooLong => "too_long",
            PasswordProblem::TooCommon => "too_common",
            PasswordProblem::SameAsEmail => "same_as_email",
        }
    }

    pub fn message(self) -> &'static str {
        match self {
            PasswordProblem::TooShort => "The password needs at least 8 characters.",
            PasswordProblem::TooLong => "The password can have at most 128 characters.",
            PasswordProblem::TooCommon => "This password is among the most common ones. Choose another.",
            PasswordProblem::SameAsEmail => "The password must not be your email address.",
        }
    }
}

impl Password {
    /// Checks the policy. `email` is the account's address, which the password
    /// may not repeat.
    pub fn parse(raw: &str, email: Option<&str>) -> Result<Self, PasswordProblem> {
        let chars = raw.chars().count();
        if chars < MIN_CHARS {
            return Err(PasswordProblem::TooShort);
        }
        if chars > MAX_CHARS {
            return Err(PasswordProblem::TooLong);
        }
        let lowered = raw.to_lowercase();
        if COMMON.contains(lowered.as_str()) {
            return Err(PasswordProblem::TooCommon);
        }
        if let Some(email) = email {
            let email = email.to_lowercase();
            let local = email.split('@').next().unwrap_or_default();
            if lowered == email || lowered == local {
                return Err(PasswordProblem::SameAsEmail);
            }
        }
        Ok(Self(raw.to_owned()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

fn hasher() -> Argon2<'static> {
    // OWASP's argon2id recommendation: m = 19 MiB, t = 2, p = 1.
    let params = Params::new(19 * 1024, 2, 1, None).unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

pub fn hash(password: &Password) -> anyhow::Result<String> {
    let salt = SaltString::generate(&mut OsRng);
    hasher()
        .hash_password(password.expose().as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| anyhow::anyhow!("Failed to hash a password: {e}"))
}

/// Whether `candidate` matches `stored`. An unusable stored hash (a deleted
/// account's) never matches.
pub fn verify(candidate: &str, stored: &str) -> bool {
    match PasswordHash::new(stored) {
        Ok(parsed) => hasher().verify_password(candidate.as_bytes(), &parsed).is_ok(),
        Err(_) => false,
    }
}

/// A real hash of a random password, verified against when the email is
/// unknown so that sign-in takes as long for unknown accounts as for known ones.
pub static DUMMY_HASH: LazyLock<String> = LazyLock::new(|| {
    let random = crate::auth::tokens::random_token();
    hash(&Password(random)).unwrap_or_default()
});

/// Runs password work (argon2 needs 19 MiB per hash) on two dedicated
/// threads. On the shared blocking pool every thread would keep its own
/// 19 MiB in the allocator after a hash: measured 0.6–1 GB of memory after 64
/// sign-ins. Two threads bound that to about 40 MB and to two hashes at a
/// time, which is also all two cores can do.
pub async fn off_thread<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> anyhow::Result<T> {
    let (tx, rx) = tokio::sync::oneshot::channel();
    let job: Job = Box::new(move || {
        let _ = tx.send(work());
    });
    HASHING_THREADS
        .as_ref()
        .map_err(|e| anyhow::anyhow!("The password threads could not start: {e}"))?
        .lock()
        .map_err(|_| anyhow::anyhow!("The password queue is poisoned"))?
        .send(job)
        .map_err(|_| anyhow::anyhow!("The password threads have stopped"))?;
    rx.await.map_err(|_| anyhow::anyhow!("A password job was dropped"))
}

type Job = Box<dyn FnOnce() + Send>;

static HASHING_THREADS: LazyLock<std::io::Result<std::sync::Mutex<std::sync::mpsc::Sender<Job>>>> =
    LazyLock::new(|| {
        let (tx, rx) = std::sync::mpsc::channel::<Job>();
        let rx = std::sync::Arc::new(std::sync::Mutex::new(rx));
        for i in 0..2 {
            let rx = rx.clone();
            std::thread::Builder::new().name(format!("password-{i}")).spawn(move || {
                loop {
                    let job = match rx.lock() {
                        Ok(guard) => guard.recv(),
                        Err(_) => return,
                    };
                    match job {
                        Ok(job) => job(),
                        Err(_) => return,
                    }
                }
            })?;
        }
        Ok(std::sync::Mutex::new(tx))
    });

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_passwords_are_refused_whatever_their_case() {
        assert_eq!(Password::parse("password1", None).unwrap_err(), PasswordProblem::TooCommon);
        assert_eq!(Password::parse("PassWord1", None).unwrap_err(), PasswordProblem::TooCommon);
        assert_eq!(Password::parse("qwertyuiop", None).unwrap_err(), PasswordProblem::TooCommon);
    }

    #[test]
    fn the_list_holds_thousands_of_passwords() {
        assert!(COMMON.len() > 19_000);
    }

    #[test]
    fn length_limits_count_characters() {
        assert_eq!(Password::parse("short7!", None).unwrap_err(), PasswordProblem::TooShort);
        assert!(Password::parse("별빛도시의시민들", None).is_ok(), "8 Korean characters are enough");
        assert!(Password::parse(&"x7".repeat(64), None).is_ok(), "128 characters are allowed");
        assert_eq!(Password::parse(&"x7".repeat(65), None).unwrap_err(), PasswordProblem::TooLong);
    }

    #[test]
    fn the_email_address_is_not_a_password() {
        assert_eq!(
            Password::parse("minji.kim@seoul.kr", Some("minji.kim@seoul.kr")).unwrap_err(),
            PasswordProblem::SameAsEmail
        );
        assert_eq!(Password::parse("minji.kim", Some("minji.kim@seoul.kr")).unwrap_err(), PasswordProblem::SameAsEmail);
    }

    #[test]
    fn a_hash_verifies_its_password_and_nothing_else() {
        let password = Password::parse("smart city 2026", None).unwrap();
        let stored = hash(&password).unwrap();
        assert!(stored.starts_with("$argon2id$"));
        assert!(verify("smart city 2026", &stored));
        assert!(!verify("smart city 2025", &stored));
        assert!(!verify("smart city 2026", ""));
    }

    #[tokio::test]
    async fn password_work_runs_on_the_dedicated_threads() {
        let name = off_thread(|| std::thread::current().name().map(str::to_owned)).await.unwrap();
        assert!(name.unwrap_or_default().starts_with("password-"));
        let results = futures_util::future::join_all((0..8).map(|i| off_thread(move || i * 2))).await;
        assert_eq!(results.into_iter().map(|r| r.unwrap()).sum::<i32>(), 56);
    }

    #[test]
    fn debug_output_hides_the_password() {
        let password = Password::parse("smart city 2026", None).unwrap();
        assert_eq!(format!("{password:?}"), "Password(***)");
    }
}
