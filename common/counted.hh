#pragma once
// A count with its noun in the right number: "1 article", "2 articles". The
// one place messages pluralise (English nouns that take an -s).

#include <cstddef>
#include <string>
#include <string_view>

#include <fmt/core.h>

namespace news {

/** The noun alone in the number of `n`: "article" for 1, "articles" otherwise. */
inline std::string noun_for(std::size_t n, std::string_view noun) {
  std::string out(noun);
  if (n != 1) out += 's';
  return out;
}

/** `n` and its noun: "1 file", "0 files", "3 files". */
inline std::string counted(std::size_t n, std::string_view noun) {
  return fmt::format("{} {}", n, noun_for(n, noun));
}

} // namespace news
