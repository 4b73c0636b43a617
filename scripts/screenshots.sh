#!/usr/bin/env bash
# Regenerates docs/screenshots/*.png (dashboard, list, file, campaigns) from
# the demo data, with a fixed seed and date, offscreen: no display needed; and
# docs/exemple-synthese.pdf, the summary of this year's demo campaign.
# To look at every other screen too (dialogs, wizard, error states):
#   ./build/parcours-screenshots /tmp/review --review
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/deps.sh
./scripts/build.sh
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
chmod 700 "$XDG_RUNTIME_DIR"
./build/parcours-screenshots docs/screenshots

demo="$(mktemp -d)"
trap 'rm -rf "$demo"' EXIT
./build/parcours-cli --db "$demo/demo.sqlite" demo --size 1100 --seed 2026 >/dev/null
# The demo database's coordinator account (see the README).
PARCOURS_PASSWORD='Parcours-Demo-C1!' ./build/parcours-cli --db "$demo/demo.sqlite" --user coordination \
  survey summary --campaign "$(date +%Y)" \
  --out docs/exemple-synthese.pdf
