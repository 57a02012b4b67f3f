#include "common/legal_forms.hh"

#include <algorithm>
#include <array>
#include <cctype>

namespace news {
namespace {

// clang-format off
constexpr std::array<std::string_view, 28> kLegalForms = {
    "inc", "incorporated", "corp", "corporation", "co", "ltd", "limited", "plc", "llc", "lp",
    "ag", "sa", "nv", "bv", "gmbh", "spa", "sarl", "kk", "ab", "asa", "oyj", "se",
    "pty", "pte", "bhd", "berhad", "tbk", "kgaa"};
// clang-format on

// `S.A.` -> `sa`, `Inc.` -> `inc`.
std::string folded(std::string_view word) {
  std::string out;
  for (char c : word)
    if (c != '.') out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool is_legal_form(std::string_view word) {
  const std::string w = folded(word);
  return std::find(kLegalForms.begin(), kLegalForms.end(), w) != kLegalForms.end();
}

std::string_view trimmed_end(std::string_view text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == ','))
    text.remove_suffix(1);
  return text;
}

} // namespace

std::string_view without_legal_form(std::string_view name) {
  std::string_view rest = trimmed_end(name);
  for (;;) {
    const std::size_t space = rest.rfind(' ');
    if (space == std::string_view::npos || !is_legal_form(rest.substr(space + 1))) break;
    const std::string_view shorter = trimmed_end(rest.substr(0, space));
    const std::size_t last = shorter.rfind(' ');
    const std::string_view word = shorter.substr(last == std::string_view::npos ? 0 : last + 1);
    if (shorter.empty() || word == "and" || word == "&" || word == "of" || word == "the") break;
    rest = shorter;
  }
  return rest.size() == trimmed_end(name).size() ? name : rest;
}

std::string entity_key(EntityKind kind, std::string_view name) {
  return entity_key(kind == EntityKind::Org ? without_legal_form(name) : name);
}

} // namespace news
