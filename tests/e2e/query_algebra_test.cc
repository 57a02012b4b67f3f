// The query algebra: filters of different kinds AND. For random (fixed seed)
// combinations of words, phrases, entity filters (person:, org:, place:),
// date ranges (date:A..B) and source filters, over the sample corpus and a
// generated corpus, the hits of the combined query are exactly the
// intersection of the hits of each part on its own.
#include <algorithm>
#include <cstdint>
#include <iterator>
#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

#include <doctest/doctest.h>
#include <fmt/core.h>
#include <xapian.h>

#include "common/schema.hh"
#include "common/tokenizer.hh"
#include "tests/e2e/cli_runner.hh"

using namespace news::test;

namespace {

using Ids = std::set<std::string>;

// Fixed seed, and plain modulo rather than a std distribution: the same
// combinations on every standard library.
class Draw {
public:
  explicit Draw(std::uint32_t seed) : engine_(seed) {}
  std::size_t below(std::size_t n) { return engine_() % n; }
  template <typename T> const T& pick(const std::vector<T>& from) {
    return from[below(from.size())];
  }

private:
  std::mt19937 engine_;
};

bool plain_word(const std::string& word) {
  return word.size() >= 3 && !news::is_stopword(word) &&
         std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}
// Stopwords are left out: the parser drops them next to other words, not alone.

// The words a plain query searches (the spelling data: words as written, not
// stemmed) found in at least two articles.
std::vector<std::string> query_words(const Xapian::Database& db) {
  std::vector<std::string> words;
  for (auto it = db.spellings_begin(); it != db.spellings_end(); ++it)
    if (it.get_termfreq() >= 2 && plain_word(*it)) words.push_back(*it);
  return words;
}

// The words of the boolean terms under `prefix` (entity words), without it.
std::vector<std::string> words_under(const Xapian::Database& db, const std::string& prefix) {
  std::vector<std::string> words;
  for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it)
    if (plain_word((*it).substr(prefix.size()))) words.push_back((*it).substr(prefix.size()));
  return words;
}

// The words of the sources' names (the source slot holds the exact name).
std::vector<std::string> source_words(const Xapian::Database& db) {
  std::set<std::string> words;
  const Xapian::valueno slot = news::slot_of(news::Field::Source);
  for (auto it = db.valuestream_begin(slot); it != db.valuestream_end(slot); ++it) {
    std::string name = *it;
    for (char& c : name)
      c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    std::size_t start = 0;
    while (start < name.size()) {
      std::size_t end = name.find(' ', start);
      if (end == std::string::npos) end = name.size();
      if (plain_word(name.substr(start, end - start)))
        words.insert(name.substr(start, end - start));
      start = end + 1;
    }
  }
  return {words.begin(), words.end()};
}

// What one kind of filter can be, for one corpus.
struct Filters {
  std::vector<std::string> words, phrases, people, orgs, places, sources, months;
};

Filters filters_of(const Sandbox& s, std::vector<std::string> phrases,
                   std::vector<std::string> months) {
  const Xapian::Database db(s.db().string());
  Filters f;
  f.words = query_words(db);
  f.phrases = std::move(phrases);
  f.people = words_under(db, "XPERSON");
  f.orgs = words_under(db, "XORG");
  f.places = words_under(db, "XPLACE");
  f.sources = source_words(db);
  f.months = std::move(months);
  for (const auto* kind : {&f.words, &f.people, &f.orgs, &f.places, &f.sources})
    REQUIRE(kind->size() >= 2); // else the corpus does not exercise the filter
  return f;
}

enum class Kind { Word, Phrase, Entity, Date, Source };
constexpr std::size_t kKinds = 5;

std::string one_filter(Kind kind, const Filters& f, Draw& draw) {
  switch (kind) {
  case Kind::Word:
    return draw.pick(f.words);
  case Kind::Phrase:
    return '"' + draw.pick(f.phrases) + '"';
  case Kind::Entity:
    switch (draw.below(3)) {
    case 0:
      return "person:" + draw.pick(f.people);
    case 1:
      return "org:" + draw.pick(f.orgs);
    default:
      return "place:" + draw.pick(f.places);
    }
  case Kind::Date: {
    std::string from = draw.pick(f.months), to = draw.pick(f.months);
    if (to < from) std::swap(from, to);
    return "date:" + from + ".." + to;
  }
  case Kind::Source:
    return "source:" + draw.pick(f.sources);
  }
  return {};
}

// Every version of every hit, as a set.
class Searcher {
public:
  explicit Searcher(const Sandbox& s) : sandbox_(s) {}

  const Ids& hits(const std::string& query) {
    auto known = cache_.find(query);
    if (known != cache_.end()) return known->second;
    const RunResult run =
        sandbox_.search({"--format", "ids", "--limit", "0", "--all-versions", query});
    CAPTURE(query);
    CAPTURE(run.err);
    REQUIRE(run.status <= 1); // 1: no hit
    const std::vector<std::string> lines = lines_of(run.out);
    return cache_[query] = Ids(lines.begin(), lines.end());
  }

private:
  const Sandbox& sandbox_;
  std::map<std::string, Ids> cache_;
};

