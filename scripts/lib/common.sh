# Shared by scripts/quickstart, scripts/test and scripts/bench: the Debian
# packages the project needs, installed only when missing, and the build.
# Source it; do not run it.

# Build tools and libraries (headers) the project compiles against.
NEWS_PACKAGES=(
  cmake g++ make pkg-config ccache
  libxapian-dev xapian-tools
  libboost-program-options-dev libfmt-dev nlohmann-json3-dev libmsgpack-cxx-dev libxxhash-dev
  libxml2-dev zlib1g-dev
  libcpp-httplib-dev
  libicu-dev libcld2-dev libtomlplusplus-dev
  doctest-dev iso-codes
  scdoc man-db bash-completion zsh bsdutils less
)

# What scripts/fuzz (and scripts/test, when it fuzzes) needs on top: clang
# with libFuzzer and the sanitizer runtimes.
NEWS_FUZZ_PACKAGES=(clang-14 libfuzzer-14-dev libclang-rt-14-dev)

# What the browser tests (tests/browser) need on top: Debian's Chromium, node
# and npm (npm comes with some builds of nodejs: installed only when missing).
NEWS_BROWSER_PACKAGES=(chromium nodejs)

news_root() { cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd; }

# news_install_packages [PKG...]: installs whichever of the packages (by
# default NEWS_PACKAGES) is missing; silent when none is.
news_install_packages() {
  local missing=() pkg
  [ $# -gt 0 ] || set -- "${NEWS_PACKAGES[@]}"
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" ||
      missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing missing packages: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq >/dev/null
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# news_build DIR BUILD_TYPE [CMAKE_ARGS...]: configures (once) and builds quietly.
news_build() {
  local dir=$1 type=$2
  shift 2
  local root
  root=$(news_root)
  if [ ! -f "$root/$dir/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$root/$dir" -DCMAKE_BUILD_TYPE="$type" "$@" >/dev/null
  fi
  # The build's own status: with pipefail, a grep that filters every line
  # away fails too, and a failed build must never go on to the tests.
  local status=0
  cmake --build "$root/$dir" --parallel "$(nproc)" -- --no-print-directory |
    grep -v -E '^\[ *[0-9]+%\]|^Consolidate compiler generated dependencies' ||
    status=${PIPESTATUS[0]}
  return "$status"
}

# news_browser_setup: Chromium and node for the browser tests, and their npm
# packages (tests/browser/package-lock.json: puppeteer-core, which drives the
# installed Chromium and downloads none) when node_modules is missing or older
# than the lock. Whatever cannot be had (no network, no registry) is said, and
# the browser tests then skip with that reason; the rest of the suite goes on.
news_browser_setup() {
  local dir
  dir="$(news_root)/tests/browser"
  news_install_packages "${NEWS_BROWSER_PACKAGES[@]}" ||
    echo "browser tests: could not install ${NEWS_BROWSER_PACKAGES[*]}; they will be skipped"
  command -v npm >/dev/null || news_install_packages npm ||
    echo "browser tests: could not install npm; they will be skipped"
  command -v npm >/dev/null || return 0
  if [ -f "$dir/node_modules/.package-lock.json" ] &&
    [ "$dir/node_modules/.package-lock.json" -nt "$dir/package-lock.json" ]; then
    return 0
  fi
  if ! (cd "$dir" && PUPPETEER_SKIP_DOWNLOAD=1 timeout 300 npm ci --no-audit --no-fund \
    --fetch-retries=1 --fetch-timeout=30000 >/dev/null 2>"$dir/npm-ci.log"); then
    echo "browser tests: npm ci in tests/browser failed (is the npm registry reachable?); they will be skipped:"
    tail -n 3 "$dir/npm-ci.log"
    rm -rf "$dir/node_modules"
  fi
}
