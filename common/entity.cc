#include "common/entity.hh"

#include <algorithm>
#include <cctype>

#include "common/text_normalize.hh"
#include "common/transliteration.hh"
#include "common/words.hh"

namespace news {

std::string_view to_string(EntityKind kind) {
  switch (kind) {
  case EntityKind::Person:
    return "person";
  case EntityKind::Org:
    return "org";
  case EntityKind::Place:
    break;
  }
  return "place";
}

std::vector<std::string>& Entities::of(EntityKind kind) {
  switch (kind) {
  case EntityKind::Person:
    return person;
  case EntityKind::Org:
    return org;
  case EntityKind::Place:
    break;
  }
  return place;
}

const std::vector<std::string>& Entities::of(EntityKind kind) const {
  return const_cast<Entities*>(this)->of(kind);
}

void Entities::add(EntityKind kind, const std::string& name, std::string_view mention) {
  if (name.empty()) return;
  std::vector<std::string>& names = of(kind);
  if (std::find(names.begin(), names.end(), name) == names.end()) {
    if (names.size() >= kMaxNames) return;
    names.push_back(name);
  }
  if (mention.empty() || mention == name) return;
  std::vector<std::string>& forms = mentions[static_cast<std::size_t>(kind)][name];
  if (std::find(forms.begin(), forms.end(), mention) == forms.end()) forms.emplace_back(mention);
}

std::string entity_key(std::string_view name) {
  // Japanese writes a foreign name's parts apart with a katakana middle dot
  // (ウラジーミル・プーチン).
  constexpr std::string_view kMiddleDot = "・";
  std::string spaced;
  for (std::size_t at = 0; at < name.size();) {
    const std::size_t dot = std::min(name.find(kMiddleDot, at), name.size());
    spaced.append(name.substr(at, dot - at));
    if (dot < name.size()) spaced.push_back(' ');
    at = dot + kMiddleDot.size();
  }
  std::string key = fold_for_search(latin_transliteration(spaced)); // `Путин` -> `putin`
  for (char& c : key)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return key;
}

std::vector<std::string> entity_key_words(std::string_view key) {
  std::vector<std::string> words;
  for (const WordSpan& span : split_words(key, WordRule::Bytes))
    words.emplace_back(key.substr(span.offset, span.length));
  return words;
}

} // namespace news
