#!/usr/bin/env bash
# Set up lkj on a fresh Debian machine: system packages, then .venv with the `lkj` command.
#   bash scripts/setup.sh          # what users need
#   bash scripts/setup.sh --dev    # plus tests, benchmark and sample generator
set -euo pipefail
cd "$(dirname "$0")/.."

extras=""
[ "${1:-}" = "--dev" ] && extras="[dev]"

python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
    "$python" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".${extras}"
echo "lkj is ready: .venv/bin/lkj --help"
