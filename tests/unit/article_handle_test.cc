#include "searcher/article_handle.hh"

#include <algorithm>
#include <map>

#include <doctest/doctest.h>
#include <fmt/core.h>

#include "common/error.hh"
#include "common/index_codecs.hh"
#include "common/index_features.hh"
#include "common/schema.hh"
#include "searcher/article_lookup.hh"

using namespace news;

namespace {

// Whether index_of makes an index with handle terms, or one made before them.
bool with_handle_terms = true;

// Runs the test case for both kinds of index: the handles must be the same.
void either_index() {
  SUBCASE("an index with a handle term an article") { with_handle_terms = true; }
  SUBCASE("an index made before handle terms: every id read") { with_handle_terms = false; }
}

// An in-memory index of articles with these ids (the id term alone, and
// the handle term and the features' record, or not).
Xapian::WritableDatabase index_of(const std::vector<std::string>& ids) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  for (const std::string& id : ids) {
    Xapian::Document document;
    const std::string term = boolean_term(Field::Id, id);
    document.add_boolean_term(term);
    if (with_handle_terms)
      document.add_boolean_term(boolean_term(Field::Handle, handle_hash(term)));
    db.add_document(document);
  }
  if (with_handle_terms) record_features(db);
  return db;
}

std::string hash_of_id(const std::string& id) { return id_term_hash(boolean_term(Field::Id, id)); }

// Two ids whose hashes share their first 7 digits at least, found among
// generated ids (the birthday bound: some 60,000 ids give one such pair).
std::pair<std::string, std::string> ids_sharing_seven_digits() {
  std::map<std::string, std::string> seen; // first 7 digits -> id
  for (int i = 0;; ++i) {
    const std::string id = fmt::format("article-{}", i);
    const auto [it, added] = seen.emplace(hash_of_id(id).substr(0, 7), id);
    if (!added) return {it->second, id};
  }
}

} // namespace

TEST_SUITE("article handles") {
  TEST_CASE("a hash is 16 lowercase hex digits of the id term, the same each time") {
    const std::string hash = hash_of_id("wire-1");
    CHECK(hash.size() == 16);
    CHECK(hash.find_first_not_of("0123456789abcdef") == std::string::npos);
    CHECK(hash == hash_of_id("wire-1"));
    CHECK(hash != hash_of_id("wire-2"));
  }

  TEST_CASE("a handle is 4 to 16 hex digits") {
    CHECK(looks_like_handle("0c4c"));
    CHECK(looks_like_handle("0C4C645"));
    CHECK(looks_like_handle("0123456789abcdef"));
    CHECK_FALSE(looks_like_handle("0c4"));
    CHECK_FALSE(looks_like_handle("0123456789abcdef0"));
    CHECK_FALSE(looks_like_handle("wire-1"));
    CHECK_FALSE(looks_like_handle(""));
  }

  TEST_CASE("handles are the first 7 digits when no other article shares them") {
    either_index();
    const std::vector<std::string> ids = {"wire-1", "wire-2", "wire-3"};
    const Xapian::WritableDatabase db = index_of(ids);
    const std::vector<std::string> handles = short_handles(db, {"wire-3", "wire-1"});
    REQUIRE(handles.size() == 2);
    CHECK(handles[0] == hash_of_id("wire-3").substr(0, 7));
    CHECK(handles[1] == hash_of_id("wire-1").substr(0, 7));
    CHECK(short_handles(db, {}).empty());
    CHECK(short_handles(db, {"wire-1", "wire-1"}) ==
          std::vector<std::string>(2, handles[1])); // the same article twice
  }

  TEST_CASE("a handle grows past the digits another article shares, asked for or not") {
    either_index();
    const auto [a, b] = ids_sharing_seven_digits();
    CAPTURE(a);
    CAPTURE(b);
    const std::string hash_a = hash_of_id(a), hash_b = hash_of_id(b);
    std::size_t shared = 0;
    while (hash_a[shared] == hash_b[shared])
      ++shared;
    REQUIRE(shared >= 7);
    const Xapian::WritableDatabase db = index_of({"other", a, b});
    // b in the index only, a asked for; then both asked for.
    CHECK(short_handles(db, {a}) == std::vector<std::string>{hash_a.substr(0, shared + 1)});
    CHECK(short_handles(db, {b, a}) ==
          std::vector<std::string>{hash_b.substr(0, shared + 1), hash_a.substr(0, shared + 1)});
    // Without b, a is back to 7 digits.
    CHECK(short_handles(index_of({"other", a}), {a}) ==
          std::vector<std::string>{hash_a.substr(0, 7)});

    // The shared start names both; a longer one, one.
    CHECK(id_terms_with_handle(db, hash_a.substr(0, 7), 10).size() == 2);
    CHECK(id_terms_with_handle(db, hash_a.substr(0, shared + 1), 10) ==
          std::vector<std::string>{boolean_term(Field::Id, a)});
    CHECK(existing_id_term(db, hash_b.substr(0, shared + 1)) == boolean_term(Field::Id, b));
    CHECK_THROWS_AS(existing_id_term(db, hash_a.substr(0, 7)), Error);
    try {
      existing_id_term(db, hash_a.substr(0, 7));
    } catch (const Error& e) {
      CHECK(e.kind() == ErrorKind::NotFound);
      CHECK(std::string(e.what()).find("more than one article") != std::string::npos);
    }
  }

  TEST_CASE("existing_id_term: the id first, then its escaped form, then a handle") {
    either_index();
    const Xapian::WritableDatabase db = index_of({"wire-1", "abcdef12"});
    CHECK(existing_id_term(db, "wire-1") == boolean_term(Field::Id, "wire-1"));
    // An id that looks like a handle is the id.
    CHECK(existing_id_term(db, "abcdef12") == boolean_term(Field::Id, "abcdef12"));
    const std::string hash = hash_of_id("wire-1");
    CHECK(existing_id_term(db, hash.substr(0, 4)) == boolean_term(Field::Id, "wire-1"));
    std::string upper = hash.substr(0, 9);
    std::transform(upper.begin(), upper.end(), upper.begin(), ::toupper);
    CHECK(existing_id_term(db, upper) == boolean_term(Field::Id, "wire-1"));
    CHECK(existing_id_term(db, "nope").empty());
  }
}

TEST_CASE("an id in two shards built apart is one article to its handle, not a clash") {
  either_index();
  // Two indexes holding the same id, searched as one (several --db).
  Xapian::Database both;
  both.add_database(index_of({"wire-1", "wire-2"}));
  both.add_database(index_of({"wire-1"}));
  CHECK(short_handles(both, {"wire-1"}) ==
        std::vector<std::string>{hash_of_id("wire-1").substr(0, 7)});
  CHECK(id_terms_with_handle(both, hash_of_id("wire-1").substr(0, 7), 10) ==
        std::vector<std::string>{boolean_term(Field::Id, "wire-1")});
}
