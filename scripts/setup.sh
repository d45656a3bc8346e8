#!/usr/bin/env bash
# Set up lkj on a fresh Debian machine: system packages, then .venv with the `lkj` command.
#   bash scripts/setup.sh          # what users need
#   bash scripts/setup.sh --dev    # plus tests, benchmark and sample generator, and Debian's chromium
#                                  # (the report's browser tests drive it through Playwright)
set -euo pipefail
cd "$(dirname "$0")/.."

extras=""
[ "${1:-}" = "--dev" ] && extras="[dev]"

# Tesseract and its Indonesian data read scanned reports; tesserocr brings its own library
# but reads Debian's language data. Chromium only for the report's browser tests.
packages=""
[ -f /usr/share/tesseract-ocr/5/tessdata/ind.traineddata ] || packages="tesseract-ocr tesseract-ocr-ind tesseract-ocr-eng"
if [ -n "$extras" ] && [ ! -x /usr/bin/chromium ]; then
    # Playwright's own browser download cannot be used; the tests run Debian's chromium.
    packages="$packages chromium fonts-liberation"
fi
if [ -n "$packages" ]; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get -o DPkg::Lock::Timeout=300 update -qq
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends $packages >/dev/null
fi

python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
    "$python" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".${extras}"
echo "lkj is ready: .venv/bin/lkj --help"
