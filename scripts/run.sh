#!/usr/bin/env bash
# Installs what is missing, builds, and starts the GUI on the default local
# database (the first run offers an empty database or demo data).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/deps.sh
./scripts/build.sh
exec ./build/parcours-pro "$@"
