//! The OpenAPI 3.1 document, generated from the route annotations. The
//! server serves it at `/api/v1/openapi.json`; a snapshot test pins it.

use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};
use utoipa_actix_web::AppExt;

use crate::error::{ErrorCode, FieldError, Problem};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Modu API",
        description = "Modu (모두): citizen participation and idea contests. Errors are RFC 9457 \
                       `application/problem+json` documents with a stable `code`.",
        license(name = "AGPL-3.0-or-later")
    ),
    modifiers(&BearerAuth),
    components(schemas(Problem, ErrorCode, FieldError)),
    tags(
        (name = "accounts", description = "Registration, sign-in, email links, guardian consent"),
        (name = "me", description = "The signed-in account"),
        (name = "organizations", description = "Ministries, cities and agencies, and their organizers"),
        (name = "admin", description = "Instance administration"),
        (name = "contests", description = "Contests of an organization: settings, entry forms, schedule"),
        (name = "entries", description = "Citizens' entries: drafts, submission with a receipt, withdrawal"),
        (name = "teams", description = "Teams in contests that take them: invitations by email, members, size limits"),
        (name = "awards", description = "Award tiers, proposals from the final ranking, overrides with reasons"),
        (name = "announcement", description = "The announcement time, published results, entrants' own results and credits, the gallery, certificates"),
        (name = "voting", description = "The public vote: ballots, voters' votes, tallies for organizers, fraud signals, voiding"),
        (name = "judging", description = "Stages, panels, conflicts of interest, blind rubric scoring, bonus claims, results"),
    )
)]
struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).bearer_format("JWT").build()),
        );
    }
}

pub fn base() -> utoipa::openapi::OpenApi {
    ApiDoc::openapi()
}

/// The whole document, with every route of `/api/v1`.
pub fn document() -> utoipa::openapi::OpenApi {
    let (_, api) = actix_web::App::new()
        .into_utoipa_app()
        .openapi(base())
        .service(utoipa_actix_web::scope("/api/v1").configure(crate::routes::api_v1))
        .split_for_parts();
    api
}
