#include "indexer/person_memory.hh"

#include <algorithm>
#include <map>
#include <set>
#include <vector>

#include "common/article_document.hh"
#include "common/ascii.hh"
#include "common/entity.hh"
#include "common/index_codecs.hh"
#include "common/schema.hh"
#include "common/stored_data.hh"

namespace news {
namespace {

// Articles read to find how a full name is mostly written.
constexpr Xapian::doccount kNameSample = 64;

Xapian::doccount termfreq(const Xapian::Database& db, Field field, const std::string& word) {
  return db.get_termfreq(boolean_term(field, word));
}

std::vector<std::string> listed(const std::string& value) {
  std::vector<std::string> names;
  for_each_listed_entity(value, [&](std::string_view name) { names.emplace_back(name); });
  return names;
}

bool has_word(const std::string& key, const std::string& word) {
  const std::vector<std::string> words = entity_key_words(key);
  return std::find(words.begin(), words.end(), word) != words.end();
}

// The documents of `term` that `without` has not, in docid order.
std::vector<Xapian::docid> postings_without(const Xapian::Database& db, const std::string& term,
                                            const std::string& without) {
  std::vector<Xapian::docid> out;
  Xapian::PostingIterator other = db.postlist_begin(without);
  for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it) {
    if (other != db.postlist_end(without)) other.skip_to(*it);
    if (other == db.postlist_end(without) || *other != *it) out.push_back(*it);
  }
  return out;
}

void remove_if_present(Xapian::Document& document, const std::string& term) {
  try {
    document.remove_term(term);
  } catch (const Xapian::InvalidArgumentError&) { // not in it (a name twice: `Lee Lee`)
  }
}

std::vector<Xapian::docid> postings(const Xapian::Database& db, const std::string& term) {
  return {db.postlist_begin(term), db.postlist_end(term)};
}

// The person names ending with each word (by the last word of their key):
// the most frequent (ties to the smaller key) and how often any is named.
struct FullName {
  std::string key;
  Xapian::doccount best = 0;
  Xapian::doccount all = 0;
};

std::map<std::string, FullName> full_names(const Xapian::Database& db,
                                           const std::set<std::string>& words) {
  std::map<std::string, FullName> names;
  const std::string prefix{prefix_of(Field::PersonName)};
  for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it) {
    const std::string key = (*it).substr(prefix.size());
    const std::vector<std::string> key_words = entity_key_words(key);
    if (key_words.empty() || !words.contains(key_words.back())) continue;
    FullName& name = names[key_words.back()];
    const Xapian::doccount count = it.get_termfreq();
    name.all += count;
    if (count > name.best || (count == name.best && key < name.key)) name = {key, count, name.all};
  }
  return names;
}

// How the articles naming `key` mostly write it (of the first kNameSample; ties to the smaller).
std::string display_of(const Xapian::Database& db, const std::string& key) {
  std::map<std::string, Xapian::doccount> written;
  const std::string term = boolean_term(Field::PersonName, key);
  Xapian::doccount read = 0;
  for (auto it = db.postlist_begin(term); it != db.postlist_end(term) && read < kNameSample;
       ++it, ++read)
    for (const std::string& name : listed(db.get_document(*it).get_value(slot_of(Field::Person))))
      if (entity_key(name) == key) ++written[name];
  const auto best =
      std::max_element(written.begin(), written.end(),
                       [](const auto& a, const auto& b) { return a.second < b.second; });
  return best == written.end() ? key : best->first;
}

std::string name_for(const Xapian::Database& db, const std::string& word,
                     const std::map<std::string, FullName>& names) {
  const auto found = names.find(word);
  if (found != names.end() && found->second.key != word &&
      4 * found->second.best >= 3 * found->second.all)
    return display_of(db, found->second.key);
  return ascii_capitalised(word);
}

} // namespace

