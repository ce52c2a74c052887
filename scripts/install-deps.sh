#!/usr/bin/env bash
# Installs the Debian packages monitor needs, if any are missing; safe to run again.
#   scripts/install-deps.sh build   what building and running need (`make build`, `make demo`)
#   scripts/install-deps.sh test    that plus the real servers and tools the tests start (`make test`)
set -euo pipefail
mode=${1:-build}

packages=(
  # The headers to build against; the libraries themselves are loaded at first use (dlopen).
  libcurl4-openssl-dev   # libcurl (fetching, SMTP)
  libxml2-dev            # libxml2 (XML and HTML parsing)
  libsqlite3-dev         # SQLite (the store)
  libssl-dev             # OpenSSL libcrypto (HMAC pseudonyms)
  python3-venv           # virtualenvs for the peers in `make bench` and `make eval`
)
test_packages=(
  python3-aiosmtpd       # the real SMTP server the mail tests start
  openssl                # mail tests: the throwaway CA and server certificate for STARTTLS/smtps
  python3-brotli         # the test HTTP server's br-compressed responses
  chromium               # report tests: report.html rendered headless (~480 MB, ~5 s of tests)
  libreoffice-calc-nogui # report tests: the German-Excel CSV opened in a real spreadsheet (~310 MB)
  unzip                  # report tests: read the .xlsx LibreOffice writes
  fonts-dejavu-core      # a font for headless Chromium (not pulled in without recommends)
)
case "$mode" in
  build) ;;
  test) packages+=("${test_packages[@]}") ;;
  *) echo "usage: scripts/install-deps.sh build|test" >&2; exit 2 ;;
esac

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "monitor: installing missing system packages: ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  run=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  run=(sudo)
else
  echo "monitor: cannot install ${missing[*]}: not root and no password-less sudo." >&2
  echo "monitor: run as root: apt-get install -y ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${run[@]}" apt-get update -qq
"${run[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
