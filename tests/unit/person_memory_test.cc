// The person memory over a real (in-memory) Xapian database: articles made
// as the indexer makes them (to_document), the memory applied, its decisions
// read back from the terms, the person slot and the stored entities.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "common/article_document.hh"
#include "common/index_codecs.hh"
#include "common/name_candidates.hh"
#include "common/schema.hh"
#include "common/tokenizer.hh"
#include "indexer/person_memory.hh"

namespace {

using namespace news;

// An article of `body` whose extracted names are `people`; its candidates as the pipeline finds
// them.
Article article(const std::string& id, const std::string& body,
                const std::vector<std::string>& people) {
  Article a;
  a.id = id;
  a.title = "Report " + id;
  a.body = body;
  a.language = "en";
  for (const std::string& person : people)
    a.entities.add(EntityKind::Person, person);
  a.entities.candidates = name_candidates(a, a.entities);
  return a;
}

Xapian::docid add(Xapian::WritableDatabase& db, const Article& a) {
  Xapian::TermGenerator generator;
  configure_indexing(generator);
  return db.add_document(to_document(a, generator));
}

Xapian::doccount tf(const Xapian::Database& db, Field field, const std::string& value) {
  return db.get_termfreq(boolean_term(field, value));
}

std::vector<std::string> slot_people(const Xapian::Document& document) {
  std::vector<std::string> names;
  for_each_listed_entity(document.get_value(slot_of(Field::Person)),
                         [&](std::string_view name) { names.emplace_back(name); });
  return names;
}

// `cued` articles that name Nigel Lawson with a cue, then one that has `Lawson` alone.
Xapian::docid archive_with_lawson(Xapian::WritableDatabase& db, int cued) {
  for (int i = 0; i < cued; ++i)
    add(db, article("cued-" + std::to_string(i),
                    "Chancellor of the Exchequer Nigel Lawson said sterling was firm.",
                    {"Nigel Lawson"}));
  return add(db, article("alone", "The budget was drafted by Lawson over the winter.", {}));
}

} // namespace

