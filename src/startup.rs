//! Building the application: database, migrations, keys, mail, background
//! workers, and the HTTP server. Tests build it the same way on port 0.

use std::net::TcpListener;
use std::path::PathBuf;
use std::sync::Arc;

use actix_cors::Cors;
use actix_web::dev::{Server, ServiceRequest, ServiceResponse, fn_service};
use actix_web::http::header;
use actix_web::middleware::from_fn;
use actix_web::{App, HttpResponse, HttpServer, web};
use anyhow::Context;
use tokio::sync::Notify;
use tracing_actix_web::TracingLogger;
use utoipa_swagger_ui::{Config, SwaggerUi};

use crate::auth::jwt::JwtKeys;
use crate::clock::SharedClock;
use crate::config::Settings;
use crate::db::{Backend, Db, run_migrations};
use crate::error::{self, ApiError};
use crate::mail::transport::Transport;
use crate::mail::worker::OutboxWorker;
use crate::state::AppState;
use crate::storage::{LocalFolder, Storage};

/// The OpenAPI document, built and serialized on its first request and then
/// shared by every worker (it costs megabytes per copy).
///
/// Not at start-up: building it takes ~17 MB at its peak for a ~0.3 MB
/// result and touches the schema code of every type, which would stay in the
/// idle server's memory. It is built on a short-lived thread of its own, as
/// glibc gives back a finished thread's heap (on a long-lived thread the
/// heap kept ~15 MB of it).
#[derive(Clone, Default)]
struct ApiDoc(Arc<tokio::sync::OnceCell<web::Bytes>>);

impl ApiDoc {
    async fn response(&self) -> Result<HttpResponse, ApiError> {
        let bytes = self.0.get_or_try_init(Self::build).await?;
        Ok(HttpResponse::Ok().content_type("application/json").body(bytes.clone()))
    }

    async fn build() -> Result<web::Bytes, ApiError> {
        let (sender, built) = tokio::sync::oneshot::channel();
        std::thread::Builder::new()
            .name("openapi".into())
            .spawn(move || {
                let _ = sender.send(crate::openapi::document().to_json());
            })
            .map_err(ApiError::internal)?;
        // A panic while building drops the sender: an error, and the next
        // request tries again.
        let json = built.await.map_err(ApiError::internal)?.map_err(ApiError::internal)?;
        Ok(web::Bytes::from(json))
    }
}

/// Request bodies are small JSON documents; uploads (a later capability) get
/// their own streaming limits.
const JSON_LIMIT: usize = 64 * 1024;

pub struct Application {
    port: u16,
    server: Server,
    state: web::Data<AppState>,
}

impl Application {
    pub async fn build(settings: Settings, clock: SharedClock) -> anyhow::Result<Self> {
        let db = open_database(&settings).await?;
        let keys = settings.load_or_create_jwt_keys()?;
        let jwt = JwtKeys::new(&keys, settings.public_origin())?;
        let transport = Transport::from_settings(&settings.mail)?;
        let storage: Arc<dyn Storage> = Arc::new(
            LocalFolder::open(&settings.storage_dir)
                .with_context(|| format!("Failed to create {}", settings.storage_dir.display()))?,
        );
        let listener =
            TcpListener::bind(&settings.bind).with_context(|| format!("Failed to listen on {}", settings.bind))?;
        let port = listener.local_addr().context("Failed to read the bound address")?.port();

        let settings = Arc::new(settings);
        let state = web::Data::new(AppState {
            db: db.clone(),
            settings: settings.clone(),
            clock: clock.clone(),
            jwt: Arc::new(jwt),
            mail_wakeup: Arc::new(Notify::new()),
            storage: storage.clone(),
            files_wakeup: Arc::new(Notify::new()),
        });
        tokio::spawn(
            OutboxWorker {
                db: db.clone(),
                transport: Arc::new(transport),
                settings: settings.mail.clone(),
                clock: clock.clone(),
                wakeup: state.mail_wakeup.clone(),
            }
            .run(),
        );
        tokio::spawn(crate::jobs::process_files(db.clone(), storage, clock.clone(), state.files_wakeup.clone()));
        tokio::spawn(crate::publication::run(db.clone(), settings.clone(), clock.clone(), state.mail_wakeup.clone()));
        tokio::spawn(crate::jobs::run_maintenance(db, clock, settings.throttle.window_secs));

        let api_doc = ApiDoc::default();
        let app_state = state.clone();
        let server = HttpServer::new(move || {
            let doc = api_doc.clone();
            App::new()
                .app_data(app_state.clone())
                .app_data(web::JsonConfig::default().limit(JSON_LIMIT).error_handler(error::json_error_handler))
                .app_data(web::QueryConfig::default().error_handler(error::query_error_handler))
                .app_data(web::PathConfig::default().error_handler(error::path_error_handler))
                // Before the scope: a scope answers every path under it.
                .route(
                    "/api/v1/openapi.json",
                    web::get().to(move || {
                        let doc = doc.clone();
                        async move { doc.response().await }
                    }),
                )
                .service(web::scope("/api/v1").configure(crate::routes::api_v1_routes))
                .service(crate::routes::health::health)
                .service(crate::routes::health::ready)
                .service(SwaggerUi::new("/api/docs/{_:.*}").config(Config::from("/api/v1/openapi.json")))
                .default_service(frontend_service(app_state.settings.frontend_dir.clone()))
                .wrap(from_fn(crate::middleware::response_headers))
                .wrap(cors(&app_state.settings))
                .wrap(TracingLogger::default())
        })
        .workers(settings.workers)
        .listen(listener)
        .context("Failed to start the HTTP server")?
        .run();
        Ok(Self { port, server, state })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn state(&self) -> web::Data<AppState> {
        self.state.clone()
    }

    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        self.server.await
    }
}

