// Each codec of the index, from the index side (an article made into a
// document as the indexer makes it) to the query side (read back by what
// the searcher reads it with).
#include "common/index_codecs.hh"

#include <algorithm>
#include <vector>

#include <doctest/doctest.h>
#include <xapian.h>

#include "common/article_document.hh"
#include "common/near_duplicate.hh"
#include "common/stem_groups.hh"
#include "common/stored_data.hh"
#include "common/tokenizer.hh"
#include "searcher/date_filter.hh"
#include "searcher/date_terms.hh"
#include "searcher/facets.hh"
#include "searcher/histogram.hh"
#include "searcher/snippet.hh"

using namespace news;

namespace {

Article article() {
  Article a;
  a.id = "wire-1";
  a.title = "Visits to China";
  a.body = "The minister visited Beijing and Shanghai on Tuesday, meeting ministers of trade, "
           "finance and foreign affairs to talk about tariffs, ports, steel, grain, shipping "
           "lanes, and the currency, before flying home to Moscow late in the evening.";
  a.source = "Sample Wire";
  a.author = "Jane Doe";
  a.date = parse_date("2024-03-28T10:00:00Z");
  a.entities.add(EntityKind::Person, "Vladimir Putin");
  a.entities.add(EntityKind::Person, "Xi Jinping");
  a.entities.add(EntityKind::Place, "China");
  return a;
}

// The article as the indexer writes it, in a database of its own.
Xapian::WritableDatabase indexed(const Article& a) {
  Xapian::TermGenerator generator;
  configure_indexing(generator);
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  db.add_document(to_document(a, generator));
  return db;
}

Xapian::doccount matches(const Xapian::Database& db, const Xapian::Query& query) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  return enquire.get_mset(0, 10).size();
}

DateSpan span(const char* from, const char* to) { return {parse_date(from), parse_date(to)}; }

} // namespace

