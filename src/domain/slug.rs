/// A URL name such as `sejong-city` or `eco-delta-naming-2018`: 2–60 lower-case
/// letters, digits and inner hyphens.
pub fn check(slug: &str) -> Result<(), &'static str> {
    let ok = (2..=60).contains(&slug.len())
        && slug.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !slug.starts_with('-')
        && !slug.ends_with('-')
        && !slug.contains("--");
    if ok { Ok(()) } else { Err("Use 2 to 60 lower-case letters, digits and single inner hyphens.") }
}

#[cfg(test)]
mod tests {
    #[test]
    fn slugs_are_lower_case_words_joined_by_single_hyphens() {
        for good in ["ab", "eco-delta-naming-2018", "wscw2018"] {
            assert!(super::check(good).is_ok(), "{good}");
        }
        for bad in ["a", "Eco", "-a", "a-", "a--b", "a b", "가나", &"a".repeat(61)] {
            assert!(super::check(bad).is_err(), "{bad}");
        }
    }
}
