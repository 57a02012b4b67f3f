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

namespace {

// Each id's story key.
std::map<std::string, std::string> keys_in(const Xapian::Database& db) {
  std::map<std::string, std::string> keys;
  for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
    const Xapian::Document doc = db.get_document(*it);
    keys[article_from_document(doc).id] = doc.get_value(slot_of(Field::Story));
  }
  return keys;
}

} // namespace

TEST_CASE("a story's key comes from its content, not from the article read first") {
  Xapian::TermGenerator generator;
  configure_indexing(generator);
  std::vector<Article> forward = articles();
  std::vector<Article> backward(forward.rbegin(), forward.rend());
  Xapian::WritableDatabase first(std::string(), Xapian::DB_BACKEND_INMEMORY);
  Xapian::WritableDatabase second(std::string(), Xapian::DB_BACKEND_INMEMORY);
  Xapian::WritableDatabase pairs_forward(std::string(), Xapian::DB_BACKEND_INMEMORY);
  Xapian::WritableDatabase pairs_backward(std::string(), Xapian::DB_BACKEND_INMEMORY);
  for (const Article& article : forward)
    first.add_document(to_document(article, generator));
  for (const Article& article : backward)
    second.add_document(to_document(article, generator));
  group_all_stories(first);
  group_all_stories(second);
  const auto keys = keys_in(first);
  CHECK(keys == keys_in(second));
  CHECK(keys.at("a1") == keys.at("a3"));
  CHECK(keys.at("a1") != keys.at("b1"));
  CHECK(keys.at("c1").empty());

  // One article at a time: a story of two gets the same key in either order.
  const auto add_in_order = [&](Xapian::WritableDatabase& db, std::vector<std::string> ids) {
    for (const std::string& id : ids)
      for (const Article& article : forward)
        if (article.id == id) {
          Xapian::Document document = to_document(article, generator);
          assign_story(db, document, std::nullopt);
          db.add_document(document);
        }
  };
  add_in_order(pairs_forward, {"b1", "b2"});
  add_in_order(pairs_backward, {"b2", "b1"});
  CHECK(keys_in(pairs_forward).at("b1") == keys.at("b1"));
  CHECK(keys_in(pairs_backward).at("b1") == keys.at("b1"));
}

TEST_CASE("regrouping leaves keys that are right alone, and drops the key of a lone article") {
  Xapian::TermGenerator generator;
  configure_indexing(generator);
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  for (const Article& article : articles())
    db.add_document(to_document(article, generator));
  CHECK(group_all_stories(db) == 5);
  CHECK(group_all_stories(db) == 0); // nothing to change
  db.delete_document(boolean_term(Field::Id, "b2"));
  CHECK(group_all_stories(db) == 1); // b1 is alone now
  CHECK(keys_in(db).at("b1").empty());
}

namespace {

// One change to an index whose keys are right, with what regroup_touched
// needs to know of it, then the stories it touched regrouped.
class TouchedIndex {
public:
  TouchedIndex() : db_(std::string(), Xapian::DB_BACKEND_INMEMORY) {
    configure_indexing(generator_);
    for (const Article& article : articles())
      db_.add_document(to_document(article, generator_));
    group_all_stories(db_);
  }
  Xapian::WritableDatabase& db() { return db_; }

  void put(const std::string& id, const std::string& body) {
    Article article;
    article.id = id;
    article.title = "Report " + id;
    article.body = body;
    const std::string term = boolean_term(Field::Id, id);
    for (auto it = db_.postlist_begin(term); it != db_.postlist_end(term); ++it)
      touched_.before_change(db_, *it);
    touched_.id_terms.insert(term);
    db_.replace_document(term, to_document(article, generator_));
  }
  void remove(const std::string& id) {
    const std::string term = boolean_term(Field::Id, id);
    for (auto it = db_.postlist_begin(term); it != db_.postlist_end(term); ++it)
      touched_.before_change(db_, *it);
    db_.delete_document(term);
  }
  unsigned regroup() {
    const unsigned changed =
        regroup_touched(db_, touched_, [&](Xapian::docid docid, const std::string& key) {
          set_story_key(db_, docid, key);
        });
    touched_ = TouchedStories();
    return changed;
  }

private:
  Xapian::TermGenerator generator_;
  Xapian::WritableDatabase db_;
  TouchedStories touched_;
};

unsigned changes_left(const Xapian::Database& db) {
  return regroup_stories(db, [](Xapian::docid, const std::string&) {});
}

} // namespace

TEST_CASE("regrouping the stories a run touched gives the keys of regrouping them all") {
  TouchedIndex index;
  REQUIRE(changes_left(index.db()) == 0);
  const std::string a = text_from(1), c = text_from(3), d = text_from(4);

  index.put("c2", c); // a new copy: c1 joins a story
  CHECK(index.regroup() == 2);
  CHECK(changes_left(index.db()) == 0);
  CHECK(keys_in(index.db()).at("c1") == keys_in(index.db()).at("c2"));

  index.put("b2", d); // a copy rewritten: b1 is alone, b2 joins d1
  CHECK(index.regroup() == 3);
  CHECK(changes_left(index.db()) == 0);
  CHECK(keys_in(index.db()).at("b1").empty());
  CHECK(keys_in(index.db()).at("b2") == keys_in(index.db()).at("d1"));

  index.remove("a1"); // a copy gone: the other two keep their story
  index.regroup();
  CHECK(changes_left(index.db()) == 0);
  CHECK(keys_in(index.db()).at("a2") == keys_in(index.db()).at("a3"));
  CHECK(!keys_in(index.db()).at("a2").empty());

  index.remove("c2"); // the story's last copy gone: c1 loses its key
  CHECK(index.regroup() == 1);
  CHECK(changes_left(index.db()) == 0);
  CHECK(keys_in(index.db()).at("c1").empty());

  index.put("a2", text_from(5)); // rewritten away from its story, and a3 left alone
  index.put("e1", a);            // while a new copy keeps it going
  index.regroup();
  CHECK(changes_left(index.db()) == 0);
  CHECK(keys_in(index.db()).at("a2").empty());
  CHECK(keys_in(index.db()).at("a3") == keys_in(index.db()).at("e1"));
}

TEST_CASE("regrouping the stories a run touched reads only around them") {
  TouchedIndex index;
  // Nothing touched: nothing read, nothing changed, even with wrong keys elsewhere.
  set_story_key(index.db(), *index.db().postlist_begin(boolean_term(Field::Id, "c1")), "wrong");
  CHECK(index.regroup() == 0);
  CHECK(keys_in(index.db()).at("c1") == "wrong");
}