void change_person(Xapian::WritableDatabase& db, Xapian::docid docid,
                   const PersonMemoryPlan::Word& planned) {
  const std::string& word = planned.word;
  const std::string& name = planned.name;
  const bool add = planned.add;
  Xapian::Document document = db.get_document(docid);
  const Xapian::valueno slot = slot_of(Field::Person);
  std::vector<std::string> names = listed(document.get_value(slot));
  Article article = article_from_document(document);
  std::vector<std::string>& stored = article.entities.person;
  const std::string marker = boolean_term(Field::RememberedPerson, word);
  if (add) {
    const std::string key = entity_key(name);
    if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
    if (std::find(stored.begin(), stored.end(), name) == stored.end()) stored.push_back(name);
    document.add_boolean_term(boolean_term(Field::PersonName, key));
    for (const std::string& one : entity_key_words(key))
      document.add_boolean_term(boolean_term(Field::Person, one));
    document.add_boolean_term(marker);
  } else {
    // The remembered one is the listed person with the word: the article named no other
    // (a word a name took is no candidate).
    const auto given = [&](const std::string& one) { return has_word(entity_key(one), word); };
    std::vector<std::string> gone;
    for (const std::string& one : names)
      if (given(one)) gone.push_back(one);
    std::erase_if(names, given);
    std::erase_if(stored, given);
    std::vector<std::string> kept_words;
    for (const std::string& one : names)
      for (std::string& w : entity_key_words(entity_key(one)))
        kept_words.push_back(std::move(w));
    for (const std::string& one : gone) {
      const std::string key = entity_key(one);
      if (std::none_of(names.begin(), names.end(),
                       [&](const std::string& n) { return entity_key(n) == key; }))
        remove_if_present(document, boolean_term(Field::PersonName, key));
      for (const std::string& w : entity_key_words(key))
        if (std::find(kept_words.begin(), kept_words.end(), w) == kept_words.end())
          remove_if_present(document, boolean_term(Field::Person, w));
    }
    remove_if_present(document, marker);
  }
  if (names.empty())
    document.remove_value(slot);
  else
    document.add_value(slot, encode_entity_list(names));
  // The stored entities follow; the content hash (its slot) stays: the article is the same.
  document.set_data(encode_stored_data(article).bytes);
  db.replace_document(docid, document);
}

bool remembered_as_person(const Xapian::Database& db, const std::string& word) {
  const Xapian::doccount persons = termfreq(db, Field::Person, word);
  const Xapian::doccount remembered = termfreq(db, Field::RememberedPerson, word);
  const Xapian::doccount cued = persons > remembered ? persons - remembered : 0;
  const Xapian::doccount anywhere = db.get_termfreq(word);
  const Xapian::doccount other = termfreq(db, Field::Org, word) + termfreq(db, Field::Place, word);
  return cued >= kLeastPersons && 2 * cued >= anywhere && cued >= 2 * other;
}

std::string remembered_name(const Xapian::Database& db, const std::string& word) {
  return name_for(db, word, full_names(db, {word}));
}

PersonMemoryPlan plan_person_memory(const Xapian::Database& db) {
  PersonMemoryPlan plan;
  const std::string candidates{prefix_of(Field::NameCandidate)};
  const std::string markers{prefix_of(Field::RememberedPerson)};
  std::set<std::string> to_add;
  std::vector<std::string> to_remove;
  // The person words' list walked beside the candidates': a word named as a
  // person fewer than kLeastPersons times cannot be remembered, and most
  // candidates (`Monday`, `Talks`) are such words, so they cost no lookup (over
  // remote shards, each lookup is a round trip to every server).
  const std::string persons{prefix_of(Field::Person)};
  Xapian::TermIterator person = db.allterms_begin(persons);
  const Xapian::TermIterator no_person = db.allterms_end(persons);
  for (auto it = db.allterms_begin(candidates); it != db.allterms_end(candidates); ++it) {
    const std::string word = (*it).substr(candidates.size());
    const std::string person_term = boolean_term(Field::Person, word);
    if (person != no_person) person.skip_to(person_term);
    if (person == no_person || *person != person_term || person.get_termfreq() < kLeastPersons)
      continue;
    if (termfreq(db, Field::RememberedPerson, word) < it.get_termfreq() &&
        remembered_as_person(db, word))
      to_add.insert(word);
  }
  for (auto it = db.allterms_begin(markers); it != db.allterms_end(markers); ++it) {
    const std::string word = (*it).substr(markers.size());
    if (!remembered_as_person(db, word)) to_remove.push_back(word);
  }
  const std::map<std::string, FullName> names =
      to_add.empty() ? std::map<std::string, FullName>{} : full_names(db, to_add);
  for (const std::string& word : to_add)
    plan.words.push_back({word, name_for(db, word, names), true,
                          postings_without(db, candidates + word, markers + word)});
  for (const std::string& word : to_remove)
    plan.words.push_back({word, "", false, postings(db, markers + word)});
  return plan;
}

PersonMemoryChanges apply_person_memory(Xapian::WritableDatabase& db) {
  PersonMemoryChanges changes;
  for (const PersonMemoryPlan::Word& word : plan_person_memory(db).words)
    for (Xapian::docid docid : word.docids) {
      change_person(db, docid, word);
      ++(word.add ? changes.added : changes.removed);
    }
  return changes;
}

} // namespace news
