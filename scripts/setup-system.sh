#!/usr/bin/env bash
# Installs the system packages the suite needs when they are missing: a Chromium to drive
# (Debian's package when Playwright's own browser is not installed), CJK fonts, so Chinese
# text renders in screenshots instead of boxes, and Dovecot (IMAP and LMTP), the real mail server
# the project's own tests start to prove the IMAP mailbox. Needs root (or sudo) on Debian/Ubuntu;
# elsewhere it only says what is missing. Set WITH_VIDEO=1 to add ffmpeg for --video recording.
set -euo pipefail

python=${PYTHON:-.venv/bin/python}
missing=()

playwright_chromium=$("$python" - <<'PY' 2>/dev/null || true
from playwright.sync_api import sync_playwright
import os
with sync_playwright() as p:
    print("yes" if os.path.exists(p.chromium.executable_path) else "no")
PY
)
if [ "$playwright_chromium" != "yes" ] && ! command -v chromium >/dev/null && ! command -v chromium-browser >/dev/null \
   && ! command -v google-chrome >/dev/null; then
  missing+=(chromium)
fi
if ! fc-list :lang=zh-tw 2>/dev/null | grep -q .; then
  missing+=(fonts-noto-cjk)
fi
# Dovecot: `make test` proves the IMAP mailbox (--mailbox) against a real server it starts itself.
if { ! command -v dovecot >/dev/null && [ ! -x /usr/sbin/dovecot ]; } \
   || { [ -d /usr/lib/dovecot ] && { [ ! -e /usr/lib/dovecot/imap ] || [ ! -e /usr/lib/dovecot/lmtp ]; }; }; then
  missing+=(dovecot-imapd dovecot-lmtpd)
fi
if [ "${WITH_VIDEO:-0}" = "1" ] && ! command -v ffmpeg >/dev/null; then
  missing+=(ffmpeg)
fi

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null; then
  echo "setup-system: please install: ${missing[*]} (or run: $python -m playwright install --with-deps chromium)" >&2
  exit 0
fi
sudo=""
if [ "$(id -u)" != "0" ]; then
  if command -v sudo >/dev/null; then sudo="sudo"; else
    echo "setup-system: not root; please install: ${missing[*]}" >&2
    exit 0
  fi
fi
echo "setup-system: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
