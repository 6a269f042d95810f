#!/usr/bin/env bash
# One command for a committee's shared server on this machine (Debian 12, as root):
#   bash packaging/pg-local.sh [DBNAME] [OWNER]
# Starts Debian's PostgreSQL cluster (made if missing), creates OWNER (a login that may create the
# committee's cscdesk_* roles; default: the calling user) and an empty database DBNAME (default:
# committee) owned by it, and prints the address to give `cscdesk migrate --to` or `--db`.
# Members then get logins in one of the five roles (README, "The shared committee server").
set -euo pipefail
db="${1:-committee}"
owner="${2:-${SUDO_USER:-${USER:-root}}}"
if ! command -v pg_lsclusters >/dev/null; then
  apt-get install -y -qq --no-install-recommends postgresql libqt6sql6-psql
fi
version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$version main" || pg_createcluster "$version" main
pg_ctlcluster "$version" main start 2>/dev/null || true
as_postgres() { runuser -u postgres -- "$@"; }
as_postgres psql -qtAc "SELECT 1 FROM pg_roles WHERE rolname = '$owner'" | grep -q 1 \
  || as_postgres psql -qc "CREATE ROLE \"$owner\" LOGIN CREATEROLE"
as_postgres psql -qtAc "SELECT 1 FROM pg_database WHERE datname = '$db'" | grep -q 1 \
  || as_postgres createdb -O "$owner" "$db"
port="$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $3}')"
echo "postgresql://$owner@localhost:$port/$db?host=/var/run/postgresql"
