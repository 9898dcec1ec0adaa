# Sourced by test.sh: installs Debian's chromium with apt when missing, for the dashboard browser test.
if ! command -v chromium >/dev/null 2>&1 && [ ! -x /usr/bin/chromium ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends chromium >/dev/null \
    || echo "20-chromium.sh: cannot install chromium; the browser test will skip" >&2
fi
