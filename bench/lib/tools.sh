# shellcheck shell=bash
# Sourced by the benchmark scripts: stop with one line naming the Debian packages to install when a tool is missing.
#   require_tools wrk:wrk lighttpd:lighttpd ...     (command:package; /usr/sbin is searched too)
require_tools() {
  local missing=() tool
  for tool in "$@"; do
    command -v "${tool%%:*}" >/dev/null || [ -x "/usr/sbin/${tool%%:*}" ] || missing+=("${tool#*:}")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "missing tools; install them: apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
}
