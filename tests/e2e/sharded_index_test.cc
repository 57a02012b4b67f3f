// news-index on a sharded index (a stub file, docs/SCALING.md): three local
// shards, three real `xapian-tcpsrv --writable` servers on loopback and three
// `xapian-progsrv --writable` over pipes (as over ssh) hold
// exactly the articles and stories one database holds, through add, sync,
// remove, compact and reshard, and a sync killed at a random commit is
// repaired by the next.
#include <doctest/doctest.h>

#include <map>
#include <random>
#include <set>

#include <fmt/core.h>
#include <nlohmann/json.hpp>
#include <xapian.h>

#include "common/schema.hh"
#include "tests/e2e/cli_runner.hh"
#include "tests/e2e/shard_servers.hh"
#include "tests/corpora_dir.hh"
#include "tests/skip.hh"

namespace {

using namespace news::test;
namespace fs = std::filesystem;

RunResult index_at(const Sandbox& s, const fs::path& db, const std::string& args) {
  return run_shell(shell_quote(NEWS_INDEX_EXE) + " --db " + shell_quote(db.string()) + " " + args,
                   s.dir());
}

// What an index holds, read through Xapian itself (a stub file opens as its shards).
struct Holdings {
  std::set<std::string> ids;
  std::set<std::string> terms; /**< but the paths and folders (they differ between sandboxes) */
  std::set<std::set<std::string>> stories; /**< the ids of each story key */
  std::map<std::string, std::string> keys; /**< id -> story key */
  /** The stories a match-all search collapsed on stories shows, each as its ids (an article
   *  without a story alone): which copy stands for a story depends on the docids, not which
   *  stories there are. */
  std::set<std::set<std::string>> collapsed;
};

std::string id_of(const Xapian::Document& document) {
  Xapian::TermIterator it = document.termlist_begin();
  it.skip_to("Q");
  return it != document.termlist_end() && (*it)[0] == 'Q' ? (*it).substr(1) : "";
}

Holdings holdings(const fs::path& db) {
  Xapian::Database database(db.string());
  Holdings h;
  for (auto it = database.allterms_begin("Q"); it != database.allterms_end("Q"); ++it)
    h.ids.insert((*it).substr(1));
  for (auto it = database.allterms_begin(); it != database.allterms_end(); ++it)
    if ((*it)[0] != 'P' && !(*it).starts_with(news::prefix_of(news::Field::Folder)))
      h.terms.insert(*it);
  std::map<std::string, std::set<std::string>> by_key;
  for (auto it = database.postlist_begin(""); it != database.postlist_end(""); ++it) {
    const Xapian::Document document = database.get_document(*it);
    const std::string key = document.get_value(news::slot_of(news::Field::Story));
    h.keys[id_of(document)] = key;
    if (!key.empty()) by_key[key].insert(id_of(document));
  }
  for (const auto& [key, ids] : by_key)
    h.stories.insert(ids);
  Xapian::Enquire enquire(database);
  enquire.set_query(Xapian::Query::MatchAll);
  enquire.set_collapse_key(news::slot_of(news::Field::Story));
  for (const Xapian::Document& document : [&] {
         std::vector<Xapian::Document> docs;
         const Xapian::MSet mset = enquire.get_mset(0, database.get_doccount() + 1);
         for (auto it = mset.begin(); it != mset.end(); ++it)
           docs.push_back(it.get_document());
         return docs;
       }()) {
    const std::string key = document.get_value(news::slot_of(news::Field::Story));
    h.collapsed.insert(key.empty() ? std::set<std::string>{id_of(document)} : by_key[key]);
  }
  return h;
}

void check_same(const Holdings& got, const Holdings& expected) {
  CHECK(got.ids.size() == expected.ids.size());
  CHECK(got.ids == expected.ids);
  CHECK(got.terms == expected.terms);
  CHECK(got.stories == expected.stories);
  CHECK(got.collapsed == expected.collapsed);
}

// Where a sandbox's 3 shards are: local, served by 3 xapian-tcpsrv
// processes (stopped when it goes), or reached through a pipe to a
// xapian-progsrv each (`remote :xapian-progsrv --writable DIR`), as over ssh.
enum class Shards { Local, Tcp, Program };

struct ShardedSandbox {
  Sandbox s;
  std::unique_ptr<ShardServers> servers;
  fs::path stub;

