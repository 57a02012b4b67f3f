// Writes the source of lists::exemplar_cities() (common/exemplar_cities.hh):
// ICU's exemplar cities, read once at build time. Usage: news-city-table OUT.cc
#include <cstdio>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "common/exemplar_cities.hh"

namespace {

// A C++ string literal of UTF-8 text: quotes, backslashes and control bytes escaped.
std::string literal(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (byte < 0x20 || byte == 0x7f) {
      char escaped[8];
      std::snprintf(escaped, sizeof escaped, "\\%03o", byte);
      out += escaped;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

} // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: news-city-table OUT.cc\n");
    return 2;
  }
  const std::string path = argv[1], partial = path + ".part";
  {
    std::ofstream out(partial);
    const std::vector<news::ExemplarCity> cities = news::read_exemplar_cities();
    out << "// Made at build time by news-city-table (tools/city_table_main.cc) from ICU's time\n"
           "// zone names: see common/exemplar_cities.hh.\n"
           "#include \"common/exemplar_cities.hh\"\n\n"
           "namespace news::lists {\n";
    if (cities.empty()) { // an ICU without time zone names: no array of no elements
      out << "std::span<const LocalAlias> exemplar_cities() { return {}; }\n";
    } else {
      out << "namespace {\nconstexpr LocalAlias kExemplarCities[] = {\n";
      for (const news::ExemplarCity& city : cities)
        out << "    {" << literal(city.language) << ", " << literal(city.name) << ", "
            << literal(city.english) << "},\n";
      out << "};\n} // namespace\n\n"
             "std::span<const LocalAlias> exemplar_cities() { return kExemplarCities; }\n";
    }
    out << "\n} // namespace news::lists\n";
    if (!out) return 1;
  }
  return std::rename(partial.c_str(), path.c_str()) == 0 ? 0 : 1;
}
