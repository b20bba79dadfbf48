use serde::Serialize;

/// An email address, trimmed and lower-cased so that uniqueness in the
/// database is case-insensitive on both backends.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct Email(String);

impl Email {
    pub fn parse(raw: &str) -> Result<Self, &'static str> {
        let email = raw.trim().to_lowercase();
        if email.is_empty() {
            return Err("Enter an email address.");
        }
        if email.len() > 254 {
            return Err("The email address is too long.");
        }
        // Control characters and spaces would let a value break out of a mail header.
        if email.chars().any(|c| c.is_control() || c.is_whitespace() || matches!(c, '<' | '>' | ',' | ';' | '"')) {
            return Err("The email address contains characters it cannot have.");
        }
        let Some((local, domain)) = email.rsplit_once('@') else {
            return Err("The email address needs an @.");
        };
        let domain_ok = domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains("..")
            && domain.split('.').all(|label| !label.is_empty() && label.len() <= 63);
        if local.is_empty() || local.len() > 64 || local.contains('@') || !domain_ok {
            return Err("The email address is not valid.");
        }
        Ok(Self(email))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_inner(self) -> String {
        self.0
    }
}

impl AsRef<str> for Email {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn addresses_are_normalized_to_lower_case() {
        assert_eq!(Email::parse("  Kim.MinJi@Example.KR ").unwrap().as_str(), "kim.minji@example.kr");
    }

    #[test]
    fn malformed_addresses_are_refused() {
        for bad in [
            "",
            "plain",
            "@example.kr",
            "a@",
            "a@b",
            "a@.kr",
            "a@b..kr",
            "a b@c.kr",
            "a@b.kr\r\nBcc: x@y.kr",
            "<a@b.kr>",
            "a@b.kr,c@d.kr",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad:?} should be refused");
        }
    }

    proptest! {
        #[test]
        fn no_parsed_address_can_carry_a_line_break(s in "\\PC*[\r\n]\\PC*") {
            // Line breaks at either end are trimmed away; anywhere else they are refused.
            if let Ok(email) = Email::parse(&s) {
                prop_assert!(!email.as_str().contains(['\r', '\n']));
                prop_assert_eq!(email.as_str(), s.trim().to_lowercase());
            }
        }

        #[test]
        fn a_line_break_inside_an_address_is_refused(a in "[a-z]{1,10}", b in "[a-z]{1,10}") {
            let inside_local = format!("{a}\n@{b}.kr");
            let inside_domain = format!("{a}@{b}\r\n.kr");
            prop_assert!(Email::parse(&inside_local).is_err());
            prop_assert!(Email::parse(&inside_domain).is_err());
        }
    }
}