  explicit ShardedSandbox(bool remote) : ShardedSandbox(remote ? Shards::Tcp : Shards::Local) {}
  explicit ShardedSandbox(Shards kind)
      : servers(kind == Shards::Tcp ? std::make_unique<ShardServers>(3, s.dir() / "servers")
                                    : nullptr),
        stub(s.dir() / "news.stub") {
    std::string args = "init --shards 3";
    if (servers) {
      args = "init";
      for (const std::string& address : servers->addresses())
        args += " --remote " + address;
    }
    if (kind == Shards::Program) {
      args = "init";
      for (int i = 0; i < 3; ++i) {
        // xapian-progsrv opens a database, never makes one: an empty one first.
        const fs::path shard = s.dir() / fmt::format("prog{}", i);
        Xapian::WritableDatabase(shard.string(), Xapian::DB_CREATE).close();
        args += " --remote " + shell_quote("remote :xapian-progsrv --writable " + shard.string());
      }
    }
    const RunResult made = index_at(s, stub, args);
    REQUIRE_MESSAGE(made.status == 0, made.err);
  }
};

// JSON Lines files of articles of 60 words drawn by a fixed pseudo-random
// sequence, with the same wire story (seed 0) in every fifth file.
void write_archive(const Sandbox& s, const std::string& folder, int files, int per_file) {
  static const char* kWords[] = {
      "grain",  "exports", "rose",   "sharply", "after",  "harvest", "ended", "kansas",
      "prices", "slipped", "market", "traders", "said",   "wheat",   "corn",  "barley",
      "ships",  "port",    "strike", "union",   "talks",  "bank",    "rates", "dollar",
      "yen",    "tokyo",   "london", "oil",     "output", "quota",   "opec",  "ministers"};
  for (int f = 0; f < files; ++f) {
    std::string lines;
    for (int r = 0; r < per_file; ++r) {
      unsigned seed = (f % 5 == 0 && r == 0) ? 0 : static_cast<unsigned>(f * per_file + r + 1);
      const unsigned story = seed;
      std::string body;
      for (int w = 0; w < 60; ++w) {
        seed = seed * 1103515245u + 12345u;
        body += std::string(kWords[(seed >> 16) % 32]) + " ";
      }
      lines += fmt::format(R"({{"id": "a-{}-{}", "title": "Story {}", "body": "{}"}})"
                           "\n",
                           f, r, story, body);
    }
    s.write(fmt::format("{}/part-{:03}.jsonl", folder, f), lines);
  }
}

// Every file the registry records as read has exactly its articles in the shards.
void check_registry_matches_shards(const fs::path& stub) {
  Xapian::Database registry((fs::path(stub).replace_extension(".shards") / "registry").string());
  Xapian::Database shards(stub.string());
  unsigned files = 0;
  for (auto it = registry.metadata_keys_begin("file:"); it != registry.metadata_keys_end("file:");
       ++it) {
    const auto record = nlohmann::json::parse(registry.get_metadata(*it));
    if (!record["error"].get<std::string>().empty()) continue;
    const std::string path = record["path"].get<std::string>();
    CAPTURE(path);
    CHECK(shards.get_termfreq(news::boolean_term(news::Field::Path, path)) ==
          record["articles"].get<unsigned>());
    ++files;
  }
  MESSAGE(files, " files recorded when the run was killed");
}

// The archive of the kill tests, indexed in one database by one uninterrupted run.
const Holdings& kill_reference() {
  static const Holdings reference = [] {
    Sandbox s;
    write_archive(s, "arch", 24, 50);
    REQUIRE(s.index({"add", "--jobs", "1", (s.dir() / "arch").string()}).status == 0);
    return holdings(s.db());
  }();
  return reference;
}

// A sharded sync of that archive killed (SIGKILL) right after its commit
// number `commits`: the registry records only what the shards committed,
// and the next sync ends as an uninterrupted run.
void kill_and_repair(bool remote, unsigned commits) {
  CAPTURE(commits);
  const ShardedSandbox sharded(remote);
  const Sandbox& s = sharded.s;
  const fs::path& stub = sharded.stub;
  write_archive(s, "arch", 1, 50);
  REQUIRE(index_at(s, stub, "add " + (s.dir() / "arch").string()).status == 0);
  write_archive(s, "arch", 24, 50);
  const RunResult killed =
      run_shell(fmt::format("NEWS_TEST_STOP_AFTER_COMMITS={} {} --db {} sync --batch-size 100; "
                            "echo \"status=$?\"",
                            commits, shell_quote(NEWS_INDEX_EXE), shell_quote(stub.string())),
                s.dir());
  CHECK(killed.out.ends_with("status=137\n")); // 128 + SIGKILL
  check_registry_matches_shards(stub);
  // A remote shard's server keeps the killed writer's lock until it sees its
  // connection end: the next sync waits for it, as for a local writer's.
  const RunResult again = index_at(s, stub, "sync --lock-timeout 30");
  CHECK(again.status == 0);
  check_same(holdings(stub), kill_reference());
}

} // namespace

