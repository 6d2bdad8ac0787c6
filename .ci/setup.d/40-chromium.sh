#!/usr/bin/env bash
# Headless Chromium for the triage-page browser test (tests/server/test_triage_browser.py).
# The test drives /usr/bin/chromium through the `playwright` Python package (dev extra) and never
# downloads a browser. Idempotent.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  echo "chromium already installed: $(/usr/bin/chromium --version 2>/dev/null || true)"
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y chromium
echo "chromium installed: $(/usr/bin/chromium --version 2>/dev/null || true)"
