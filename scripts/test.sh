#!/usr/bin/env bash
# Every test: starts the private Postfix that the probe test talks to, runs
# the workspace's tests, and stops that Postfix again, pass or fail.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/postfix.sh start
trap 'bash scripts/postfix.sh stop' EXIT
cargo test --workspace
