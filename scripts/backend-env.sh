#!/bin/sh
# Maps the stack settings (config/stack.env: WERKBANK_*, GREENMAIL_*) onto the Quarkus
# configuration of the backend, then runs the given command (java -jar quarkus-run.jar).
# Only settings that are present are mapped, so the backend's own defaults still apply
# when one is missing.
#
# One mapping for every way the backend runs locally:
#   - scripts/stack.sh start_backend    (make run, make test-e2e)
#   - the backend container             (backend/Dockerfile; docker-compose.yml overrides
#                                        only the host names: WERKBANK_DB_HOST,
#                                        WERKBANK_OIDC_AUTH_SERVER_URL, WERKBANK_SMTP_HOST)
set -eu

if [ -n "${WERKBANK_API_PORT:-}" ]; then export QUARKUS_HTTP_PORT="$WERKBANK_API_PORT"; fi
# health and metrics (the management interface of the prod profile)
if [ -n "${WERKBANK_MANAGEMENT_PORT:-}" ]; then export WERKBANK_MANAGEMENT_PORT; fi
if [ -n "${WERKBANK_DB_HOST:-}" ] && [ -n "${WERKBANK_DB_NAME:-}" ]; then
  export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://${WERKBANK_DB_HOST}:${WERKBANK_DB_PORT:-5432}/${WERKBANK_DB_NAME}"
fi
if [ -n "${WERKBANK_DB_USER:-}" ]; then export QUARKUS_DATASOURCE_USERNAME="$WERKBANK_DB_USER"; fi
if [ -n "${WERKBANK_DB_PASSWORD:-}" ]; then export QUARKUS_DATASOURCE_PASSWORD="$WERKBANK_DB_PASSWORD"; fi
# Keys and metadata come from AUTH_SERVER_URL; tokens must carry ISSUER as `iss` (the browser
# talks to Keycloak on localhost, a container reaches it under another host name).
if [ -n "${WERKBANK_OIDC_AUTH_SERVER_URL:-}" ]; then export QUARKUS_OIDC_AUTH_SERVER_URL="$WERKBANK_OIDC_AUTH_SERVER_URL"; fi
if [ -n "${WERKBANK_OIDC_ISSUER:-}" ]; then export QUARKUS_OIDC_TOKEN_ISSUER="$WERKBANK_OIDC_ISSUER"; fi
if [ -n "${WERKBANK_SMTP_HOST:-}" ]; then export QUARKUS_MAILER_HOST="$WERKBANK_SMTP_HOST"; fi
if [ -n "${GREENMAIL_SMTP_PORT:-}" ]; then export QUARKUS_MAILER_PORT="$GREENMAIL_SMTP_PORT"; fi
# GreenMail speaks no TLS and signs nothing: the local stack turns off what production requires
if [ -n "${WERKBANK_SMTP_START_TLS:-}" ]; then export QUARKUS_MAILER_START_TLS="$WERKBANK_SMTP_START_TLS"; fi
if [ -n "${WERKBANK_DKIM_ENABLED:-}" ]; then export WERKBANK_DKIM_ENABLED; fi
# The SPA is served from another origin than the API.
if [ -n "${WERKBANK_SPA_URL:-}" ]; then
  export QUARKUS_HTTP_CORS_ENABLED=true
  export QUARKUS_HTTP_CORS_ORIGINS="$WERKBANK_SPA_URL"
fi
if [ -n "${WERKBANK_DEMO_DATA_ENABLED:-}" ]; then export WERKBANK_DEMO_DATA_ENABLED; fi
if [ -n "${WERKBANK_HASH_KEY:-}" ]; then export WERKBANK_HASH_KEY; fi
if [ -n "${WERKBANK_PRIVACY_CONTACT:-}" ]; then export WERKBANK_PRIVACY_CONTACT; fi
if [ -n "${WERKBANK_IDP_URL:-}" ]; then export WERKBANK_IDP_URL; fi
if [ -n "${WERKBANK_IDP_CLIENT_SECRET:-}" ]; then export WERKBANK_IDP_CLIENT_SECRET; fi
if [ -n "${WERKBANK_SUPPRESSION_KEY:-}" ]; then export WERKBANK_SUPPRESSION_KEY; fi
if [ -n "${WERKBANK_LEDGER_KEY:-}" ]; then export WERKBANK_LEDGER_KEY; fi
# behind a load balancer (make cluster): forwarded headers only from its address; the replica
if [ -n "${WERKBANK_PROXY_FORWARDING:-}" ]; then export WERKBANK_PROXY_FORWARDING; fi
if [ -n "${WERKBANK_TRUSTED_PROXIES:-}" ]; then export WERKBANK_TRUSTED_PROXIES; fi
if [ -n "${WERKBANK_REPLICA_JDBC_URL:-}" ]; then export WERKBANK_REPLICA_JDBC_URL; fi

exec "$@"
