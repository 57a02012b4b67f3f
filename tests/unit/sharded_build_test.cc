// The parallel build of a new database (indexer/sharded_build): where its
// articles go, which decides the merged database's docids.
#include <doctest/doctest.h>

#include <fmt/format.h>
#include <xapian.h>

#include "common/schema.hh"
#include "indexer/shard_layout.hh"
#include "indexer/sharded_build.hh"
#include "tests/unit/temp_dir.hh"

using namespace news;

TEST_CASE("bug: a parallel build shared articles out by std::hash, which no standard fixes") {
  // Compaction puts the first shard's articles first, then the second's...:
  // with the shards chosen by shard_of (XXH3), the docids of a build are the
  // same with every standard library, on every machine with as many --jobs.
  const test::TempDir dir;
  const std::filesystem::path database = dir.path / "db";
  constexpr unsigned kShards = 3;
  {
    IndexWriter target(database, 0, "test");
    ShardedBuild build(database, kShards, 100);
    for (int i = 0; i < 40; ++i) {
      Article a;
      a.id = fmt::format("article-{}", i);
      a.title = fmt::format("Report number {}", i);
      a.body = fmt::format("The {}th report of the wire, about harbour {}.", i, i * 7);
      build.add(std::move(a));
    }
    CHECK(build.finish(target, StepProgress{}).added == 40);
  }
  const Xapian::Database db(database.string());
  REQUIRE(db.get_doccount() == 40);
  std::size_t last_shard = 0;
  for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
    Xapian::TermIterator term = db.termlist_begin(*it);
    term.skip_to(std::string(prefix_of(Field::Id)));
    REQUIRE(term != db.termlist_end(*it));
    const std::string id = (*term).substr(prefix_of(Field::Id).size());
    CAPTURE(id);
    const std::size_t shard = shard_of(id, kShards);
    CHECK(shard >= last_shard);
    last_shard = shard;
  }
  CHECK(last_shard == kShards - 1);
}