TEST_SUITE("person memory") {
  TEST_CASE("a surname the archive knows as a person is one without a cue") {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    const Xapian::docid alone = archive_with_lawson(db, static_cast<int>(kLeastPersons));
    REQUIRE(tf(db, Field::NameCandidate, "lawson") == 1);
    CHECK(tf(db, Field::Person, "lawson") == kLeastPersons);
    CHECK(remembered_as_person(db, "lawson"));
    CHECK(remembered_name(db, "lawson") == "Nigel Lawson");
    const std::string hash_before = db.get_document(alone).get_value(slot_of(Field::ContentHash));

    const PersonMemoryChanges changes = apply_person_memory(db);
    CHECK(changes.added == 1);
    CHECK(changes.removed == 0);
    const Xapian::Document document = db.get_document(alone);
    CHECK(slot_people(document) == std::vector<std::string>{"Nigel Lawson"});
    CHECK(article_from_document(document).entities.person ==
          std::vector<std::string>{"Nigel Lawson"});
    CHECK(tf(db, Field::Person, "lawson") == kLeastPersons + 1);
    CHECK(tf(db, Field::PersonName, "nigel lawson") == kLeastPersons + 1);
    CHECK(tf(db, Field::RememberedPerson, "lawson") == 1);
    // The same article: its content hash is unchanged, so a sync does not rewrite it.
    CHECK(document.get_value(slot_of(Field::ContentHash)) == hash_before);
    // Applied again: nothing more to do.
    CHECK(apply_person_memory(db).added == 0);
  }

  TEST_CASE("below the threshold a word alone stays what the extractor said") {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    const Xapian::docid alone = archive_with_lawson(db, static_cast<int>(kLeastPersons) - 1);
    CHECK_FALSE(remembered_as_person(db, "lawson"));
    CHECK(apply_person_memory(db).added == 0);
    CHECK(slot_people(db.get_document(alone)).empty());
  }

  TEST_CASE("crossing the threshold later: the older article becomes a person at the next pass") {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    const Xapian::docid alone = archive_with_lawson(db, static_cast<int>(kLeastPersons) - 1);
    CHECK(apply_person_memory(db).added == 0);
    add(db, article("late", "Chancellor Nigel Lawson told parliament.", {"Nigel Lawson"}));
    CHECK(apply_person_memory(db).added == 1);
    CHECK(slot_people(db.get_document(alone)) == std::vector<std::string>{"Nigel Lawson"});
  }

  TEST_CASE("articles removed below the threshold: the remembered person is taken back") {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    const Xapian::docid alone = archive_with_lawson(db, static_cast<int>(kLeastPersons));
    REQUIRE(apply_person_memory(db).added == 1);
    db.delete_document(1); // one cued article fewer: the memory's own does not count
    const PersonMemoryChanges changes = apply_person_memory(db);
    CHECK(changes.removed == 1);
    const Xapian::Document document = db.get_document(alone);
    CHECK(slot_people(document).empty());
    CHECK(article_from_document(document).entities.person.empty());
    CHECK(tf(db, Field::Person, "lawson") == kLeastPersons - 1);
    CHECK(tf(db, Field::PersonName, "nigel lawson") == kLeastPersons - 1);
    CHECK(tf(db, Field::RememberedPerson, "lawson") == 0);
    CHECK(tf(db, Field::NameCandidate, "lawson") == 1); // still a candidate, for later
  }

  TEST_CASE("a word more often something else is not remembered as a person") {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    archive_with_lawson(db, static_cast<int>(kLeastPersons));
    // `lawson` in many more articles than as a person: a common word, or another's name.
    for (int i = 0; i < 20; ++i)
      add(db, article("plain-" + std::to_string(i), "The lawson rule applies here.", {}));
    CHECK_FALSE(remembered_as_person(db, "lawson"));
    CHECK(apply_person_memory(db).added == 0);
  }

  TEST_CASE("two full names with the surname, neither dominant: the surname alone") {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    for (int i = 0; i < 3; ++i) {
      add(db,
          article("james-" + std::to_string(i), "Secretary James Baker spoke.", {"James Baker"}));
      add(db, article("howard-" + std::to_string(i), "Aide Howard Baker spoke.", {"Howard Baker"}));
    }
    CHECK(remembered_as_person(db, "baker"));
    CHECK(remembered_name(db, "baker") == "Baker");
  }

  TEST_CASE("bug: shards read as one get the decisions of one database, each shard its own") {
    // The same articles in one database and in three (Xapian's interleaving of docids).
    Xapian::WritableDatabase one(std::string(), Xapian::DB_BACKEND_INMEMORY);
    std::vector<Xapian::WritableDatabase> shards;
    for (int i = 0; i < 3; ++i)
      shards.emplace_back(std::string(), Xapian::DB_BACKEND_INMEMORY);
    std::vector<Article> articles;
    for (int i = 0; i < static_cast<int>(kLeastPersons); ++i)
      articles.push_back(article("cued-" + std::to_string(i),
                                 "Chancellor of the Exchequer Nigel Lawson said sterling was firm.",
                                 {"Nigel Lawson"}));
    articles.push_back(article("alone-0", "The budget was drafted by Lawson over the winter.", {}));
    articles.push_back(article("alone-1", "Lawson drafted the budget over the winter.", {}));
    Xapian::Database whole;
    for (std::size_t i = 0; i < articles.size(); ++i) {
      add(one, articles[i]);
      add(shards[i % 3], articles[i]);
    }
    for (Xapian::WritableDatabase& shard : shards)
      whole.add_database(shard);
    // No shard has kLeastPersons cued articles of its own.
    for (Xapian::WritableDatabase& shard : shards)
      CHECK_FALSE(remembered_as_person(shard, "lawson"));
    const PersonMemoryPlan plan = plan_person_memory(whole);
    REQUIRE(plan.words.size() == 1);
    CHECK(plan.words[0].name == "Nigel Lawson");
    CHECK(plan.words[0].docids.size() == 2);
    for (const PersonMemoryPlan::Word& word : plan.words)
      for (Xapian::docid docid : word.docids)
        change_person(shards[(docid - 1) % 3], (docid - 1) / 3 + 1, word);
    CHECK(apply_person_memory(one).added == 2);
    for (const char* name : {"nigel lawson"})
      CHECK(tf(whole, Field::PersonName, name) == tf(one, Field::PersonName, name));
    CHECK(tf(whole, Field::RememberedPerson, "lawson") == 2);
    CHECK(tf(one, Field::RememberedPerson, "lawson") == 2);
    CHECK(plan_person_memory(whole).words.empty()); // in step now
  }
}
