#include "common/index_codecs.hh"

#include <cctype>
#include <charconv>

#include <fmt/core.h>
#include <xapian.h>
#include <xxhash.h>

namespace news {

std::string encode_date_value(Date date) {
  return Xapian::sortable_serialise(static_cast<double>(date.unix_seconds()));
}

std::optional<Date> decode_date_value(std::string_view value) {
  if (value.empty()) return std::nullopt;
  return Date::from_unix_seconds(
      static_cast<long long>(Xapian::sortable_unserialise(std::string(value))));
}

std::string folder_key(const std::vector<std::string>& names) {
  std::string key;
  for (auto name = names.rbegin(); name != names.rend(); ++name)
    key += *name + "/";
  return key;
}

std::vector<std::string> folder_keys(std::string_view file_path) {
  std::vector<std::string> names, keys;
  std::size_t start = 0;
  for (std::size_t slash; (slash = file_path.find('/', start)) != std::string_view::npos;
       start = slash + 1) {
    if (slash == start) continue; // the root, or `//`
    names.emplace_back(file_path.substr(start, slash - start));
    keys.push_back(folder_key(names));
  }
  return keys;
}

std::string year_term(int year) { return boolean_term(Field::Year, fmt::format("{:04}", year)); }

std::string month_term(int year, unsigned month) {
  return boolean_term(Field::Month, fmt::format("{:04}{:02}", year, month));
}

std::string day_term(int year, unsigned month, unsigned day) {
  return boolean_term(Field::Day, fmt::format("{:04}{:02}{:02}", year, month, day));
}

std::string encode_entity_list(const std::vector<std::string>& names) {
  std::string value;
  for (const std::string& name : names) {
    if (!value.empty()) value += kEntityListSeparator;
    value += name;
  }
  return value;
}

std::string stem_prefix(Field field) {
  std::string prefix(1, kStemMarker);
  prefix.append(prefix_of(field));
  return prefix;
}

std::optional<StemTerm> decode_stem_term(std::string_view term) {
  if (!term.starts_with(kStemMarker)) return std::nullopt;
  // Field prefixes are capitals; stems are lowercase (Xapian folds them).
  std::size_t start = 1;
  while (start < term.size() && std::isupper(static_cast<unsigned char>(term[start])))
    ++start;
  if (start == term.size()) return std::nullopt;
  return StemTerm{term.substr(1, start - 1), term.substr(start)};
}

std::optional<WordTerm> decode_word_term(std::string_view term) {
  std::size_t start = 0;
  while (start < term.size() && term[start] >= 'A' && term[start] <= 'Z')
    ++start;
  if (start == term.size()) return std::nullopt;
  const std::string_view prefix = term.substr(0, start);
  for (const FieldSpec& field : kFields)
    if (field.kind == FieldKind::FreeText && field.prefix == prefix)
      return WordTerm{prefix, term.substr(start)};
  return std::nullopt;
}

std::string encode_hash(std::uint64_t hash) { return fmt::format("{:016x}", hash); }

std::optional<std::uint64_t> decode_hash(std::string_view text) {
  std::uint64_t value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value, 16);
  if (error != std::errc{} || end != text.data() + text.size() || text.size() != 16)
    return std::nullopt;
  return value;
}

std::string hash_of(std::string_view bytes) {
  return encode_hash(XXH3_64bits(bytes.data(), bytes.size()));
}

std::string handle_hash(std::string_view id_term) { return hash_of(id_term); }

} // namespace news
