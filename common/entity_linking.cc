#include "common/entity_linking.hh"

#include <algorithm>
#include <array>
#include <string_view>

namespace news {
namespace {

std::size_t index(EntityKind kind) { return static_cast<std::size_t>(kind); }

// `Texaco Inc` -> `Texaco`; "" when the name has no company ending.
std::string without_company_ending(const std::string& name) {
  static constexpr std::array<std::string_view, 16> kEndings = {
      " Inc", " Inc.", " Corp", " Corp.", " Co", " Co.", " Ltd",         " Ltd.",
      " Plc", " PLC",  " plc",  " AG",    " SA", " NV",  " Corporation", " Limited"};
  for (std::string_view ending : kEndings)
    if (name.size() > ending.size() && name.ends_with(ending))
      return name.substr(0, name.size() - ending.size());
  return {};
}

std::string last_word(const std::string& name) {
  const std::size_t space = name.rfind(' ');
  return space == std::string::npos ? std::string() : name.substr(space + 1);
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
  // A company ending: the shorter name.
  const std::vector<std::string> orgs = entities.org;
  for (const std::string& org : orgs) {
    const std::string shorter = without_company_ending(org);
    if (!shorter.empty() &&
        std::find(entities.org.begin(), entities.org.end(), shorter) != entities.org.end())
      fold_entity(entities, EntityKind::Org, org, EntityKind::Org, shorter);
  }
}

} // namespace news