TEST_SUITE("index codecs") {
  TEST_CASE("the date value: written by the indexer, read by ranges, the histogram, stats") {
    const Xapian::WritableDatabase db = indexed(article());
    const Xapian::Document document = db.get_document(1);
    const std::string value = document.get_value(slot_of(Field::Date));
    CHECK(decode_date_value(value) == article().date);
    CHECK(decode_date_value(db.get_value_lower_bound(slot_of(Field::Date))) == article().date);
    CHECK_FALSE(decode_date_value("").has_value());
    CHECK(value < kAfterEveryDateValue);
    // A span of hours is a range on the value.
    CHECK(matches(db, date_span_query(span("2024-03-28T09:00:00Z", "2024-03-28T11:00:00Z"))) == 1);
    CHECK(matches(db, date_span_query(span("2024-03-28T11:00:00Z", "2024-03-28T12:00:00Z"))) == 0);
    DateCounts histogram(Period::Day);
    histogram.add(document.get_value(slot_of(Field::Date)));
    REQUIRE(histogram.buckets().size() == 1);
    CHECK(histogram.buckets()[0].label == "2024-03-28");
  }

  TEST_CASE("the year, month and day terms: written by the indexer, searched by date terms") {
    const Xapian::WritableDatabase db = indexed(article());
    CHECK(db.term_exists(year_term(2024)));
    CHECK(db.term_exists(month_term(2024, 3)));
    CHECK(db.term_exists(day_term(2024, 3, 28)));
    CHECK(day_term(2024, 3, 28) == "D20240328");
    for (const DateSpan& whole :
         {span("2024-01-01", "2024-12-31T23:59:59Z"), span("2024-03-01", "2024-03-31T23:59:59Z"),
          span("2024-03-28", "2024-03-28T23:59:59Z")}) {
      const std::optional<Xapian::Query> terms = date_terms_query(whole);
      REQUIRE(terms.has_value());
      CHECK(matches(db, *terms) == 1);
    }
    CHECK(matches(db, *date_terms_query(span("2024-03-27", "2024-03-27T23:59:59Z"))) == 0);
  }

  TEST_CASE("the entity names: written by the indexer, counted by the facets") {
    const Xapian::WritableDatabase db = indexed(article());
    EntityCounts entities;
    entities.add(db.get_document(1));
    const Facets top = top_facets(entities, {}, 10);
    const auto names = [&top](EntityKind kind) {
      std::vector<std::string> out;
      for (const FacetCount& count : top.entities[static_cast<std::size_t>(kind)])
        out.push_back(count.name);
      return out;
    };
    CHECK(names(EntityKind::Person) == std::vector<std::string>{"Vladimir Putin", "Xi Jinping"});
    CHECK(names(EntityKind::Org).empty());
    CHECK(names(EntityKind::Place) == std::vector<std::string>{"China"});
    std::vector<std::string> listed;
    for_each_listed_entity(encode_entity_list({"a", "b c", "d"}),
                           [&listed](std::string_view name) { listed.emplace_back(name); });
    CHECK(listed == std::vector<std::string>{"a", "b c", "d"});
  }

  TEST_CASE("words and stems: written by the indexer, parsed, highlighted and counted by the "
            "searcher") {
    const Xapian::WritableDatabase db = indexed(article());
    Xapian::QueryParser parser;
    configure_querying(parser);
    auto parse = [&](const std::string& text) {
      return with_stem_groups(parser.parse_query(text), kDefaultLanguage);
    };
    const Xapian::Query title = parse("title:visits");
    CHECK(matches(db, title) == 1);
    CHECK(query_stems(title) == std::vector<std::string>{"visit"});
    CHECK(matches(db, parse("visits")) == 1);
    CHECK(matches(db, parse("author:doe source:wire")) == 1);
    CHECK(matches(db, parse("\"sample wire\"")) == 0); // the source is not body text
    CHECK(matches(db, parse("source:\"sample wire\"")) == 1);
    // Every term taken apart: stems only where a word differs from its stem
    // (`Jane Doe` has none), exact forms of every field.
    std::vector<std::string> stem_fields, word_fields;
    auto add = [](std::vector<std::string>& fields, std::string_view field) {
      if (std::find(fields.begin(), fields.end(), field) == fields.end())
        fields.emplace_back(field);
    };
    for (auto it = db.allterms_begin(); it != db.allterms_end(); ++it) {
      const std::string term = *it; // the views below are into it
      if (const std::optional<StemTerm> stem = decode_stem_term(term)) {
        CHECK(stem_prefix(Field::Body) + std::string(stem->field_prefix) +
                  std::string(stem->stem) ==
              term);
        add(stem_fields, stem->field_prefix);
        CHECK_FALSE(decode_word_term(term).has_value());
      } else if (const std::optional<WordTerm> word = decode_word_term(term)) {
        CHECK(std::string(word->field_prefix) + std::string(word->word) == term);
        add(word_fields, word->field_prefix);
      }
    }
    std::sort(stem_fields.begin(), stem_fields.end());
    std::sort(word_fields.begin(), word_fields.end());
    CHECK(stem_fields == std::vector<std::string>{"", "G", "S"});
    CHECK(word_fields == std::vector<std::string>{"", "A", "G", "S"});
    CHECK(decode_word_term("visits")->field_prefix.empty());
    CHECK(decode_word_term("Svisits")->word == "visits");
    CHECK_FALSE(decode_word_term("Zvisit").has_value());
    CHECK_FALSE(decode_word_term("Qwire-1").has_value());
    CHECK_FALSE(decode_word_term("S").has_value());
    CHECK_FALSE(decode_stem_term("ZS").has_value());
  }

  TEST_CASE("64-bit hashes: written by the indexer, read by the story grouper") {
    const Xapian::WritableDatabase db = indexed(article());
    const std::string value = db.get_document(1).get_value(slot_of(Field::Simhash));
    CHECK(value.size() == 16);
    CHECK(decode_hash(value) == simhash(article().body));
    CHECK(db.get_document(1).get_value(slot_of(Field::ContentHash)) ==
          encode_stored_data(article()).content_hash);
    for (std::uint64_t hash :
         {std::uint64_t{0}, std::uint64_t{0x0123456789abcdef}, ~std::uint64_t{0}})
      CHECK(decode_hash(encode_hash(hash)) == hash);
    CHECK(encode_hash(0xabc) == "0000000000000abc");
    CHECK(hash_of("x") == encode_hash(*decode_hash(hash_of("x"))));
    CHECK_FALSE(decode_hash("abc").has_value());
    CHECK_FALSE(decode_hash("0123456789abcdeg").has_value());
    CHECK_FALSE(decode_hash("0123456789abcdef0").has_value());
  }

  TEST_CASE("folder terms: each folder of the path, its names from the last up") {
    CHECK(folder_key({"archive", "2024", "03"}) == "03/2024/archive/");
    CHECK(folder_keys("/archive/2024/03/a.txt") ==
          std::vector<std::string>{"archive/", "2024/archive/", "03/2024/archive/"});
    CHECK(folder_keys("//archive//a.txt") == std::vector<std::string>{"archive/"});
    CHECK(folder_keys("/a.txt").empty());
    // The key of a path's end starts the key of every folder so ending.
    CHECK(folder_key({"archive", "2024", "03"}).starts_with(folder_key({"2024", "03"})));
    CHECK_FALSE(folder_key({"archive", "2024", "030"}).starts_with(folder_key({"2024", "03"})));
    Article a = article();
    a.path = "/archive/2024/a.txt";
    const Xapian::WritableDatabase db = indexed(a);
    CHECK(db.term_exists(boolean_term(Field::Folder, "2024/archive/")));
    CHECK(db.term_exists(boolean_term(Field::Folder, "archive/")));
    CHECK(db.term_exists(boolean_term(Field::Path, "/archive/2024/a.txt")));
  }
}
