# Writes OUTPUT, a C++ file defining news::web_assets() (server/web_assets.hh)
# with the bytes of each file of FILES (comma-separated names in SOURCE_DIR).
# index.html is served at `/`, every other file at `/assets/NAME`. Run by
# server/web/CMakeLists.txt at build time: cmake -DOUTPUT=... -P this file.
string(REPLACE "," ";" files "${FILES}")
string(REPEAT "[0-9a-f]" 64 line_of_hex) # 32 bytes a line of the generated file

set(arrays "")
set(entries "")
set(index 0)
foreach(name IN LISTS files)
  if(name STREQUAL "index.html")
    set(path "/")
  else()
    set(path "/assets/${name}")
  endif()
  if(name MATCHES "\\.html$")
    set(type "text/html; charset=utf-8")
  elseif(name MATCHES "\\.js$")
    set(type "text/javascript; charset=utf-8")
  elseif(name MATCHES "\\.css$")
    set(type "text/css; charset=utf-8")
  elseif(name MATCHES "\\.svg$")
    set(type "image/svg+xml")
  else()
    message(FATAL_ERROR "embed_assets: no Content-Type known for ${name}")
  endif()
  file(READ "${SOURCE_DIR}/${name}" hex HEX)
  string(LENGTH "${hex}" digits)
  math(EXPR size "${digits} / 2")
  string(REGEX REPLACE "(${line_of_hex})" "\\1\n" hex "${hex}")
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "\\\\x\\1" bytes "${hex}")
  string(REGEX REPLACE "\n$" "" bytes "${bytes}")
  string(REPLACE "\n" "\"\n    \"" bytes "${bytes}")
  string(APPEND arrays "// ${name}\nconstexpr char kAsset${index}[] =\n    \"${bytes}\";\n")
  string(APPEND entries "    {\"${path}\", \"${type}\", {kAsset${index}, ${size}}},\n")
  math(EXPR index "${index} + 1")
endforeach()

file(WRITE "${OUTPUT}.new" "// Generated from server/web/ by server/web/embed_assets.cmake: do not edit.
#include \"server/web_assets.hh\"

// The files are long string literals, longer than ISO C++ requires compilers to take.
#pragma GCC diagnostic ignored \"-Woverlength-strings\"

namespace news {
namespace {

${arrays}
constexpr WebAsset kAssets[] = {
${entries}};

} // namespace

std::span<const WebAsset> web_assets() { return kAssets; }

} // namespace news
")
file(RENAME "${OUTPUT}.new" "${OUTPUT}")
