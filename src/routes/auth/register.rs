//! Registration. The answer is the same whether or not the email already has
//! an account (its owner gets a mail saying so), so the endpoint cannot be
//! used to learn who is registered.

use actix_web::{HttpResponse, post, web};
use chrono::NaiveDate;
use serde::Deserialize;
use utoipa::ToSchema;

use super::super::fields::Fields;
use super::super::views::{ACCEPTED, Accepted};
use crate::db::email_tokens::{self, Purpose};
use crate::db::{consents, is_unique_violation, users};
use crate::domain::age::needs_guardian_consent;
use crate::domain::consent::{ConsentAnswer, check_registration_consents};
use crate::domain::{DisplayName, Email, Locale, Password, password};
use crate::error::{ApiError, FieldError, Problem};
use crate::mail::{self, Recipient, Template};
use crate::state::AppState;

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct GuardianInput {
    pub name: String,
    pub email: String,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RegisterRequest {
    pub email: String,
    pub password: String,
    pub display_name: String,
    pub locale: Locale,
    /// Needed to apply the under-14 rule; `YYYY-MM-DD`.
    pub birth_date: NaiveDate,
    pub consents: Vec<ConsentAnswer>,
    /// Required for, and only collected from, children under 14.
    pub guardian: Option<GuardianInput>,
}

struct Registration {
    email: Email,
    password: Password,
    display_name: DisplayName,
    locale: Locale,
    birth_date: NaiveDate,
    consents: Vec<crate::domain::consent::ConsentDecision>,
    guardian: Option<(DisplayName, Email)>,
}

fn parse(body: RegisterRequest, today: NaiveDate) -> Result<Registration, ApiError> {
    let mut fields = Fields::default();
    let email = fields.take("email", "invalid_email", Email::parse(&body.email));
    let password = Password::parse(&body.password, email.as_ref().map(Email::as_str))
        .map_err(|p| FieldError::new("password", p.code(), p.message()));
    let password = match password {
        Ok(p) => Some(p),
        Err(e) => {
            fields.push(e);
            None
        }
    };
    let display_name = fields.take("display_name", "invalid_display_name", DisplayName::parse(&body.display_name));
    let plausible_birth = NaiveDate::from_ymd_opt(1900, 1, 1).is_some_and(|min| body.birth_date >= min);
    if body.birth_date > today || !plausible_birth {
        fields.push(FieldError::new("birth_date", "out_of_range", "The birth date is not plausible."));
    }
    // An implausible birth date is reported as such, not also as a missing guardian.
    let is_child = plausible_birth && body.birth_date <= today && needs_guardian_consent(body.birth_date, today);
    let consents = match check_registration_consents(&body.consents, is_child) {
        Ok(c) => Some(c),
        Err(errors) => {
            fields.extend(errors);
            None
        }
    };
    let guardian = match (is_child, body.guardian) {
        (true, None) => {
            fields.push(FieldError::new(
                "guardian",
                "required",
                "Children under 14 need a legal guardian's name and email.",
            ));
            None
        }
        (false, Some(_)) => {
            fields.push(FieldError::new("guardian", "not_allowed", "A guardian is only asked of children under 14."));
            None
        }
        (false, None) => None,
        (true, Some(g)) => {
            let name = fields.take("guardian.name", "invalid_display_name", DisplayName::parse(&g.name));
            let address = fields.take("guardian.email", "invalid_email", Email::parse(&g.email));
            if let (Some(a), Some(own)) = (&address, &email)
                && a == own
            {
                fields.push(FieldError::new(
                    "guardian.email",
                    "same_as_email",
                    "The guardian's email must differ from the child's.",
                ));
            }
            name.zip(address)
        }
    };
    fields.finish()?;
    match (email, password, display_name, consents) {
        (Some(email), Some(password), Some(display_name), Some(consents)) => Ok(Registration {
            email,
            password,
            display_name,
            locale: body.locale,
            birth_date: body.birth_date,
            consents,
            guardian,
        }),
        _ => Err(ApiError::bad_request("The registration is incomplete.")),
    }
}

/// Creates an account and sends the verification mail (and, for a child under
/// 14, the guardian's consent request).
#[utoipa::path(
    tag = "accounts",
    request_body = RegisterRequest,
    responses(
        (status = 202, description = "Check your email (same answer for known addresses)", body = Accepted),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    )
)]
#[post("/auth/register")]
#[tracing::instrument(name = "register", skip_all)]
pub async fn register(state: web::Data<AppState>, body: web::Json<RegisterRequest>) -> Result<HttpResponse, ApiError> {
    let today = state.clock.now().date_naive();
    let registration = parse(body.into_inner(), today)?;
    // Hash before looking the address up, so both paths take the same time.
    let to_hash = registration.password.clone();
    let password_hash = password::off_thread(move || password::hash(&to_hash))
        .await
        .map_err(ApiError::internal)?
        .map_err(ApiError::internal)?;
    let now = state.now();
    let settings = state.settings.clone();
    let outcome = state
        .db
        .write(move |conn| {
            let r = registration;
            if let Some(existing) = users::find_by_email(conn, r.email.as_str())? {
                let token = email_tokens::create(conn, &existing.id, Purpose::ResetPassword, now)?;
                let reset_link = settings.link("/reset-password", &[("token", &token)]);
                mail::queue(
                    conn,
                    &Recipient {
                        user_id: Some(&existing.id),
                        address: r.email.as_str(),
                        name: &existing.display_name,
                        locale: Locale::from_stored(&existing.locale),
                    },
                    &Template::AccountExists { name: &existing.display_name, reset_link: &reset_link },
                    now,
                )?;
                return Ok(());
            }
            let id = crate::domain::ids::new_id();
            let guardian = r.guardian.as_ref();
            let inserted = users::insert(
                conn,
                &users::NewUser {
                    id: &id,
                    email: r.email.as_str(),
                    password_hash: &password_hash,
                    display_name: r.display_name.as_str(),
                    locale: r.locale.as_str(),
                    birth_date: Some(r.birth_date),
                    email_verified_at: None,
                    is_admin: false,
                    guardian_name: guardian.map(|g| g.0.as_str()),
                    guardian_email: guardian.map(|g| g.1.as_str()),
                    tokens_valid_after: now,
                    created_at: now,
                    updated_at: now,
                },
            );
            match inserted {
                // Another registration of the same address won the race: answer as for a known address.
                Err(e) if is_unique_violation(&e) => return Ok(()),
                other => other?,
            }
            for decision in &r.consents {
                consents::insert(
                    conn,
                    &consents::NewConsent {
                        id: crate::domain::ids::new_id(),
                        user_id: &id,
                        kind: decision.kind.as_str(),
                        version: crate::domain::consent::CURRENT_VERSION,
                        granted: decision.granted,
                        given_by: "self",
                        method: "registration_form",
                        recorded_at: now,
                    },
                )?;
            }
            let token = email_tokens::create(conn, &id, Purpose::VerifyEmail, now)?;
            let link = settings.link("/verify-email", &[("token", &token)]);
            let me = Recipient {
                user_id: Some(&id),
                address: r.email.as_str(),
                name: r.display_name.as_str(),
                locale: r.locale,
            };
            mail::queue(conn, &me, &Template::VerifyEmail { name: r.display_name.as_str(), link: &link }, now)?;
            if let Some((guardian_name, guardian_email)) = guardian {
                let token = email_tokens::create(conn, &id, Purpose::GuardianConsent, now)?;
                let link = settings.link("/guardian-consent", &[("token", &token)]);
                mail::queue(
                    conn,
                    &Recipient {
                        user_id: None,
                        address: guardian_email.as_str(),
                        name: guardian_name.as_str(),
                        locale: r.locale,
                    },
                    &Template::GuardianConsent {
                        guardian_name: guardian_name.as_str(),
                        child_name: r.display_name.as_str(),
                        link: &link,
                    },
                    now,
                )?;
            }
            crate::db::audit::record(
                conn,
                Some(&id),
                "account.registered",
                ("user", Some(&id)),
                serde_json::json!({}),
                now,
            )?;
            Ok(())
        })
        .await;
    outcome?;
    state.mail_wakeup.notify_one();
    Ok(HttpResponse::Accepted().json(ACCEPTED))
}
