#!/usr/bin/env bash
# A real PostgreSQL server for the SQL engine tests (@pcaq/engines), on loopback only.
#
# Idempotent: installs Debian's `postgresql` package when it is missing (root, Debian 12), starts
# the default cluster listening on 127.0.0.1 only, and creates the role and database the tests use.
# It exports nothing: the tests connect to PCAQ_PG_URL when it is set, else to the URL printed at
# the end (the same default is written into packages/engines/test/postgres-url.ts).
set -euo pipefail

PCAQ_PG_USER=pcaq
PCAQ_PG_PASSWORD=pcaq
PCAQ_PG_DB=pcaq
PCAQ_PG_PORT=5432

if [ "$(id -u)" -ne 0 ]; then
  echo "postgres.sh: needs root (apt-get and the postgres system user)" >&2
  exit 1
fi

if ! command -v pg_lsclusters >/dev/null 2>&1 || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
  echo "== installing PostgreSQL (Debian package)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
fi

version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
cluster=main
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$version $cluster"; then
  # A UTF-8 cluster, so lower() folds non-ASCII letters as the evaluator does.
  pg_createcluster --locale C.UTF-8 --port "$PCAQ_PG_PORT" "$version" "$cluster" >/dev/null
fi

conf="/etc/postgresql/$version/$cluster/postgresql.conf"
# Loopback only; nothing outside this machine can reach the server.
before="$(md5sum "$conf")"
sed -i -E "s/^#?listen_addresses\s*=.*/listen_addresses = '127.0.0.1'/" "$conf"
port="$(pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1==v && $2==c {print $3}')"

if ! pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1==v && $2==c {print $4}' | grep -qx online; then
  pg_ctlcluster "$version" "$cluster" start
elif [ "$before" != "$(md5sum "$conf")" ]; then
  pg_ctlcluster "$version" "$cluster" restart
fi

as_postgres() { runuser -u postgres -- psql --quiet --no-psqlrc -p "$port" -v ON_ERROR_STOP=1 "$@"; }

as_postgres -d postgres <<SQL
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$PCAQ_PG_USER') THEN
    CREATE ROLE $PCAQ_PG_USER LOGIN PASSWORD '$PCAQ_PG_PASSWORD';
  END IF;
END
\$\$;
SQL
if [ -z "$(as_postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$PCAQ_PG_DB'")" ]; then
  # template0 with an explicit UTF-8 locale, whatever the cluster's default is.
  as_postgres -d postgres -c "CREATE DATABASE $PCAQ_PG_DB OWNER $PCAQ_PG_USER ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0"
fi

url="postgresql://$PCAQ_PG_USER:$PCAQ_PG_PASSWORD@127.0.0.1:$port/$PCAQ_PG_DB"
runuser -u postgres -- psql --quiet --no-psqlrc -tAc 'SELECT 1' "$url" >/dev/null
echo "== PostgreSQL $version ready on 127.0.0.1:$port; tests use PCAQ_PG_URL=$url"
