#!/usr/bin/env bash
# Installs what the browser tests (pytest -m browser) need: Debian's Chromium and the
# Python Playwright client. We deliberately do NOT run `playwright install`: it downloads
# its own browser build, which is not possible here; the tests drive /usr/bin/chromium.
set -euo pipefail
PIP="${PIP:-python -m pip}"
export DEBIAN_FRONTEND=noninteractive
if ! command -v /usr/bin/chromium >/dev/null 2>&1; then
  apt-get update
  apt-get install -y --no-install-recommends chromium chromium-driver fonts-dejavu-core
fi
$PIP install "playwright>=1.40"
