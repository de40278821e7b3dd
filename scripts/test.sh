#!/usr/bin/env bash
# Every test: installs the other peers the tests talk to where they are
# missing (swaks and the headless Chromium that renders the HTML report,
# from Debian; aiosmtpd, from PyPI), starts the private
# Postfix that the probe test talks to, runs the workspace's tests, and
# stops that Postfix again, pass or fail.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v swaks >/dev/null || missing+=(swaks)
command -v chromium >/dev/null || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
    (apt-get update -qq && apt-get install -y -qq "${missing[@]}") >/dev/null
fi
python3 -c 'import aiosmtpd' 2>/dev/null ||
    python3 -m pip install -q --root-user-action=ignore aiosmtpd >/dev/null

bash scripts/postfix.sh start
trap 'bash scripts/postfix.sh stop' EXIT
cargo test --workspace
