#include "searcher/field_names.hh"

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "common/error.hh"
#include "common/schema.hh"

namespace news {
namespace {

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Where a word can start: the query's start, after a space, a bracket or a sign.
bool starts_word(std::string_view query, std::size_t at) {
  if (at == 0) return true;
  const char before = query[at - 1];
  return before == ' ' || before == '\t' || before == '\n' || before == '(' || before == '+' ||
         before == '-';
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j)
    row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

[[noreturn]] void refuse(std::string_view name) {
  std::string known;
  std::string_view closest;
  std::size_t best = 3; // a suggestion at most two edits away
  for (const FieldSpec& field : kFields) {
    if (field.query_name.empty()) continue;
    known += (known.empty() ? "" : ", ") + std::string(field.query_name) + ":";
    std::string lower(name);
    for (char& c : lower)
      c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const std::size_t distance = edit_distance(lower, field.query_name);
    if (distance < best) best = distance, closest = field.query_name;
  }
  throw Error(ErrorKind::Usage, fmt::format("unknown field '{}:' (fields: {})", name, known),
              closest.empty() ? std::string() : fmt::format("did you mean {}:?", closest));
}

// Exactly as spelt: Xapian's parser takes `title:`, not `Title:`.
bool is_field(std::string_view name) {
  return std::any_of(kFields.begin(), kFields.end(), [&](const FieldSpec& field) {
    return !field.query_name.empty() && field.query_name == name;
  });
}

} // namespace

void check_field_names(std::string_view query) {
  bool in_phrase = false;
  for (std::size_t i = 0; i < query.size(); ++i) {
    if (query[i] == '"') in_phrase = !in_phrase;
    if (in_phrase || !is_letter(query[i]) || !starts_word(query, i)) continue;
    std::size_t end = i;
    while (end < query.size() && is_letter(query[end]))
      ++end;
    const bool has_value = end + 1 < query.size() && query[end] == ':' && query[end + 1] != ' ' &&
                           query[end + 1] != '/' && query[end + 1] != '\t' &&
                           query[end + 1] != '\n';
    if (has_value && !is_field(query.substr(i, end - i))) refuse(query.substr(i, end - i));
    i = end;
  }
}

} // namespace news