/// Opens the pool (creating the SQLite file's folder) and applies migrations.
pub async fn open_database(settings: &Settings) -> anyhow::Result<Db> {
    if settings.database.backend == Backend::Sqlite
        && let Some(dir) = PathBuf::from(&settings.database.target).parent().filter(|d| !d.as_os_str().is_empty())
    {
        std::fs::create_dir_all(dir).with_context(|| format!("Failed to create {}", dir.display()))?;
    }
    let url = settings.database.clone();
    let max = settings.db_max_connections;
    tokio::task::spawn_blocking(move || {
        let db = Db::connect(&url, max)?;
        let mut conn = db.get_write_conn().map_err(|e| anyhow::anyhow!("{e:?}"))?;
        let applied = run_migrations(&mut conn)?;
        if !applied.is_empty() {
            tracing::info!(?applied, "Migrations applied");
        }
        drop(conn);
        Ok(db)
    })
    .await
    .context("The database set-up task failed")?
}

fn cors(settings: &Settings) -> Cors {
    let mut cors = Cors::default()
        .allowed_methods(["GET", "POST", "PUT", "PATCH", "DELETE"])
        .allowed_headers([header::AUTHORIZATION, header::CONTENT_TYPE, header::ACCEPT])
        .expose_headers(["x-request-id", "retry-after"])
        .supports_credentials()
        .max_age(3600);
    for origin in &settings.cors_origins {
        cors = cors.allowed_origin(origin.trim_end_matches('/'));
    }
    cors
}

/// Unmatched paths: a problem document under `/api/`, otherwise the web UI —
/// a built file if there is one, else `index.html` (client-side routes), else
/// a note that the UI is not built.
fn frontend_service(
    dir: PathBuf,
) -> impl actix_web::dev::ServiceFactory<
    ServiceRequest,
    Config = (),
    Response = ServiceResponse,
    Error = actix_web::Error,
    InitError = (),
> {
    fn_service(move |req: ServiceRequest| {
        let dir = dir.clone();
        async move {
            let path = req.path().to_owned();
            if path.starts_with("/api/") {
                let response = actix_web::ResponseError::error_response(&ApiError::not_found());
                return Ok(req.into_response(response));
            }
            let relative = path.trim_start_matches('/');
            let safe = !relative.split('/').any(|part| part == ".." || part.starts_with('.'));
            let file = dir.join(relative);
            let target = if safe && !relative.is_empty() && file.is_file() { file } else { dir.join("index.html") };
            let (http_req, _) = req.into_parts();
            let response = match actix_files::NamedFile::open_async(&target).await {
                Ok(file) => file.into_response(&http_req),
                Err(_) => HttpResponse::Ok().content_type("text/html; charset=utf-8").body(PLACEHOLDER),
            };
            Ok(ServiceResponse::new(http_req, response))
        }
    })
}

const PLACEHOLDER: &str = "<!doctype html><html lang=\"ko\"><meta charset=\"utf-8\"><title>Modu · 모두</title>\
<body style=\"font-family:sans-serif;max-width:40rem;margin:3rem auto;line-height:1.6\"><h1>Modu · 모두</h1>\
<p>The API is running. The web UI has not been built: run <code>make run</code> (or <code>npm run build</code> in \
<code>frontend/</code>).</p><p><a href=\"/api/docs/\">API documentation</a></p></body></html>";
