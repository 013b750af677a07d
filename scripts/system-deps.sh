#!/usr/bin/env bash
# Installs the Debian packages vocapp needs, only those missing, without a prompt: Python and its venv module (the
# virtualenv is made after this), certificates for pip, Pango and fonts for WeasyPrint, poppler to read PDFs back,
# PostgreSQL for the second test run, Redis for the job tests, Chromium for the browser tests.
# Usage: scripts/system-deps.sh [runtime|test]
set -euo pipefail
packages=(make python3 python3-venv ca-certificates libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core fonts-noto-color-emoji)
if [ "${1:-test}" = "test" ]; then
  packages+=(poppler-utils postgresql redis-server chromium chromium-driver)
fi
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing Debian packages: ${missing[*]}"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
# No prompt; C.UTF-8 (every Debian has it) for the packages' setup scripts. Through env, so sudo keeps both.
apt=(env DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8 apt-get -q -y)
$SUDO "${apt[@]}" update
$SUDO "${apt[@]}" install --no-install-recommends "${missing[@]}"
# the downloaded .deb files are not needed once installed (Chromium's and PostgreSQL's are a few hundred MB)
$SUDO "${apt[@]}" clean
