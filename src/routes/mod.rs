//! HTTP only: extract, authorize, call the domain and the database, answer.
//! Every route under `/api/v1` is registered here and documented with
//! `#[utoipa::path]`, so the OpenAPI document cannot miss one.

pub mod admin;
pub mod announcements;
pub mod assignments;
pub mod auth;
pub mod awards;
pub mod bonus;
pub mod consents;
pub mod contests;
pub mod entries;
pub mod exports;
pub mod fields;
pub mod files;
pub mod guardian;
pub mod health;
pub mod idempotency;
pub mod markdown;
pub mod me;
pub mod me_data;
pub mod organizations;
pub mod pairwise;
pub mod panels;
pub mod results;
pub mod scoring;
pub mod screening;
pub mod stages;
pub mod team_invitations;
pub mod teams;
pub mod views;
pub mod votes;

/// Every `/api/v1` route, written once. Both the OpenAPI collector and plain
/// actix have a `service` method, so one list serves both: the document is
/// built once at start-up, and HTTP workers register the routes without it.
///
/// Routes under a path with a parameter (`/contests/{id}/…`) sit in one
/// scope per such prefix, and their own paths are relative to it (each says
/// `// under …`). actix compiles one regex for every path with a parameter,
/// ~24 KB each in every worker, and tries them in turn: scopes leave 18
/// regexes instead of 98, and a request tries a few (decision 64). All of a
/// prefix's routes must be in its scope: a scope that matches the prefix
/// answers every path under it.
macro_rules! api_v1_services {
    ($cfg:expr, $scope:path) => {
        $cfg.service(consents::current)
            .service(auth::register::register)
            .service(auth::email_links::verify_email)
            .service(auth::email_links::request_password_reset)
            .service(auth::email_links::confirm_password_reset)
            .service(auth::session::sign_in)
            .service(auth::session::refresh)
            .service(auth::session::sign_out)
            .service($scope("/guardian-consents/{token}").service(guardian::show).service(guardian::consent))
            .service(me::show)
            .service(markdown::preview)
            .service(me::update)
            .service(me::change_password)
            .service(me::sign_out_everywhere)
            .service(me::resend_verification)
            .service(me_data::export)
            .service(me_data::delete_account)
            .service(organizations::list)
            .service(organizations::mine)
            .service(organizations::create)
            .service(
                $scope("/organizations/{id}")
                    .service(organizations::show)
                    .service(organizations::list_members)
                    .service(organizations::add_member)
                    .service(organizations::remove_member)
                    .service(contests::create)
                    .service(contests::list_for_organization),
            )
            .service(admin::list_users)
            .service(admin::set_admin)
            .service(contests::list)
            .service(
                $scope("/contests/{id}")
                    .service(contests::show)
                    .service(contests::update)
                    .service(contests::publish)
                    .service(contests::extend_deadline)
                    .service(entries::create)
                    .service(screening::list)
                    .service(screening::duplicates)
                    .service(screening::export)
                    .service(stages::create)
                    .service(stages::list)
                    .service(awards::set_tiers)
                    .service(awards::show_tiers)
                    .service(awards::propose_awards)
                    .service(awards::list_awards)
                    .service(awards::override_award)
                    .service(announcements::set_announcement)
                    .service(announcements::show_announcement)
                    .service(announcements::published_results)
                    .service(announcements::gallery)
                    .service(announcements::list_certificates)
                    .service(exports::awards_csv)
                    .service(votes::set_ballot)
                    .service(votes::show_ballot)
                    .service(votes::ballot_entries)
                    .service(votes::my_votes)
                    .service(votes::set_my_votes)
                    .service(votes::tally)
                    .service(exports::tally_csv)
                    .service(votes::fraud_signals)
                    .service(votes::list_votes)
                    .service(files::set_cover)
                    .service(files::cover)
                    .service(teams::create),
            )
            .service(
                $scope("/entries/{id}")
                    .service(entries::show)
                    .service(entries::save)
                    .service(entries::submit)
                    .service(entries::withdraw)
                    .service(screening::decide)
                    .service(bonus::claim)
                    .service(bonus::of_entry)
                    .service(announcements::entry_result)
                    .service(announcements::set_credit)
                    .service(announcements::show_credit)
                    .service(files::upload)
                    .service(files::list),
            )
            .service(entries::mine)
            .service(
                $scope("/stages/{id}")
                    .service(stages::show)
                    .service(stages::update)
                    .service(panels::invite)
                    .service(panels::panel)
                    .service(panels::remove)
                    .service(panels::accept)
                    .service(assignments::plan_assignments)
                    .service(assignments::assign)
                    .service(assignments::list)
                    .service(assignments::declarations)
                    .service(assignments::mine)
                    .service(scoring::changes)
                    .service(pairwise::begin)
                    .service(pairwise::show)
                    .service(pairwise::pass_first)
                    .service(pairwise::vote)
                    .service(pairwise::skip)
                    .service(pairwise::undo)
                    .service(pairwise::ranking_view)
                    .service(results::preview)
                    .service(results::close)
                    .service(results::export)
                    .service(exports::results_csv)
                    .service(bonus::of_stage),
            )
            .service(panels::mine)
            .service(
                $scope("/assignments/{id}")
                    .service(assignments::remove)
                    .service(assignments::declare)
                    .service(scoring::entry)
                    .service(scoring::show)
                    .service(scoring::save),
            )
            .service(bonus::decide)
            .service(
                $scope("/works/files/{id}").service(announcements::work_file).service(announcements::work_thumbnail),
            )
            .service(
                $scope("/certificates/{code}")
                    .service(announcements::verify_certificate)
                    .service(announcements::certificate_pdf),
            )
            .service($scope("/votes/{id}").service(votes::void_vote).service(votes::restore_vote))
            .service($scope("/files/{id}").service(files::download).service(files::thumbnail).service(files::remove))
            .service(
                $scope("/teams/{id}")
                    .service(teams::show)
                    .service(team_invitations::invite)
                    .service(teams::remove_member),
            )
            .service(teams::my_teams)
            .service(team_invitations::my_invitations)
            .service(
                $scope("/team-invitations/{id}").service(team_invitations::accept).service(team_invitations::decline),
            )
    };
}

/// The routes with their OpenAPI descriptions (for the document).
pub fn api_v1(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    api_v1_services!(cfg, utoipa_actix_web::scope);
}

/// The same routes for the HTTP workers.
pub fn api_v1_routes(cfg: &mut actix_web::web::ServiceConfig) {
    api_v1_services!(cfg, actix_web::web::scope);
}
