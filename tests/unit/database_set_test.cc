#include <functional>

#include <doctest/doctest.h>

#include "common/database_set.hh"
#include "common/error.hh"
#include "temp_dir.hh"

using news::ShardSpec;

namespace {

// Nothing listens on port 1 of loopback (a privileged port): refused at once.
constexpr const char* kNobody = "remote 127.0.0.1:1";

std::string error_of(const std::function<void()>& work) {
  try {
    work();
  } catch (const news::Error& e) {
    return e.what();
  }
  return {};
}

} // namespace

TEST_CASE("--db takes folders, stub files and remote specs, in order") {
  news::test::TempDir dir;
  dir.write("inner.stub", "auto shard2\nremote :xapian-progsrv /srv/s3\n");
  dir.write("outer.stub", "auto shard1\nauto inner.stub\n");
  const auto shards = news::resolve_shards(
      {(dir.path / "shard0").string(), (dir.path / "outer.stub").string(), "remote 10.1.2.3:3301"});
  REQUIRE(shards.size() == 5);
  CHECK(shards[0].path == dir.path / "shard0");
  CHECK(shards[1].path == dir.path / "shard1");
  CHECK(shards[2].path == dir.path / "shard2");
  CHECK(shards[3].kind == ShardSpec::Kind::Program);
  CHECK(shards[3].args == "/srv/s3");
  CHECK(shards[4].kind == ShardSpec::Kind::Tcp);
  CHECK(shards[4].describe() == "10.1.2.3:3301");
}

TEST_CASE("a remote spec is never looked for on disk, and a bad one is a usage error") {
  CHECK(news::resolve_shards({"remote nowhere.invalid:9"}).at(0).host == "nowhere.invalid");
  try {
    news::resolve_shards({"remote host:99999"});
    FAIL("no error");
  } catch (const news::Error& e) {
    CHECK(e.kind() == news::ErrorKind::Usage);
    CHECK(std::string(e.what()).find("99999") != std::string::npos);
  }
  CHECK_THROWS_AS(news::resolve_shards({""}), news::Error);
}

TEST_CASE("a stub file that lists itself is refused, not followed forever") {
  news::test::TempDir dir;
  dir.write("loop.stub", "auto loop.stub\n");
  CHECK(error_of([&] {
          news::resolve_shards({(dir.path / "loop.stub").string()});
        }).find("nested more than 8 deep") != std::string::npos);
}

TEST_CASE("a remote shard that does not answer: an error naming it, or left out") {
  news::test::TempDir dir;
  const auto shards = news::resolve_shards({kNobody});
  news::DatabaseSet strict(shards, news::ShardOptions{});
  const std::string error = error_of([&] { strict.open(); });
  CHECK(error.find("the shard 127.0.0.1:1 does not answer") != std::string::npos);
  // Left out with allow_partial; with no other shard, nothing to search.
  news::DatabaseSet partial(shards, news::ShardOptions{true});
  CHECK(error_of([&] { partial.open(); }).find("no shard answers") != std::string::npos);
  CHECK(partial.missing() == std::vector<std::string>{"127.0.0.1:1"});
}

TEST_CASE("a local shard that is missing is an error even with allow_partial") {
  news::test::TempDir dir;
  news::DatabaseSet set(news::resolve_shards({(dir.path / "none").string(), kNobody}),
                        news::ShardOptions{true});
  CHECK(error_of([&] { set.open(); }).find("no news index at") != std::string::npos);
}
