# Sourced by test.sh: installs PostgreSQL with apt when missing, starts a throwaway server on 127.0.0.1 (once; it
# stays up for later runs), creates the detente user and database and exports DETENTE_TEST_POSTGRES for the tests.
detente_pg_port="${DETENTE_PG_PORT:-55432}"
detente_pg_dir="${DETENTE_PG_DIR:-/tmp/detente-postgres}"
detente_pg_bin() { find /usr/lib/postgresql -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -n 1; }
detente_pg_as() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

if [ -z "$(detente_pg_bin)" ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends postgresql >/dev/null \
    || { echo "10-postgres.sh: cannot install postgresql" >&2; return 1; }
fi
detente_pg="$(detente_pg_bin)"
if ! "$detente_pg/pg_isready" -q -h 127.0.0.1 -p "$detente_pg_port"; then
  if [ ! -f "$detente_pg_dir/data/PG_VERSION" ]; then
    mkdir -p "$detente_pg_dir"
    [ "$(id -u)" = 0 ] && chown postgres "$detente_pg_dir"
    detente_pg_as "$detente_pg/initdb" -D "$detente_pg_dir/data" -A trust -U postgres >/dev/null \
      || { echo "10-postgres.sh: initdb failed" >&2; return 1; }
  fi
  detente_pg_as "$detente_pg/pg_ctl" -D "$detente_pg_dir/data" -l "$detente_pg_dir/server.log" -w \
    -o "-h 127.0.0.1 -p $detente_pg_port -k $detente_pg_dir -c max_connections=200 -c fsync=off" start >/dev/null \
    || { echo "10-postgres.sh: cannot start PostgreSQL (see $detente_pg_dir/server.log)" >&2; return 1; }
fi
if ! "$detente_pg/psql" -h 127.0.0.1 -p "$detente_pg_port" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='detente'" | grep -q 1; then
  "$detente_pg/psql" -q -h 127.0.0.1 -p "$detente_pg_port" -U postgres -c "CREATE USER detente PASSWORD 'detente'" -c "CREATE DATABASE detente OWNER detente" >/dev/null \
    || { echo "10-postgres.sh: cannot create the detente database" >&2; return 1; }
fi
export DETENTE_TEST_POSTGRES="Host=127.0.0.1;Port=$detente_pg_port;Username=detente;Password=detente;Database=detente"
