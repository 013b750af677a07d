#!/usr/bin/env bash
# Installs the Debian packages vocapp needs, only those missing: Pango and fonts for WeasyPrint, poppler to read
# PDFs back, PostgreSQL for the second test run, Chromium for the browser tests.
# Usage: scripts/system-deps.sh [runtime|test]
set -euo pipefail
packages=(libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core)
if [ "${1:-test}" = "test" ]; then
  packages+=(poppler-utils postgresql chromium chromium-driver)
fi
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing Debian packages: ${missing[*]}"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
