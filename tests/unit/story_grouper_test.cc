// The two ways stories are grouped, one article at a time as it is added
// and all at once after a parallel build, must give the same groups.
#include <doctest/doctest.h>

#include <map>
#include <set>

#include "common/article_document.hh"
#include "common/schema.hh"
#include "common/tokenizer.hh"
#include "indexer/story_grouper.hh"

namespace {

using namespace news;

// 60 words drawn from a small vocabulary by a fixed pseudo-random sequence.
std::string text_from(unsigned seed) {
  static const char* const words[] = {
      "grain",  "exports", "rose",   "sharply", "after",  "harvest", "ended", "kansas",
      "prices", "slipped", "market", "traders", "said",   "wheat",   "corn",  "barley",
      "ships",  "port",    "strike", "union",   "talks",  "bank",    "rates", "dollar",
      "yen",    "tokyo",   "london", "oil",     "output", "quota",   "opec",  "ministers"};
  std::string text;
  for (int i = 0; i < 60; ++i) {
    seed = seed * 1103515245u + 12345u;
    text += std::string(words[(seed >> 16) % 32]) + " ";
  }
  return text;
}

// Four stories: the first republished twice word for word, the second once
// with one word changed, the other two alone.
std::vector<Article> articles() {
  std::vector<Article> out;
  const auto add = [&](const std::string& id, const std::string& body) {
    Article a;
    a.id = id;
    a.title = "Report " + id;
    a.body = body;
    out.push_back(a);
  };
  const std::string a = text_from(1), b = text_from(2), c = text_from(3), d = text_from(4);
  add("a1", a);
  add("b1", b);
  add("a2", a);
  add("c1", c);
  std::string b_edited = b;
  b_edited.replace(b_edited.rfind(' ', b_edited.size() - 2) + 1, std::string::npos, "harbour ");
  add("b2", b_edited);
  add("a3", a);
  add("d1", d);
  return out;
}

// Groups as sets of ids.
std::set<std::set<std::string>> groups_in(const Xapian::Database& db) {
  std::map<std::string, std::set<std::string>> by_key;
  for (Xapian::docid d = 1; d <= db.get_lastdocid(); ++d) {
    const Xapian::Document doc = db.get_document(d);
    const std::string key = doc.get_value(slot_of(Field::Story));
    if (!key.empty()) by_key[key].insert(article_from_document(doc).id);
  }
  std::set<std::set<std::string>> groups;
  for (auto& [key, ids] : by_key)
    groups.insert(ids);
  return groups;
}

} // namespace

TEST_CASE("grouping all stories at once finds the groups found one article at a time") {
  Xapian::TermGenerator generator;
  configure_indexing(generator);
  Xapian::WritableDatabase one_by_one(std::string(), Xapian::DB_BACKEND_INMEMORY);
  Xapian::WritableDatabase all_at_once(std::string(), Xapian::DB_BACKEND_INMEMORY);
  for (const Article& article : articles()) {
    Xapian::Document document = to_document(article, generator);
    assign_story(one_by_one, document, std::nullopt);
    one_by_one.add_document(document);
    all_at_once.add_document(to_document(article, generator));
  }
  CHECK(groups_in(all_at_once).empty());
  CHECK(group_all_stories(all_at_once) == 5);

  const std::set<std::set<std::string>> expected = {{"a1", "a2", "a3"}, {"b1", "b2"}};
  CHECK(groups_in(one_by_one) == expected);
  CHECK(groups_in(all_at_once) == expected);
}