TEST_SUITE("e2e: sharded index") {
  TEST_CASE("the sample corpus in 3 local, 3 xapian-tcpsrv and 3 xapian-progsrv shards (init "
            "--remote with any stub line): one database's articles, stories and searches") {
    // With copies of a story, which the sample corpus has not.
    Sandbox single, parallel;
    write_archive(single, "arch", 11, 3);
    write_archive(parallel, "arch", 11, 3);
    REQUIRE(single.index({"add", "--jobs", "1", SAMPLE_CORPUS_DIR, "arch"}).status == 0);
    REQUIRE(parallel.index({"add", "--jobs", "2", SAMPLE_CORPUS_DIR, "arch"}).status == 0);
    const Holdings expected = holdings(single.db());
    REQUIRE(!expected.stories.empty()); // the corpus has copies of a story to collapse
    CHECK(holdings(parallel.db()).keys == expected.keys); // one key function, either path
    for (const Shards kind : {Shards::Local, Shards::Tcp, Shards::Program}) {
      CAPTURE(static_cast<int>(kind));
      const ShardedSandbox sharded(kind);
      const Sandbox& s = sharded.s;
      const fs::path& stub = sharded.stub;
      write_archive(s, "arch", 11, 3);
      const RunResult added = index_at(s, stub, std::string("add ") + SAMPLE_CORPUS_DIR + " arch");
      REQUIRE_MESSAGE(added.status == 0, added.err);
      CHECK(added.out.find(fmt::format("{} added", expected.ids.size())) != std::string::npos);
      const Holdings got = holdings(stub);
      check_same(got, expected);
      CHECK(got.keys == expected.keys); // the same story keys, whatever shard a copy is on
      const RunResult stats = index_at(s, stub, "stats --format json");
      REQUIRE(stats.status == 0);
      const auto json = nlohmann::json::parse(stats.out);
      CHECK(json["shards"] == 3);
      CHECK(json["articles"] == expected.ids.size());
      CHECK(json["files"] ==
            nlohmann::json::parse(single.index({"stats", "--format", "json"}).out)["files"]);
      // Searched through the stub as one database is: the hits (in another
      // order where scores tie: the docids differ), their handles and copies,
      // the facets and histogram, the counts.
      for (const std::string query :
           {"grain --limit 0", "grain --format ids --limit 0", "grain --count",
            "kansas wheat --facets --histogram month --no-hits"}) {
        CAPTURE(query);
        const auto lines_for = [&](const Sandbox& x, const fs::path& db) {
          const RunResult r = run_shell(shell_quote(NEWS_SEARCH_EXE) + " --db " +
                                            shell_quote(db.string()) + " " + query,
                                        x.dir());
          CHECK(r.status == 0);
          std::vector<std::string> lines;
          for (std::string line : lines_of(r.out)) {
            // The same files, in another sandbox; ranks apart.
            for (std::size_t at = 0; (at = line.find(x.dir().string(), at)) != std::string::npos;)
              line.replace(at, x.dir().string().size(), "SANDBOX");
            const std::size_t dot = line.find(". ");
            if (dot != std::string::npos && dot < 6 && line.find_first_not_of(" 0123456789") == dot)
              line.erase(0, dot);
            lines.push_back(line);
          }
          std::sort(lines.begin(), lines.end());
          return lines;
        };
        CHECK(lines_for(s, stub) == lines_for(single, single.db()));
      }
    }
  }

  TEST_CASE("3000 Reuters articles in 3 local and 3 remote shards: one database's articles") {
    const fs::path reuters = corpora_dir() / "reuters21578/articles.jsonl";
    if (!fs::exists(reuters)) {
      skip_test(reuters.string() + " is absent");
      return;
    }
    Sandbox single;
    std::string head;
    {
      const std::string all = file_contents(reuters);
      std::size_t end = 0;
      for (int i = 0; i < 3000 && end != std::string::npos; ++i)
        end = all.find('\n', end + 1);
      head = all.substr(0, end + 1);
    }
    single.write("reuters.jsonl", head);
    REQUIRE(single.index({"add", "--jobs", "2", "reuters.jsonl"}).status == 0);
    const Holdings expected = holdings(single.db());
    CHECK(expected.ids.size() > 2900);
    for (const bool remote : {false, true}) {
      CAPTURE(remote);
      const ShardedSandbox sharded(remote);
      sharded.s.write("reuters.jsonl", head);
      REQUIRE(index_at(sharded.s, sharded.stub, "add reuters.jsonl").status == 0);
      const Holdings got = holdings(sharded.stub);
      check_same(got, expected);
      CHECK(got.keys == expected.keys);
    }
  }

  TEST_CASE("sync, remove, compact and reshard keep a sharded index equal to one database") {
    for (const bool remote : {false, true}) {
      CAPTURE(remote);
      Sandbox single;
      const ShardedSandbox sharded(remote);
      const Sandbox& s = sharded.s;
      const fs::path& stub = sharded.stub;
      const auto both = [&](const std::function<void(const Sandbox&)>& change,
                            const std::string& args) {
        change(single);
        change(s);
        const RunResult one = index_at(single, single.db(), args);
        const RunResult in_shards = index_at(s, stub, args);
        CHECK(one.status == in_shards.status);
        // The same summary, but for the time it took.
        CHECK(one.out.substr(0, one.out.find(" (")) ==
              in_shards.out.substr(0, in_shards.out.find(" (")));
        check_same(holdings(stub), holdings(single.db()));
      };
      const auto nothing = [](const Sandbox&) {};
      both([](const Sandbox& x) { write_archive(x, "arch", 12, 20); }, "add --jobs 1 arch");
      both(
          [](const Sandbox& x) {
            write_archive(x, "arch", 14, 20); // two new files
            fs::remove(x.dir() / "arch/part-003.jsonl");
            x.write("arch/part-004.jsonl", // fewer articles, one changed
                    R"({"id": "a-4-0", "title": "Changed", "body": "grain tariff storm"})"
                    "\n");
          },
          "sync");
      both(nothing, "remove arch/part-005.jsonl a-6-1");
      both(nothing, "sync");
      if (!remote) {
        const RunResult compacted = index_at(s, stub, "compact");
        CHECK(compacted.status == 0);
        check_same(holdings(stub), holdings(single.db()));
      }
      // Resharding: remote shards come back as local ones (docs/SCALING.md).
      const Holdings before = holdings(stub);
      for (const char* count : {"2", "4"}) {
        const RunResult resharded = index_at(s, stub, std::string("reshard ") + count);
        REQUIRE_MESSAGE(resharded.status == 0, resharded.err);
        check_same(holdings(stub), before);
        CHECK(Xapian::Database(stub.string()).size() == std::stoul(count));
      }
      const RunResult again = index_at(s, stub, "sync");
      CHECK(again.status == 0);
      CHECK(again.out.find("0 added, 0 updated") != std::string::npos);
      CHECK(index_at(s, stub, "reshard 4").status == 2); // 4 already
    }
  }

  TEST_CASE(
      "a sharded sync killed at a random commit, then run again, ends as an uninterrupted run") {
    std::random_device random;
    for (const bool remote : {false, true}) {
      // 1150 articles in batches of 100: 12 commits of 4 writers (3 shards,
      // then the registry), then the stories' keys.
      const unsigned commits = std::uniform_int_distribution<unsigned>(1, 52)(random);
      CAPTURE(remote);
      kill_and_repair(remote, commits);
    }
  }

  TEST_CASE(
      "bug: a sharded sync killed after its last commit, before its stories, never groups them") {
    // The commits around the end of the run, one of which is the registry's
    // last before the stories are regrouped: the next sync finds no file to
    // read, and must still regroup.
    for (unsigned commits = 44; commits <= 52; ++commits)
      kill_and_repair(false, commits);
  }

  TEST_CASE("bug: rebuild of a sharded index said there was no index to rebuild") {
    const ShardedSandbox sharded(false);
    const Sandbox& s = sharded.s;
    const fs::path& stub = sharded.stub;
    write_archive(s, "arch", 6, 20);
    REQUIRE(index_at(s, stub, "add arch").status == 0);
    const Holdings before = holdings(stub);
    // Shards of an older news-index: without the handle terms' feature, which writing needs.
    const std::vector<std::string> old_shards = [&] {
      std::vector<std::string> paths;
      for (int i = 0; i < 3; ++i) {
        const fs::path shard = s.dir() / "news.shards" / fmt::format("shard-{}-of-3", i);
        Xapian::WritableDatabase db(shard.string(), Xapian::DB_OPEN);
        std::string features = db.get_metadata("features");
        REQUIRE(features.find("handle-terms\t") != std::string::npos);
        const std::size_t at = features.find("handle-terms\t");
        features.erase(at, features.find('\n', at) + 1 - at);
        db.set_metadata("features", features);
        db.commit();
        paths.push_back(shard.string());
      }
      return paths;
    }();
    const RunResult refused = index_at(s, stub, "sync");
    CHECK(refused.status == 2);
    CHECK(refused.err.find("handle-terms") != std::string::npos);

    const RunResult rebuilt = index_at(s, stub, "rebuild --quiet");
    REQUIRE_MESSAGE(rebuilt.status == 0, rebuilt.err);
    check_same(holdings(stub), before);
    // New shards in the old ones' place, the old ones gone, the roots kept.
    const Xapian::Database whole(stub.string());
    CHECK(whole.size() == 3);
    CHECK(whole.get_metadata("features").find("handle-terms\t") != std::string::npos);
    for (const std::string& shard : old_shards)
      CHECK_FALSE(fs::exists(shard));
    const RunResult again = index_at(s, stub, "sync");
    CHECK(again.status == 0);
    CHECK(again.out.find("0 added, 0 updated") != std::string::npos);
    // A second rebuild takes the first names again.
    REQUIRE(index_at(s, stub, "rebuild --quiet").status == 0);
    CHECK(fs::exists(old_shards.front()));
    check_same(holdings(stub), before);
  }
}
