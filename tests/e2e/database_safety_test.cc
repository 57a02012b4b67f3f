// What the tools do with a --db that is not a sound news index: they never
// write to it, never remove what they did not make, and say what is wrong.
#include <fstream>
#include <random>
#include <set>
#include <sstream>

#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xapian.h>

#include "tests/e2e/cli_runner.hh"

using namespace news::test;
namespace fs = std::filesystem;

namespace {

void overwrite(const fs::path& file, std::streamoff offset, const std::string& bytes) {
  std::fstream out(file, std::ios::binary | std::ios::in | std::ios::out);
  out.seekp(offset);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// The same "random" bytes on every run.
std::string noise(std::size_t size) {
  std::mt19937 generator(11);
  std::string bytes(size, '\0');
  for (char& byte : bytes)
    byte = static_cast<char>(generator() & 0xff);
  return bytes;
}

bool xapian_check_passes(const Sandbox& sandbox) {
  return run_shell("xapian-check " + shell_quote(sandbox.db().string()), sandbox.dir()).status == 0;
}

std::string index_command(const Sandbox& sandbox, const std::string& args) {
  return shell_quote(NEWS_INDEX_EXE) + " --db " + shell_quote(sandbox.db().string()) + " " + args;
}

} // namespace

TEST_SUITE("e2e: database safety") {
  TEST_CASE("bug: --db on an ordinary folder deletes its contents") {
    Sandbox sandbox;
    const fs::path story = sandbox.write("in/story.txt", "Oil Prices Rise\n\nCrude oil rose.\n");
    sandbox.write("db/notes.txt", "precious\n");
    fs::create_directories(sandbox.db() / "sub");
    for (const char* jobs : {"1", "4"}) {
      CAPTURE(jobs);
      const RunResult add = sandbox.index({"add", "--jobs", jobs, story.string()});
      CHECK(add.status == 2);
      CHECK(add.err == "news-index: " + sandbox.db().string() +
                           " is a folder that is not a news index: refusing to write to it "
                           "(give --db a new or empty folder)\n");
    }
    CHECK(sandbox.index({"compact"}).status == 2);
    CHECK(sandbox.index({"stats"}).status == 2);
    CHECK(sandbox.search({"oil"}).status == 2);
    CHECK(listing(sandbox.db()) == "notes.txt 9\nsub\n");
  }

  TEST_CASE("bug: --db naming a regular file is written to") {
    Sandbox sandbox;
    const fs::path story = sandbox.write("in/story.txt", "Oil Prices Rise\n\nCrude oil rose.\n");
    sandbox.write("db", "mine\n");
    const RunResult add = sandbox.index({"add", story.string()});
    CHECK(add.status == 2);
    CHECK(add.err ==
          "news-index: " + sandbox.db().string() + " is a file, not a news index folder\n");
    CHECK(sandbox.index({"compact"}).status == 2);
    CHECK(sandbox.search({"oil"}).status == 2);
    CHECK(file_contents(sandbox.db()) == "mine\n");
  }

  TEST_CASE("bug: a Xapian database of something else is taken for an old news index") {
    Sandbox sandbox;
    {
      Xapian::WritableDatabase other(sandbox.db().string(), Xapian::DB_CREATE);
      Xapian::Document document;
      document.add_term("someone-elses");
      other.add_document(document);
      other.commit();
    }
    const fs::path story = sandbox.write("in/story.txt", "Oil Prices Rise\n\nCrude oil rose.\n");
    const RunResult add = sandbox.index({"add", story.string()});
    CHECK(add.status == 2);
    CHECK(add.err.starts_with("news-index: " + sandbox.db().string() +
                              " is a Xapian database, but not a news index (or a damaged one)\n"));
    CHECK(add.err.find("remove") == std::string::npos); // the old hint: "rebuild it: remove..."
    CHECK(sandbox.index({"compact"}).status == 2);
    const Xapian::Database after(sandbox.db().string());
    CHECK(after.get_doccount() == 1);
    CHECK(after.term_exists("someone-elses"));
  }

  TEST_CASE("bug: the parallel build and compact swap the index folder away") {
    Sandbox sandbox;
    fs::create_directories(sandbox.dir() / "empty");
    REQUIRE(sandbox.index({"add", (sandbox.dir() / "empty").string()}).status == 0);
    // What the user keeps in the index folder, and beside it under the names
    // the scratch folders once had: none of it is ours to move or remove.
    sandbox.write("db/README.txt", "my notes on this index\n");
    for (const char* name : {"db.shards", "db.merging", "db.compacting", "db.old"})
      sandbox.write(std::string(name) + "/keep.txt", "keep\n");
    struct stat before {};
    REQUIRE(stat((sandbox.db() / "flintlock").c_str(), &before) == 0);

    // A new, empty index: built in shards, then swapped in.
    const RunResult add = sandbox.index({"add", "--jobs", "3", SAMPLE_CORPUS_DIR});
    CHECK(add.status == 0);
    CHECK(articles_in(sandbox) == 19);
    const RunResult compact = sandbox.index({"compact"});
    CHECK(compact.status == 0);
    CHECK(articles_in(sandbox) == 19);
    CHECK(sandbox.search({"oil"}).status == 0);
    CHECK(xapian_check_passes(sandbox));

    CHECK(file_contents(sandbox.db() / "README.txt") == "my notes on this index\n");
    for (const char* name : {"db.shards", "db.merging", "db.compacting", "db.old"})
      CHECK(file_contents(sandbox.dir() / name / "keep.txt") == "keep\n");
    // The same lock file: the lock the writer held covers the tables swapped in.
    struct stat after {};
    REQUIRE(stat((sandbox.db() / "flintlock").c_str(), &after) == 0);
    CHECK(after.st_ino == before.st_ino);
    for (const char* scratch : {".shards", ".merging", ".compacting"})
      CHECK(!fs::exists(sandbox.db() / scratch));
  }

  TEST_CASE("searches during compacts never fail") {
    // Each compact swaps new tables in: a search opening the index meanwhile
    // sees old and new files for a moment, and opens it again.
    Sandbox sandbox;
    REQUIRE(sandbox.index({"add", SAMPLE_CORPUS_DIR}).status == 0);
    const std::string compacts = "for i in 1 2 3 4 5 6 7 8; do " +
                                 index_command(sandbox, "compact --quiet") + " || exit 1; done";
    const std::string search =
        shell_quote(NEWS_SEARCH_EXE) + " --db " + shell_quote(sandbox.db().string());
    const RunResult run =
        run_shell("(" + compacts +
                      ") & pid=$!; fails=0; runs=0; while kill -0 $pid 2>/dev/null; do " + search +
                      " --count oil >/dev/null || fails=$((fails+1)); runs=$((runs+1)); done; "
                      "wait $pid; status=$?; echo \"fails=$fails runs=$runs status=$status\"",
                  sandbox.dir());
    CHECK(run.out.find("fails=0 ") != std::string::npos);
    CHECK(run.out.find(" status=0") != std::string::npos);
    MESSAGE(run.out);
  }

  TEST_CASE("the next writer removes the scratch folders of a killed run, and only those") {
    Sandbox sandbox;
    REQUIRE(sandbox.index({"add", SAMPLE_CORPUS_DIR}).status == 0);
    // As a run killed half way leaves them: marked as news-index's own.
    for (const char* name : {".shards", ".merging", ".compacting"}) {
      sandbox.write(std::string("db/") + name + "/news-index.scratch", "made by news-index\n");
      sandbox.write(std::string("db/") + name + "/0/postlist.glass", "half written\n");
    }
    sandbox.write("db/.other/keep.txt", "not ours\n");
    const fs::path story = sandbox.write("in/story.txt", "Oil Prices Rise\n\nCrude oil rose.\n");
    CHECK(sandbox.index({"add", story.string()}).status == 0);
    for (const char* name : {".shards", ".merging", ".compacting"})
      CHECK(!fs::exists(sandbox.db() / name));
    CHECK(file_contents(sandbox.db() / ".other/keep.txt") == "not ours\n");
    CHECK(articles_in(sandbox) == 20);
  }

  TEST_CASE("bug: add over a damaged index writes a new empty one over it") {
    Sandbox sandbox;
    REQUIRE(sandbox.index({"add", SAMPLE_CORPUS_DIR}).status == 0);
    const fs::path story = sandbox.write("in/story.txt", "Oil Prices Rise\n\nCrude oil rose.\n");
    std::string missing;
    SUBCASE("postlist.glass missing") { missing = "postlist.glass"; }
    SUBCASE("iamglass missing") { missing = "iamglass"; }
    CAPTURE(missing);
    fs::remove(sandbox.db() / missing);
    const std::string tables = listing(sandbox.db());

    for (const char* jobs : {"1", "4"}) {
      const RunResult add = sandbox.index({"add", "--jobs", jobs, story.string()});
      CHECK(add.status == 2);
      CHECK(add.err.starts_with("news-index: the index at " + sandbox.db().string() +
                                " is damaged: "));
      CHECK(add.err.find("hint: check it with: xapian-check " + sandbox.db().string()) !=
            std::string::npos);
    }
    CHECK(sandbox.index({"compact"}).status == 2);
    const RunResult search = sandbox.search({"oil"});
    CHECK(search.status == 2);
    CHECK(search.err.find("is damaged") != std::string::npos);
    CHECK(listing(sandbox.db()) == tables);
  }

  TEST_CASE("bug: a corrupt spelling.glass makes add crash inside libxapian") {
    // 256 bytes overwritten among the items at the end of each block (glass
    // fills a block from its end), whose header stays intact: Xapian 1.4's
    // writer trusts the items and crashes or corrupts the heap when it
    // updates the spelling data.
    Sandbox sandbox;
    REQUIRE(sandbox.index({"add", "--jobs", "1", SAMPLE_CORPUS_DIR}).status == 0);
    const fs::path table = sandbox.db() / "spelling.glass";
    constexpr std::uintmax_t kBlock = 8192;
    for (std::uintmax_t block = 1; block < fs::file_size(table) / kBlock; ++block)
      overwrite(table, static_cast<std::streamoff>(block * kBlock + kBlock - 768), noise(256));
    std::string many_words;
    for (int i = 0; i < 3000; ++i)
      many_words += "word" + std::to_string(i * 7919 % 100003) + (i % 12 == 11 ? ".\n" : " ");
    const fs::path story = sandbox.write("in/words.txt", "Many Words\n\n" + many_words);

    const RunResult add = run_shell(
        "timeout -s KILL 120 " + index_command(sandbox, "add " + story.string()), sandbox.dir());
    CHECK(add.status == 2);
    CHECK(add.err.starts_with("news-index: the index at " + sandbox.db().string() +
                              " is damaged: spelling.glass: "));
    CHECK(add.err.find("xapian-check") != std::string::npos);
  }

  TEST_CASE("bug: a read-only index folder is reported as locked by another writer") {
    Sandbox sandbox;
    REQUIRE(sandbox.index({"add", SAMPLE_CORPUS_DIR}).status == 0);
    // root may write anywhere: the commands run as nobody, who may not.
    const std::string as_user =
        geteuid() == 0 ? "setpriv --reuid=65534 --regid=65534 --clear-groups " : "";
    fs::permissions(sandbox.dir(), fs::perms::owner_all | fs::perms::group_read |
                                       fs::perms::group_exec | fs::perms::others_read |
                                       fs::perms::others_exec);
    fs::permissions(sandbox.db(),
                    fs::perms::owner_write | fs::perms::group_write | fs::perms::others_write,
                    fs::perm_options::remove);
    const std::string tables = listing(sandbox.db());
    for (const std::string& args :
         {"add " + std::string(SAMPLE_CORPUS_DIR), std::string("compact")}) {
      CAPTURE(args);
      const RunResult run = run_shell(as_user + index_command(sandbox, args), sandbox.dir());
      CHECK(run.status == 2);
      CHECK(run.err.starts_with("news-index: cannot write to the index at " +
                                sandbox.db().string() + ": permission denied\n"));
    }
    // Reading needs no more than reading.
    const RunResult search = run_shell(as_user + shell_quote(NEWS_SEARCH_EXE) + " --db " +
                                           shell_quote(sandbox.db().string()) + " oil",
                                       sandbox.dir());
    CHECK(search.status == 0);
    CHECK(listing(sandbox.db()) == tables);
    fs::permissions(sandbox.db(), fs::perms::owner_write, fs::perm_options::add);
  }

  TEST_CASE("bug: two compacts at once delete each other's work") {
    Sandbox sandbox;
    REQUIRE(sandbox.index({"add", SAMPLE_CORPUS_DIR}).status == 0);

    SUBCASE("while another writer holds the lock, compact touches nothing") {
      // The work of another compact, where this one and the one before it
      // would put theirs.
      sandbox.write("db/.compacting/postlist.glass", "half written\n");
      sandbox.write("db.compacting/postlist.glass", "half written\n");
      const std::string before = listing(sandbox.dir());
      {
        Xapian::WritableDatabase holder(sandbox.db().string(), Xapian::DB_OPEN);
        const RunResult compact = sandbox.index({"compact"});
        CHECK(compact.status == 75);
        CHECK(compact.err.find("is locked by another writer") != std::string::npos);
        CHECK(listing(sandbox.dir()) == before);
      }
    }

    SUBCASE("two compacts started together both end well") {
      const std::string compact = index_command(sandbox, "compact --lock-timeout 60 --quiet");
      const RunResult both = run_shell(
          compact + " & " + compact + " & wait -n; first=$?; wait -n; exit $((first * 10 + $?))",
          sandbox.dir());
      CHECK(both.status == 0);
      CHECK(both.err == "");
      CHECK(articles_in(sandbox) == 19);
      CHECK(sandbox.search({"oil"}).status == 0);
      CHECK(xapian_check_passes(sandbox));
      CHECK(!fs::exists(sandbox.db() / ".compacting"));
    }
  }

  TEST_CASE("bug: a damaged postlist says DatabaseModifiedError, call reopen()") {
    Sandbox sandbox;
    // Built in shards and merged: the layout the damage below was found in.
    REQUIRE(sandbox.index({"add", "--jobs", "2", SAMPLE_CORPUS_DIR}).status == 0);
    const fs::path postlist = sandbox.db() / "postlist.glass";
    const std::string damaged = "the index at " + sandbox.db().string() + " is damaged: ";
    const std::string hint = "hint: check it with: xapian-check " + sandbox.db().string() + "\n";

    SUBCASE("a block from a revision to come: DatabaseModifiedError") {
      // Every block but the first, so that whichever blocks stats reads (the layout
      // moves with what is indexed) say a revision to come.
      for (std::uintmax_t at = 8192; at < fs::file_size(postlist); at += 8192)
        overwrite(postlist, at, std::string("\x7f\xff\xff\xff", 4));
      const RunResult stats = sandbox.index({"stats"});
      CHECK(stats.status == 2);
      CHECK(stats.err.starts_with("news-index: " + damaged + "DatabaseModifiedError"));
      CHECK(stats.err.ends_with("news-index: " + hint));
    }
    SUBCASE("a truncated table: EOF reading block") {
      fs::resize_file(postlist, 8192);
      const RunResult search = sandbox.search({"oil"});
      CHECK(search.status == 2);
      CHECK(search.err.starts_with("news-search: " + damaged + "DatabaseError: EOF reading block"));
      CHECK(search.err.ends_with("news-search: " + hint));
    }
  }

  TEST_CASE("bug: a shard writer that fails to open ends in std::terminate") {
    // Too few file descriptors for sixteen shards: one fails to open after
    // others did (and, before, after their threads had started).
    Sandbox sandbox;
    const RunResult add = run_shell("prlimit --nofile=40 " +
                                        index_command(sandbox, "add --jobs 16 " SAMPLE_CORPUS_DIR),
                                    sandbox.dir());
    CHECK(add.status == 2);
    CHECK(add.err.starts_with("news-index: cannot open the index at " + sandbox.db().string() +
                              "/.shards/"));
    CHECK(add.err.find("Too many open files") != std::string::npos);
    CHECK(lines_of(add.err).size() == 1);
    CHECK(!fs::exists(sandbox.db() / ".shards"));
    // Nothing is lost: with enough descriptors, the next run builds the index.
    CHECK(sandbox.index({"add", "--jobs", "16", SAMPLE_CORPUS_DIR}).status == 0);
    CHECK(articles_in(sandbox) == 19);
  }

  TEST_CASE("bug: --db '' silently uses the default index") {
    Sandbox sandbox;
    REQUIRE(sandbox.index({"add", SAMPLE_CORPUS_DIR}).status == 0);
    // The default index, which an empty --db must not fall back to.
    const std::string env = "NEWS_INDEX_DB=" + shell_quote(sandbox.db().string()) + " ";
    const std::string index = env + shell_quote(NEWS_INDEX_EXE) + " ";
    const std::string search = env + shell_quote(NEWS_SEARCH_EXE) + " ";
    REQUIRE(run_shell(search + "oil", sandbox.dir()).status == 0);
    for (const std::string& command :
         {index + "--db '' stats", index + "stats --db ''", index + "sources --db ''",
          index + "--db '' add " + SAMPLE_CORPUS_DIR, index + "compact --db ''",
          search + "--db '' oil"}) {
      CAPTURE(command);
      const RunResult run = run_shell(command, sandbox.dir());
      CHECK(run.status == 2);
      CHECK(run.out == "");
      CHECK(run.err.find(": empty --db") != std::string::npos);
    }
  }
}
