#include "common/index_features.hh"

#include <string>

#include <doctest/doctest.h>
#include <xapian.h>

#include "common/database.hh"
#include "common/error.hh"
#include "common/schema.hh"
#include "tests/unit/broken_table.hh"
#include "tests/unit/temp_dir.hh"

using namespace news;
namespace fs = std::filesystem;

namespace {

const std::string kFeaturesKey(metadata_key(Metadata::Features));
const std::string kVersionKey(metadata_key(Metadata::SchemaVersion));

// An index with one article and the given metadata, made as an older
// program (or a newer one) would have made it.
fs::path index_with(const test::TempDir& dir, const std::string& version,
                    const std::string& features) {
  const fs::path path = dir.path / "db";
  Xapian::WritableDatabase db(path.string(), Xapian::DB_CREATE);
  Xapian::Document document;
  document.add_boolean_term("Qa");
  db.add_document(document);
  if (!version.empty()) db.set_metadata(kVersionKey, version);
  if (!features.empty()) db.set_metadata(kFeaturesKey, features);
  db.commit();
  return path;
}

// The message of the error opening the index for reading, and its hint.
std::pair<std::string, std::string> reading_error(const fs::path& path) {
  try {
    open_for_reading(path);
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::Database);
    return {e.what(), e.hint()};
  }
  return {};
}

std::string writing_error(const fs::path& path) {
  try {
    open_for_writing(path);
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::Database);
    return e.what();
  }
  return {};
}

std::string all_but(std::string_view left_out) {
  std::vector<RecordedFeature> features;
  for (const RecordedFeature& feature : recorded(kFeatures))
    if (feature.name != left_out) features.push_back(feature);
  return encode_features(features);
}

} // namespace

TEST_SUITE("index features") {
  TEST_CASE("the feature check finds each kind of broken table") {
    CHECK(features_problem(kFeatures) == "");
    const auto broken = [](auto change) {
      return test::problem_after(kFeatures, features_problem, change);
    };
    CHECK(broken([](auto& t) { t[1].name = ""; }) == "a feature has no name");
    CHECK(broken([](auto& t) { t[1].name = "date terms"; }) ==
          "a name has a character other than a-z, 0-9 and -");
    CHECK(broken([](auto& t) { t[1].needed_to_search = t[1].needed_to_index = false; }) ==
          "a feature is needed by nobody");
    CHECK(broken([](auto& t) { t[1].name = t[0].name; }) == "two features have the same name");
  }

  TEST_CASE("the recorded features read back, with who needs each") {
    const std::vector<RecordedFeature> features = {
        {"a", true, true}, {"b", false, true}, {"c", true, false}};
    CHECK(encode_features(features) == "a\tsearch,index\nb\tindex\nc\tsearch\n");
    CHECK(decode_features(encode_features(features)) == features);
    CHECK(decode_features(encode_features(recorded(kFeatures))) == recorded(kFeatures));
    // A line without who needs it is needed by all.
    CHECK(decode_features("x") == std::vector<RecordedFeature>{{"x", true, true}});
  }

  TEST_CASE("a new index records every feature and the schema version for older programs") {
    const test::TempDir dir;
    const fs::path path = dir.path / "db";
    {
      Xapian::WritableDatabase db = open_for_writing(path);
      db.commit();
    }
    const Xapian::Database db(path.string());
    CHECK(decode_features(db.get_metadata(kFeaturesKey)) == recorded(kFeatures));
    CHECK(db.get_metadata(kVersionKey) == "5");
    CHECK_NOTHROW(open_for_reading(path));
  }

  TEST_CASE("an index of schema version 3, English stems only, is told to rebuild") {
    const test::TempDir dir;
    const fs::path path = index_with(dir, "3", "");
    const auto [message, hint] = reading_error(path);
    CHECK(message == "the index at " + path.string() +
                         " (schema version 3) lacks features this program needs: language-stems, "
                         "unicode-words, greek-unaccented, exact-word-positions");
    CHECK(hint == "rebuild it: news-index --db " + path.string() +
                      " rebuild (reads its folders and files again)");
    // Writing needs the folder terms too, which version 3 has not either.
    CHECK(writing_error(path).ends_with(
        "lacks features this program needs: folder-terms, "
        "language-stems, unicode-words, person-memory, "
        "handle-terms, greek-unaccented, city-places, cjk-name-readings, "
        "exact-word-positions"));
    // Nothing was changed: the check only reads.
    const Xapian::Database db(path.string());
    CHECK(db.get_metadata(kFeaturesKey).empty());
    CHECK(db.get_metadata(kVersionKey) == "3");
  }

  TEST_CASE("an index of another schema version is told every feature it lacks") {
    const test::TempDir dir;
    const fs::path path = index_with(dir, "2", "");
    const auto [message, hint] = reading_error(path);
    CHECK(message == "the index at " + path.string() +
                         " (schema version 2) lacks features this program needs: "
                         "english-stems, date-value-and-terms, entities, story-keys, "
                         "messagepack-data, file-registry, language-stems, unicode-words, "
                         "greek-unaccented, exact-word-positions");
    CHECK(hint == "rebuild it: news-index --db " + path.string() +
                      " rebuild (reads its folders and files again)");
    // Writing needs the content hash too.
    CHECK(writing_error(path).ends_with(
        "messagepack-data, content-hash, file-registry, folder-terms, language-stems, "
        "unicode-words, person-memory, handle-terms, greek-unaccented, city-places, "
        "cjk-name-readings, exact-word-positions"));
  }

  TEST_CASE("an index without one feature is told that one") {
    const test::TempDir dir;
    const fs::path path = index_with(dir, "3", all_but("entities"));
    CHECK(reading_error(path).first ==
          "the index at " + path.string() + " lacks features this program needs: entities");
    CHECK(writing_error(path) ==
          "the index at " + path.string() + " lacks features this program needs: entities");
  }

  TEST_CASE("a feature only writing needs does not stop a search") {
    const test::TempDir dir;
    const fs::path path = index_with(dir, "3", all_but("content-hash"));
    CHECK(open_for_reading(path).get_doccount() == 1);
    CHECK(writing_error(path) ==
          "the index at " + path.string() + " lacks features this program needs: content-hash");
  }

  TEST_CASE("a feature of a newer news-index stops those who need it") {
    const test::TempDir dir;
    const fs::path path =
        index_with(dir, "3", all_but("") + "word-vectors\tsearch,index\nshards\tindex\n");
    const auto [message, hint] = reading_error(path);
    CHECK(message == "the index at " + path.string() +
                         " has features this program does not know: word-vectors "
                         "(a newer one made it)");
    CHECK(hint.starts_with("use the program that made it, or rebuild it: news-index --db "));
    CHECK(writing_error(path).find("does not know: word-vectors, shards ") != std::string::npos);

    const test::TempDir other;
    const fs::path readable = index_with(other, "3", all_but("") + "shards\tindex\n");
    CHECK(open_for_reading(readable).get_doccount() == 1);
  }

  TEST_CASE("articles without any record of the schema are not a news index") {
    const test::TempDir dir;
    const fs::path path = index_with(dir, "", "");
    CHECK(reading_error(path).first ==
          path.string() + " is a Xapian database, but not a news index (or a damaged one)");
  }
}
