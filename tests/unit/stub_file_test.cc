#include <doctest/doctest.h>

#include "common/error.hh"
#include "common/stub_file.hh"
#include "temp_dir.hh"

using news::ShardSpec;

TEST_CASE("a stub file lists local, TCP and program shards in order") {
  news::test::TempDir dir;
  const auto stub = dir.write("archive.stub", "# three shards\n"
                                              "\n"
                                              "auto shard0\n"
                                              "glass /srv/news/shard1\n"
                                              "remote 10.0.0.5:3301\n"
                                              "remote :ssh host xapian-progsrv /srv/s3\n");
  CHECK(news::is_stub_file(stub));
  const auto shards = news::read_stub_file(stub);
  REQUIRE(shards.size() == 4);
  CHECK(shards[0].kind == ShardSpec::Kind::Local);
  CHECK(shards[0].path == dir.path / "shard0");
  CHECK(shards[1].path == "/srv/news/shard1");
  CHECK(shards[2].kind == ShardSpec::Kind::Tcp);
  CHECK(shards[2].host == "10.0.0.5");
  CHECK(shards[2].port == 3301);
  CHECK(shards[2].describe() == "10.0.0.5:3301");
  CHECK(shards[3].kind == ShardSpec::Kind::Program);
  CHECK(shards[3].program == "ssh");
  CHECK(shards[3].args == "host xapian-progsrv /srv/s3");
  CHECK(shards[3].remote());
  CHECK_FALSE(shards[0].remote());
}

TEST_CASE("a bad line of a stub file is an error naming the file and line") {
  news::test::TempDir dir;
  const auto check = [&](const std::string& text, const std::string& expected) {
    const auto stub = dir.write("bad.stub", text);
    try {
      news::read_stub_file(stub);
      FAIL("no error for: " << text);
    } catch (const news::Error& e) {
      CHECK(e.kind() == news::ErrorKind::Database);
      CHECK(std::string(e.what()) == stub.string() + expected);
    }
  };
  check("auto a\nflint b\n",
        ":2: unknown database type 'flint' (expected auto, glass, chert or remote)");
  check("remote host:99999\n", ":1: '99999' is not a port (1-65535)");
  check("remote hostonly\n", ":1: 'remote hostonly' is neither HOST:PORT nor :PROGRAM");
  check("remote :\n", ":1: 'remote :' names no program");
  check("auto\n", ":1: 'auto' names no database");
  check("# nothing\n\n", ": the stub file lists no database");
}

TEST_CASE("only a file of stub lines is a stub file") {
  news::test::TempDir dir;
  CHECK_FALSE(news::is_stub_file(dir.path));
  CHECK_FALSE(news::is_stub_file(dir.write("a.json", "{\"title\": \"x\"}\n")));
  CHECK_FALSE(news::is_stub_file(dir.write("empty", "")));
  CHECK_FALSE(news::is_stub_file(dir.write("mixed", "auto a\nhello world\n")));
  CHECK(news::is_stub_file(dir.write("ok", "  remote :xapian-progsrv /x\n")));
}

TEST_CASE("a written stub file reads back as the same shards") {
  news::test::TempDir dir;
  const std::vector<ShardSpec> shards = {
      {ShardSpec::Kind::Local, dir.path / "s0", "", 0, "", ""},
      {ShardSpec::Kind::Tcp, "", "localhost", 3300, "", ""},
      {ShardSpec::Kind::Program, "", "", 0, "xapian-progsrv", "/srv/s2"},
  };
  const auto stub = dir.path / "index.stub";
  news::write_stub_file(stub, shards);
  CHECK(news::read_stub_file(stub) == shards);
  CHECK_FALSE(std::filesystem::exists(stub.string() + ".tmp"));
}
