#!/usr/bin/env bash
# Installs the Debian packages monitor needs to build and test, if any are missing.
# Used by `make demo` and `make test`; safe to run again (it only installs what is missing).
set -euo pipefail

packages=(
  libcurl4-openssl-dev   # libcurl (fetching, SMTP)
  libxml2-dev            # libxml2 (XML and HTML parsing)
  libsqlite3-dev         # SQLite (the store)
  libssl-dev             # OpenSSL libcrypto (HMAC pseudonyms)
  pkg-config             # SwiftPM finds the libraries through their .pc files
  python3-venv           # virtualenvs for the peers in `make bench` and `make eval`
  python3-aiosmtpd       # the real SMTP server the mail tests start
)

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
