// Where a sharded index's articles and files go (indexer/shard_layout), and
// the stub example the docs give reading as what it says.
#include <doctest/doctest.h>

#include <map>

#include <xapian.h>

#include "indexer/shard_layout.hh"

using namespace news;
namespace fs = std::filesystem;

TEST_CASE("an article's shard is a stable hash of its id") {
  // Pinned: an index written by one version is read and updated by the next,
  // so the function may never change (it is XXH3 of the id, modulo N).
  CHECK(shard_of("reuters-1987-0001", 4) == shard_of("reuters-1987-0001", 4));
  std::map<std::size_t, unsigned> counts;
  for (int i = 0; i < 4000; ++i)
    ++counts[shard_of("id-" + std::to_string(i), 4)];
  REQUIRE(counts.size() == 4);
  for (const auto& [shard, count] : counts) {
    CHECK(shard < 4);
    CHECK(count > 800); // evenly spread: 1000 each, give or take
    CHECK(count < 1200);
  }
  CHECK(shard_of("anything", 1) == 0);
}

TEST_CASE("the folder of shards and the registry sit beside the stub file") {
  CHECK(shards_folder("/srv/news/archive.stub") == fs::path("/srv/news/archive.shards"));
  CHECK(shards_folder("/srv/news/archive") == fs::path("/srv/news/archive.shards"));
  CHECK(registry_path("/srv/news/archive.stub") == fs::path("/srv/news/archive.shards/registry"));
}

TEST_CASE("a combined docid names the shard and the docid there as Xapian interleaves them") {
  std::vector<Xapian::WritableDatabase> shards;
  Xapian::Database whole;
  for (int i = 0; i < 3; ++i) {
    shards.emplace_back(std::string(), Xapian::DB_BACKEND_INMEMORY);
    for (int d = 0; d < 4 + i; ++d) {
      Xapian::Document document;
      document.set_data(std::to_string(i) + ":" + std::to_string(d + 1));
      shards.back().add_document(document);
    }
    whole.add_database(shards.back());
  }
  for (auto it = whole.postlist_begin(""); it != whole.postlist_end(""); ++it) {
    const ShardDocid at = shard_docid(*it, 3);
    CHECK(whole.get_document(*it).get_data() ==
          std::to_string(at.shard) + ":" + std::to_string(at.docid));
  }
}

TEST_CASE("the stub example of the docs reads as the shards it describes") {
  const std::vector<ShardSpec> shards =
      read_stub_file(fs::path(SCRIPTS_DIR) / ".." / "docs" / "stub-example.stub");
  REQUIRE(shards.size() == 4);
  CHECK(shards[0].kind == ShardSpec::Kind::Tcp);
  CHECK(shards[0].host == "10.0.0.11");
  CHECK(shards[0].port == 7000);
  CHECK(shards[2].port == 7002);
  CHECK(shards[3].kind == ShardSpec::Kind::Program);
  CHECK(shards[3].program == "ssh");
}
