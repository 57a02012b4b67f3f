#include "common/entity_extractor.hh"

#include <algorithm>

#include "common/entity_names.hh"
#include "common/gazetteer.hh"
#include "common/name_tokens.hh"
#include "common/rule_classifier.hh"
#include "common/rule_spans.hh"
#include "common/sports_report.hh"

namespace news {
namespace {

bool all_words(const std::vector<NameToken>& tokens, std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i < end; ++i)
    if (!tokens[i].word) return false;
  return true;
}

bool confirm_title_name(const std::string& name, const Gazetteer& g, Entities& found) {
  if (auto place = g.place(name)) return found.add(EntityKind::Place, *place, name), true;
  if (auto org = g.organisation(name)) return found.add(EntityKind::Org, *org, name), true;
  for (const std::string& person : found.person)
    if (person == name || person.ends_with(" " + name)) return true;
  for (const std::string& org : found.org)
    if (org == name) return true;
  return false;
}

// Titles are often all capitals or title case: only names known from the
// body or the gazetteer count there.
void read_title(const std::string& title, const Gazetteer& g, Entities& found) {
  const std::vector<NameToken> tokens = name_tokens(title);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    for (std::size_t n = std::min<std::size_t>(4, tokens.size() - i); n >= 1; --n) {
      if (!all_words(tokens, i, i + n)) continue;
      const std::string name = words_in_case(span_text(tokens, i, i + n), g);
      if (confirm_title_name(name, g, found)) {
        i += n - 1;
        break;
      }
    }
  }
}

// A bare surname names the person already found with it; a full name
// replaces a bare surname found before it.
void link_surnames(Entities& found) {
  std::vector<std::string> people;
  for (const std::string& person : found.person) {
    const bool single = person.find(' ') == std::string::npos;
    bool covered = false;
    for (const std::string& other : found.person)
      if (single && other != person && other.ends_with(" " + person)) covered = true;
    if (!covered) people.push_back(person);
  }
  found.person = std::move(people);
}

} // namespace

Entities rule_entities(const Article& article) {
  const Gazetteer& g = Gazetteer::instance();
  Entities found;
  // A dateline (`MOSCOW, April 5`): its first part is a place.
  if (!article.dateline.empty()) add_dateline_place(article.dateline, g, found);
  RuleClassifier classifier(g, sports_report_title(article.title), found, article.language);
  const std::string_view body = article.body;
  for (std::size_t at = 0; at < body.size();) {
    const std::size_t end = name_piece_end(body, at);
    classifier.read(name_tokens(body.substr(at, end - at)));
    at = end;
  }
  read_title(article.title, g, found);
  link_surnames(found);
  return found;
}

} // namespace news
