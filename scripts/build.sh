#!/usr/bin/env bash
# Configures and builds into build/ (RelWithDebInfo, Ninja). Used by run.sh and test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f build/build.ninja ]; then
  cmake --preset default
fi
cmake --build build -j"$(nproc)"
