#!/usr/bin/env bash
# Rebuilds src/main/resources/reference/naf/naf2.csv from the npm package @socialgouv/codes-naf.
# Same package version -> same bytes. Needs node and npm.
source "$(dirname "$0")/lib.sh"
VERSION=1.1.1
pkg=$(fetch_package @socialgouv/codes-naf "$VERSION")
node "$REF_SCRIPTS/build-naf.js" "$pkg/index.json" "$REF_RESOURCES/naf/naf2.csv"
