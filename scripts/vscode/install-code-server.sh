#!/usr/bin/env bash
# Installs code-server (which bundles a real VS Code) into a cache folder, so
# the integration suite can run the extension in VS Code without internet.
#
# code-server's own postinstall downloads ripgrep from GitHub and so fails
# offline; this script does its steps by hand, as described in
# /work/shared/design/vscode-testing.md. It lives outside the repository's
# node_modules: code-server is a tool of the test harness, not a dependency of
# the extension, and `npm ci` must not rebuild it every time.
#
#   CABLE_VSCODE_CACHE   cache folder (default: ~/.cache/cable-vscode)
#
# Prints the install folder on its last line of output. Idempotent: a marker
# file written as the very last step says the install is complete; without it
# a half-finished folder is removed and the install starts over.
set -euo pipefail

VERSION=4.100.3
CACHE="${CABLE_VSCODE_CACHE:-$HOME/.cache/cable-vscode}"
TARGET="$CACHE/code-server-$VERSION"
MARKER="$TARGET/.install-complete"

say() { printf 'install-code-server: %s\n' "$*" >&2; }
fail() { printf 'install-code-server: ERROR: %s\n' "$*" >&2; exit 1; }

if [ -f "$MARKER" ]; then
  say "code-server $VERSION is already installed in $TARGET"
  echo "$TARGET"
  exit 0
fi

# --- What the machine must have -------------------------------------------
# Checked up front, so a missing package is named instead of surfacing as a
# node-gyp error three minutes into the build.
missing=()
debian_package_present() {
  # Prefer dpkg's own answer; on a non-Debian system fall back to the file.
  if command -v dpkg-query >/dev/null 2>&1; then
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
  else
    [ -e "$2" ]
  fi
}
debian_package_present chromium /usr/bin/chromium || missing+=(chromium)
# kerberos (a native module of VS Code's server) compiles against krb5's headers.
debian_package_present libkrb5-dev /usr/include/krb5.h || missing+=(libkrb5-dev)
# VS Code's search runs ripgrep; its npm package would fetch the binary from GitHub.
debian_package_present ripgrep /usr/bin/rg || missing+=(ripgrep)
if [ "${#missing[@]}" -gt 0 ]; then
  fail "missing Debian packages: ${missing[*]} — run: apt-get update && apt-get install -y ${missing[*]}"
fi
for tool in node npm make g++ python3; do
  command -v "$tool" >/dev/null 2>&1 || fail "missing build tool: $tool"
done
RG="$(command -v rg)" || fail "ripgrep is installed but rg is not on PATH"

NODE_MAJOR="$(node -p 'process.versions.node.split(".")[0]')"
# code-server 4.100.x is built for Node 20's ABI; later ones need Node 22/24.
[ "$NODE_MAJOR" = 20 ] || fail "code-server $VERSION needs Node 20, this is Node $(node -v)"
# node-gyp would download Node's headers; Debian's nodejs ships them in /usr/include/node.
NODEDIR="${CABLE_NODEDIR:-/usr}"
[ -f "$NODEDIR/include/node/node.h" ] || fail "Node headers not found in $NODEDIR/include/node (set CABLE_NODEDIR to a folder with include/node)"

# --- Install ----------------------------------------------------------------
mkdir -p "$CACHE"
# Two test processes may try to install at once; the second waits for the first.
exec 9>"$CACHE/.install.lock"
if command -v flock >/dev/null 2>&1; then
  say "taking the install lock ($CACHE/.install.lock; waits while another install runs)"
  flock 9
  if [ -f "$MARKER" ]; then
    say "code-server $VERSION was installed meanwhile in $TARGET"
    echo "$TARGET"
    exit 0
  fi
fi

started=$SECONDS
if [ -e "$TARGET" ]; then
  say "removing an incomplete install in $TARGET"
  rm -rf "$TARGET"
fi
mkdir -p "$TARGET"
cd "$TARGET"
printf '{ "name": "cable-vscode-code-server", "private": true }\n' >package.json

export npm_config_nodedir="$NODEDIR"
export npm_config_yes=true
export npm_config_audit=false
export npm_config_fund=false
export npm_config_update_notifier=false

say "1/5 npm install --ignore-scripts code-server@$VERSION (into $TARGET)"
npm install --ignore-scripts --no-save --loglevel=error "code-server@$VERSION" >&2

say "2/5 npm rebuild argon2 (code-server's password hashing; loaded even with --auth none)"
npm rebuild argon2 --loglevel=error >&2

VSCODE="$TARGET/node_modules/code-server/lib/vscode"
[ -d "$VSCODE" ] || fail "code-server's package has no lib/vscode folder"
cd "$VSCODE"
say "3/5 npm install --omit=dev --ignore-scripts in lib/vscode"
npm install --omit=dev --ignore-scripts --loglevel=error >&2
say "    copying Debian's rg ($RG) into @vscode/ripgrep instead of downloading it"
mkdir -p node_modules/@vscode/ripgrep/bin
cp "$RG" node_modules/@vscode/ripgrep/bin/rg
say "    npm rebuild (native modules from source; about 30 s on 2 cores)"
npm rebuild --loglevel=error >&2

say "4/5 the rest of code-server's postinstall.sh"
ln -sfn node_modules node_modules.asar
ln -sfn code-linux.sh bin/remote-cli/code-server
ln -sfn browser-linux.sh bin/helpers/browser.sh
say "5/5 npm install --omit=dev in lib/vscode/extensions (built-in extensions' dependencies)"
(cd extensions && npm install --omit=dev --loglevel=error >&2)

# A quick self-check: the entry point loads and reports its version. Its XDG
# folders point into a temp folder: code-server writes a default config file
# on every start, and the user's own ~/.config is none of our business.
scratch="$(mktemp -d)"
XDG_CONFIG_HOME="$scratch" XDG_DATA_HOME="$scratch" XDG_CACHE_HOME="$scratch" \
  "$TARGET/node_modules/.bin/code-server" --version >&2 || fail "the installed code-server does not start"
rm -rf "$scratch"

date -u +%Y-%m-%dT%H:%M:%SZ >"$MARKER"
say "done in $((SECONDS - started)) s: $TARGET"
echo "$TARGET"
