#include "common/entity_linking.hh"

#include <algorithm>
#include <array>
#include <string_view>
#include <unordered_map>

#include "common/legal_forms.hh"

namespace news {
namespace {

std::size_t index(EntityKind kind) { return static_cast<std::size_t>(kind); }

std::string last_word(const std::string& name) {
  const std::size_t space = name.rfind(' ');
  return space == std::string::npos ? std::string() : name.substr(space + 1);
}

std::string first_word(const std::string& name) {
  const std::size_t space = name.find(' ');
  return space == std::string::npos ? std::string() : name.substr(0, space);
}

// `Xi` after `Xi Jinping` (a Chinese name, surname first), `Jim` after `Jim
// Courier`: a bare person's name that opens one person's full name, and no
// other's, is that person.
void fold_first_words(Entities& entities) {
  std::unordered_map<std::string, int> openings;
  for (const std::string& person : entities.person)
    if (const std::string first = first_word(person); !first.empty()) ++openings[first];
  const std::vector<std::string> people = entities.person;
  for (const std::string& person : people) {
    const std::string first = first_word(person);
    if (!first.empty() && openings[first] == 1)
      fold_entity(entities, EntityKind::Person, first, EntityKind::Person, person);
  }
}

} // namespace

void fold_entity(Entities& entities, EntityKind from, const std::string& name, EntityKind to,
                 const std::string& to_name) {
  auto& names = entities.of(from);
  const auto it = std::find(names.begin(), names.end(), name);
  if (it == names.end() || (from == to && name == to_name)) return;
  names.erase(it);
  std::vector<std::string> forms{name};
  auto& from_mentions = entities.mentions[index(from)];
  if (auto m = from_mentions.find(name); m != from_mentions.end()) {
    forms.insert(forms.end(), m->second.begin(), m->second.end());
    from_mentions.erase(m);
  }
  auto& to_forms = entities.mentions[index(to)][to_name];
  for (const std::string& form : forms)
    if (form != to_name && std::find(to_forms.begin(), to_forms.end(), form) == to_forms.end())
      to_forms.push_back(form);
}

void merge_variants(Entities& entities) {
  // A bare surname: the person named in full, whatever it was taken for.
  const std::vector<std::string> people = entities.person;
  for (const std::string& person : people) {
    const std::string surname = last_word(person);
    if (surname.empty()) continue;
    for (EntityKind kind : kEntityKinds)
      fold_entity(entities, kind, surname, EntityKind::Person, person);
  }
  fold_first_words(entities);
  // A legal form (`Inc`, `AG`): the shorter name.
  const std::vector<std::string> orgs = entities.org;
  for (const std::string& org : orgs) {
    const std::string shorter(without_legal_form(org));
    if (shorter != org &&
        std::find(entities.org.begin(), entities.org.end(), shorter) != entities.org.end())
      fold_entity(entities, EntityKind::Org, org, EntityKind::Org, shorter);
  }
}

} // namespace news
