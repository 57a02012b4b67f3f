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
  doctest-dev iso-codes
)

# What scripts/fuzz (and scripts/test, when it fuzzes) needs on top: clang
# with libFuzzer and the sanitizer runtimes.
NEWS_FUZZ_PACKAGES=(clang-14 libfuzzer-14-dev libclang-rt-14-dev)

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
