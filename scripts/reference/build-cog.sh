#!/usr/bin/env bash
# Rebuilds src/main/resources/reference/cog/ from the npm package @etalab/decoupage-administratif
# (COG of INSEE). Same package version -> same bytes. Needs node and npm.
source "$(dirname "$0")/lib.sh"
VERSION=6.0.0
pkg=$(fetch_package @etalab/decoupage-administratif "$VERSION")
node "$REF_SCRIPTS/build-cog.js" "$pkg/data" "$REF_RESOURCES/cog"
