# syntax=docker/dockerfile:1
#
# Modu (모두): one image holding the API server and the web frontend it serves.
#   docker build -t modu .            (or: docker compose up --build)
#   docker run -p 8080:8080 -v modu-data:/var/lib/modu modu
# Without MODU_DATABASE_URL the server keeps its data (SQLite) in the
# /var/lib/modu volume; docker-compose.yml points it at PostgreSQL instead.

# --- 1. frontend: static files in /src/frontend/dist -------------------------
FROM node:20-bookworm-slim AS frontend
WORKDIR /src/frontend
# Dependencies first, so a source change does not re-download them.
COPY frontend/package.json frontend/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY frontend/ ./
RUN npm run build

# --- 2. server: /src/target/release/modu ---------------------------------------
FROM rust:1-bookworm AS server
# SQLite and libpq are compiled from source by their -sys crates (gcc is in
# the image); libpq links the system OpenSSL, found through pkg-config.
RUN apt-get update \
    && apt-get install -y --no-install-recommends pkg-config libssl-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# The whole context (see .dockerignore): the crate embeds migrations/ at
# compile time, and build inputs may grow beyond src/.
COPY . .
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    cargo build --release --locked

# --- 3. runtime ---------------------------------------------------------------------
FROM debian:bookworm-slim
# ca-certificates for SMTP over TLS; libssl3 because libpq links OpenSSL dynamically.
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates libssl3 \
    && rm -rf /var/lib/apt/lists/*
RUN useradd --system --user-group --uid 10001 --home-dir /srv/modu --no-create-home --shell /usr/sbin/nologin modu \
    && mkdir -p /srv/modu /var/lib/modu \
    && chown modu:modu /var/lib/modu

COPY --from=server /src/target/release/modu /usr/local/bin/modu
COPY --from=frontend /src/frontend/dist /srv/modu/frontend/dist

ENV MODU_BIND=0.0.0.0:8080 \
    MODU_FRONTEND_DIR=/srv/modu/frontend/dist \
    MODU_DATA_DIR=/var/lib/modu
# Declared after the chown, so a new named volume starts owned by modu.
VOLUME ["/var/lib/modu"]
WORKDIR /srv/modu
USER modu
EXPOSE 8080
ENTRYPOINT ["modu"]
CMD ["serve"]
