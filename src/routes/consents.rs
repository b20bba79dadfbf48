use actix_web::{HttpResponse, get};
use serde::Serialize;
use utoipa::ToSchema;

use crate::domain::consent::{ConsentDocument, current_documents};

#[derive(Serialize, ToSchema)]
pub struct ConsentDocuments {
    pub documents: Vec<ConsentDocument>,
}

/// The consent documents a registration must answer, required ones first.
#[utoipa::path(tag = "accounts", responses((status = 200, body = ConsentDocuments)))]
#[get("/consents/current")]
pub async fn current() -> HttpResponse {
    HttpResponse::Ok().json(ConsentDocuments { documents: current_documents() })
}
