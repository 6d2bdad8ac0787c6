#!/usr/bin/env bash
# PostgreSQL server binaries for the reports-store tests (tests/reports/test_postgres.py).
# The tests start their own throw-away cluster with initdb/pg_ctl from /usr/lib/postgresql/*/bin
# on a free loopback port; no system service is started or configured here. Idempotent.
set -euo pipefail
if compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null; then
  echo "postgresql already installed"
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends postgresql >/dev/null
# Do not leave the distribution's default cluster running: the tests use their own.
if command -v pg_ctlcluster >/dev/null; then
  for conf in /etc/postgresql/*/main; do
    [ -d "$conf" ] || continue
    ver=$(basename "$(dirname "$conf")")
    pg_ctlcluster "$ver" main stop >/dev/null 2>&1 || true
  done
fi
echo "postgresql installed: $(ls /usr/lib/postgresql)"