// Runs `rounds` random combinations of 2 to 4 filters of different kinds;
// returns how many had a non-empty intersection (the test is not vacuous).
unsigned check_combinations(const Sandbox& s, const Filters& f, std::uint32_t seed,
                            unsigned rounds) {
  Draw draw(seed);
  Searcher searcher(s);
  unsigned ran = 0, not_empty = 0;
  for (unsigned round = 0; round < rounds; ++round) {
    std::vector<Kind> kinds;
    for (std::size_t k = 0; k < kKinds; ++k)
      kinds.push_back(static_cast<Kind>(k));
    std::shuffle(kinds.begin(), kinds.end(), std::mt19937(seed + round));
    kinds.resize(2 + draw.below(3));
    std::vector<std::string> parts;
    for (Kind kind : kinds)
      parts.push_back(one_filter(kind, f, draw));
    std::string combined;
    Ids expected;
    for (std::size_t i = 0; i < parts.size(); ++i) {
      combined += (i ? " " : "") + parts[i];
      const Ids& single = searcher.hits(parts[i]);
      if (i == 0) {
        expected = single;
        continue;
      }
      Ids both;
      std::set_intersection(expected.begin(), expected.end(), single.begin(), single.end(),
                            std::inserter(both, both.end()));
      expected = std::move(both);
    }
    const Ids& got = searcher.hits(combined);
    CAPTURE(combined);
    CHECK(got.size() == expected.size());
    CHECK(got == expected);
    ++ran;
    if (!expected.empty()) ++not_empty;
  }
  CHECK(ran == rounds);
  return not_empty;
}

// A few hundred articles with known words, people, organisations, places,
// dates (2020-2023) and sources, as JSON Lines.
void write_generated_corpus(const Sandbox& s) {
  static const std::vector<std::string> kWords = {"harbour",  "grain",   "copper",  "election",
                                                  "storm",    "bridge",  "tariff",  "orchard",
                                                  "pipeline", "vaccine", "railway", "drought"};
  static const std::vector<std::string> kPeople = {
      "President Angela Merkel said", "Prime Minister Justin Trudeau said",
      "Senator Elizabeth Warren said", "President Emmanuel Macron said",
      "Chancellor Olaf Scholz said"};
  static const std::vector<std::string> kOrgs = {"NATO", "OPEC", "the United Nations",
                                                 "the World Bank", "UNESCO"};
  static const std::vector<std::string> kPlaces = {"Paris", "Kenya", "Brazil", "Tokyo", "Canada"};
  static const std::vector<std::string> kSources = {"Reuters", "Harbour Gazette", "Daily Ledger",
                                                    "Wire Service"};
  Draw draw(20240528);
  for (int file = 0; file < 3; ++file) {
    std::string lines;
    for (int r = 0; r < 100; ++r) {
      std::string body;
      for (int w = 0; w < 10; ++w)
        body += draw.pick(kWords) + " ";
      body += fmt::format("{} on {} that {} met in {}.", draw.pick(kPeople), draw.pick(kWords),
                          draw.pick(kOrgs), draw.pick(kPlaces));
      const int day = static_cast<int>(draw.below(1400));
      const int year = 2020 + day / 350, month = 1 + (day % 350) / 30, mday = 1 + day % 28;
      lines +=
          fmt::format(R"({{"id": "gen-{}-{}", "title": "Report {} on {}", "body": "{}", )"
                      R"("date": "{}-{:02}-{:02}", "source": "{}"}})"
                      "\n",
                      file, r, r, draw.pick(kWords), body, year, month, mday, draw.pick(kSources));
    }
    s.write(fmt::format("gen/part-{}.jsonl", file), lines);
  }
}

std::vector<std::string> months_between(int first_year, int last_year) {
  std::vector<std::string> months;
  for (int year = first_year; year <= last_year; ++year)
    for (int month = 1; month <= 12; month += 2)
      months.push_back(fmt::format("{}-{:02}", year, month));
  return months;
}

} // namespace

TEST_SUITE("e2e: query algebra") {
  TEST_CASE("filters of different kinds AND, on the sample corpus") {
    const Sandbox& s = indexed_sample_corpus();
    std::vector<std::string> months = months_between(2024, 2024);
    for (const char* old : {"1987-01", "1987-03", "1987-06", "1987-12"})
      months.push_back(old); // the 1987 wire archive
    const Filters f = filters_of(s,
                                 {"visit china", "prime minister", "central bank", "vladimir putin",
                                  "per cent", "the united states"},
                                 months);
    CHECK(check_combinations(s, f, 11, 60) >= 3);
  }

  TEST_CASE("filters of different kinds AND, on a generated corpus") {
    Sandbox s;
    write_generated_corpus(s);
    REQUIRE(s.index({"add", (s.dir() / "gen").string()}).status == 0);
    REQUIRE(articles_in(s) == 300);
    const Filters f = filters_of(s,
                                 {"grain harbour", "copper tariff", "storm bridge", "angela merkel",
                                  "world bank", "met in paris"},
                                 months_between(2020, 2023));
    CHECK(check_combinations(s, f, 29, 40) >= 10);
  }
}
