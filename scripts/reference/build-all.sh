#!/usr/bin/env bash
# Rebuilds every reference resource, in dependency order (the boundaries check the COG's list).
set -euo pipefail
here=$(dirname "$0")
"$here/build-cog.sh"
"$here/build-naf.sh"
"$here/build-naf2025.sh"
"$here/build-geo.sh"
