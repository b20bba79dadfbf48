//! There is no Docker engine on the build machines; the file is checked for
//! shape.

#[test]
fn docker_compose_names_the_app_postgres_and_a_mail_catcher_with_volumes() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docker-compose.yml")).unwrap();
    let doc: serde_yaml::Value = serde_yaml::from_str(&text).unwrap();
    let services = doc["services"].as_mapping().expect("services");
    for name in ["app", "postgres", "mailpit"] {
        assert!(services.contains_key(name), "service {name} is missing");
    }
    let app = &doc["services"]["app"];
    let env = serde_yaml::to_string(&app["environment"]).unwrap();
    assert!(env.contains("MODU_DATABASE_URL") && env.contains("postgres://"));
    assert!(env.contains("MODU_SMTP_HOST"));
    assert!(doc["volumes"].as_mapping().map(|v| v.len() >= 2).unwrap_or(false), "data and database volumes");
    assert!(std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/Dockerfile")).is_file());
}
