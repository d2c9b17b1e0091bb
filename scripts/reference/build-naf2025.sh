#!/usr/bin/env bash
# Rebuilds src/main/resources/reference/naf/naf2025.csv (the NAF 2025 sous-classes) and
# naf2_naf2025.csv (the rév. 2 -> NAF 2025 correspondence) from a public transcription of INSEE's
# table "Correspondances_NAFrev2-NAF2025" (INSEE's own file is not reachable from the build hosts),
# pinned to one commit: same commit -> same bytes. Needs node and curl.
# Usage: build-naf2025.sh [LOCAL_COPY.csv]   (a local copy of the pinned file, when offline)
source "$(dirname "$0")/lib.sh"
REPO=MaryleneH/explorateur-naf
COMMIT=e1bda3f902d7ad909aa6b2c0d246e2a7d5a57af9
FILE=data/correspondances_2008_2025.csv
if [[ $# -ge 1 ]]; then
  source_csv=$1
else
  source_csv="$REF_WORK/correspondances_2008_2025.csv"
  url="https://raw.githubusercontent.com/$REPO/$COMMIT/$FILE"
  if ! curl -fsSL --retry 2 -o "$source_csv" "$url"; then
    echo "build-naf2025: cannot fetch $url; pass a local copy of that file as argument" >&2
    exit 1
  fi
fi
node "$REF_SCRIPTS/build-naf2025.js" "$source_csv" \
  "$REF_RESOURCES/naf/naf2025.csv" "$REF_RESOURCES/naf/naf2_naf2025.csv"
