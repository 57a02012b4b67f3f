#include "searcher/match_tally.hh"

#include <algorithm>

#include <doctest/doctest.h>
#include <xapian.h>

#include "common/date.hh"
#include "common/index_codecs.hh"
#include "common/schema.hh"

using namespace news;

namespace {

Xapian::Document document(const std::vector<std::string>& people, const char* date = nullptr,
                          const std::string& story = "") {
  Xapian::Document doc;
  doc.add_boolean_term("Kall");
  if (!people.empty()) doc.add_value(slot_of(Field::Person), encode_entity_list(people));
  if (date != nullptr) doc.add_value(slot_of(Field::Date), encode_date_value(*parse_date(date)));
  if (!story.empty()) doc.add_value(slot_of(Field::Story), story);
  return doc;
}

const EntityTally* find(const std::vector<EntityTally>& all, const std::string& key) {
  const auto it = std::find_if(all.begin(), all.end(),
                               [&](const EntityTally& tally) { return tally.key == key; });
  return it == all.end() ? nullptr : &*it;
}

Tallies tally_all(Xapian::WritableDatabase& db, TallyRequest request) {
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query("Kall"));
  request.expected_matches = db.get_doccount();
  const std::unique_ptr<MatchTally> tally = make_document_tally(request);
  tally->attach(enquire);
  enquire.get_mset(0, 0, db.get_doccount());
  return tally->results();
}

} // namespace

TEST_SUITE("match tally") {
  TEST_CASE("entities count by key, once an article, shown by their most used name") {
    EntityCounts counts;
    counts.add(document({"Zürich", "Xi Jinping"}));
    counts.add(document({"Zurich"}));
    counts.add(document({"Zürich"}));
    counts.add(document({"Zürich", "ZURICH"})); // one article, one key: counted once
    const std::vector<EntityTally> people = counts.of(EntityKind::Person);
    REQUIRE(people.size() == 2);
    const EntityTally* zurich = find(people, "zurich");
    REQUIRE(zurich != nullptr);
    CHECK(zurich->count == 4);
    CHECK(zurich->name == "Zürich");
    CHECK(find(people, "xi jinping")->count == 1);
    CHECK(counts.of(EntityKind::Place).empty());
  }

  TEST_CASE("one pass: dates, entities and stories counted together") {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    db.add_document(document({"Vladimir Putin", "Xi Jinping"}, "2024-01-03", "s1"));
    db.add_document(document({"Vladimir Putin"}, "2024-01-04", "s1")); // a copy of s1
    db.add_document(document({"Xi Jinping"}, "2024-03-01"));
    db.add_document(document({}, nullptr));
    TallyRequest request;
    request.histogram = Period::Month;
    request.entities = true;
    SUBCASE("by story") {
      const Tallies tallies = tally_all(db, request);
      CHECK(tallies.counted == 3);
      CHECK(tallies.entities_counted == 3);
      CHECK_FALSE(tallies.sampled);
      const auto people = tallies.entities.of(EntityKind::Person);
      CHECK(find(people, "vladimir putin")->count == 1);
      CHECK(find(people, "xi jinping")->count == 2);
      const auto buckets = tallies.dates.buckets();
      REQUIRE(buckets.size() == 3);
      CHECK(buckets[0].count == 1);
      CHECK(buckets[2].count == 1);
      CHECK(tallies.dates.undated() == 1);
    }
    SUBCASE("every version") {
      request.per_story = false;
      const Tallies tallies = tally_all(db, request);
      CHECK(tallies.counted == 4);
      CHECK(find(tallies.entities.of(EntityKind::Person), "vladimir putin")->count == 2);
      CHECK(tallies.dates.buckets()[0].count == 2);
    }
  }

  TEST_CASE("a sample of the entities: its size stated, the same each run, the dates all") {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    for (int i = 0; i < 2000; ++i)
      db.add_document(document({"Xi Jinping"}, "2024-01-03"));
    TallyRequest request;
    request.histogram = Period::Year;
    request.entities = true;
    request.entity_sample = 500;
    const Tallies tallies = tally_all(db, request);
    CHECK(tallies.sampled);
    CHECK(tallies.counted == 2000);
    CHECK(tallies.dates.buckets()[0].count == 2000);
    // About a quarter, by a hash of the docids.
    CHECK(tallies.entities_counted > 400);
    CHECK(tallies.entities_counted < 600);
    CHECK(find(tallies.entities.of(EntityKind::Person), "xi jinping")->count ==
          tallies.entities_counted);
    CHECK(tally_all(db, request).entities_counted == tallies.entities_counted);
    request.entity_sample = 0;
    CHECK(tally_all(db, request).entities_counted == 2000);
  }
}
