// One search over several databases (common/database_set): local shards and
// xapian-tcpsrv servers on loopback give what one database holding the same
// articles gives, in every format; a shard of another schema is refused; a
// shard that stops answering is an error naming it, or with --allow-partial
// a warning and the others' results.
#include <algorithm>
#include <cstdlib>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <xapian.h>

#include "common/schema.hh"
#include "tests/e2e/cli_runner.hh"
#include "tests/e2e/server_runner.hh"
#include "tests/e2e/tcpsrv_runner.hh"
#include "tests/corpora_dir.hh"
#include "tests/skip.hh"

using namespace news::test;
namespace fs = std::filesystem;

namespace {

constexpr std::size_t kShards = 6; // the first half local, the rest served by xapian-tcpsrv

/** `news-search --db D... ARGS...` */
RunResult search_over(const std::vector<std::string>& dbs, const std::vector<std::string>& args,
                      const fs::path& scratch) {
  std::string command = shell_quote(NEWS_SEARCH_EXE);
  for (const std::string& db : dbs)
    command += " --db " + shell_quote(db);
  for (const std::string& arg : args)
    command += " " + shell_quote(arg);
  return run_shell(command, scratch);
}

std::vector<fs::path> files_under(const fs::path& dir) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(dir))
    if (entry.is_regular_file()) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

/** The same files in one database and in kShards shards (round robin), three of those served. */
class ShardedCorpus {
public:
  explicit ShardedCorpus(const std::vector<fs::path>& files) {
    std::vector<std::vector<std::string>> parts(kShards);
    std::vector<std::string> all{"add"};
    for (std::size_t i = 0; i < files.size(); ++i) {
      parts[i % kShards].push_back(files[i].string());
      all.push_back(files[i].string());
    }
    REQUIRE(index_into(single(), all) <= 1);
    for (std::size_t k = 0; k < kShards; ++k) {
      parts[k].insert(parts[k].begin(), "add");
      REQUIRE(index_into(shard(k), parts[k]) <= 1);
    }
    for (std::size_t k = kShards / 2; k < kShards; ++k)
      servers_.push_back(std::make_unique<TcpServer>(shard(k)));
  }

  fs::path single() const { return sandbox_.dir() / "single"; }
  fs::path shard(std::size_t k) const { return sandbox_.dir() / ("shard" + std::to_string(k)); }
  const fs::path& scratch() const { return sandbox_.dir(); }
  TcpServer& server(std::size_t i) { return *servers_[i]; }

  std::vector<std::string> local_shards() const {
    std::vector<std::string> dbs;
    for (std::size_t k = 0; k < kShards; ++k)
      dbs.push_back(shard(k).string());
    return dbs;
  }
  /** Three local shards and three remote ones. */
  std::vector<std::string> mixed_shards() const {
    std::vector<std::string> dbs;
    for (std::size_t k = 0; k < kShards / 2; ++k)
      dbs.push_back(shard(k).string());
    for (const auto& server : servers_)
      dbs.push_back(server->spec());
    return dbs;
  }

private:
  int index_into(const fs::path& db, const std::vector<std::string>& args) const {
    std::string command = shell_quote(NEWS_INDEX_EXE) + " --db " + shell_quote(db.string());
    for (const std::string& arg : args)
      command += " " + shell_quote(arg);
    return run_shell(command, sandbox_.dir()).status;
  }

  Sandbox sandbox_;
  std::vector<std::unique_ptr<TcpServer>> servers_;
};

// What the JSON of a search over remote shards says differently, by design
// (docs/output-format.md): remote shards have no spelling data.
// Without `entities`, the hits' entities are left out too: databases built
// apart each remember persons from their own archive (indexer/person_memory).
nlohmann::json comparable(const std::string& out, bool remote, bool entities = true) {
  nlohmann::json json = nlohmann::json::parse(out);
  if (!entities && json.contains("hits"))
    for (nlohmann::json& hit : json["hits"])
      hit.erase("entities");
  if (!entities && json.is_object() && json.contains("entities")) json.erase("entities");
  if (!entities && json.is_object() && json.contains("facets"))
    for (const char* kind : {"person", "org", "place"})
      json["facets"].erase(kind);
  if (remote) {
    json.erase("spelling_complete");
    json.erase("did_you_mean");
    json.erase("total_exact");
  }
  return json;
}

/** Every format and count of `args` over the shards equals that of the single database. */
const std::vector<std::string> kEveryFormat{"text", "ids", "csv", "jsonl", "json"};

void check_same(const ShardedCorpus& corpus, const std::vector<std::string>& dbs, bool remote,
                std::vector<std::string> args,
                const std::vector<std::string>& formats = kEveryFormat, bool entities = true) {
  const std::vector<std::string> single{corpus.single().string()};
  for (const std::string& format : formats) {
    std::vector<std::string> with = args;
    with.insert(with.end(), {"--format", format, "--limit", "25"});
    const RunResult expected = search_over(single, with, corpus.scratch());
    const RunResult got = search_over(dbs, with, corpus.scratch());
    CAPTURE(format);
    CAPTURE(got.err);
    CHECK(got.status == expected.status);
    if (format == "json")
      CHECK(comparable(got.out, remote, entities) == comparable(expected.out, remote, entities));
    else if (format == "jsonl" && !entities) {
      const std::vector<std::string> got_lines = lines_of(got.out);
      const std::vector<std::string> expected_lines = lines_of(expected.out);
      REQUIRE(got_lines.size() == expected_lines.size());
      for (std::size_t i = 0; i < got_lines.size(); ++i)
        CHECK(comparable(got_lines[i], false, false) ==
              comparable(expected_lines[i], false, false));
    } else
      CHECK(got.out == expected.out);
  }
  args.push_back("--count");
  CHECK(search_over(dbs, args, corpus.scratch()).out ==
        search_over(single, args, corpus.scratch()).out);
}

std::string joined(const std::vector<std::string>& args) {
  std::string text;
  for (const std::string& arg : args)
    text += (text.empty() ? "" : " ") + arg;
  return text;
}

void check_queries(const ShardedCorpus& corpus,
                   const std::vector<std::vector<std::string>>& queries,
                   const std::vector<std::string>& extra = {},
                   const std::vector<std::string>& formats = kEveryFormat, bool entities = true) {
  for (auto query : queries) {
    query.insert(query.end(), extra.begin(), extra.end());
    const std::string text = joined(query);
    CAPTURE(text);
    check_same(corpus, corpus.local_shards(), false, query, formats, entities);
    check_same(corpus, corpus.mixed_shards(), true, query, formats, entities);
  }
}

// The sample corpus and the story copies of the fixtures, once per test process.
ShardedCorpus& sample() {
  static ShardedCorpus corpus([] {
    std::vector<fs::path> files = files_under(SAMPLE_CORPUS_DIR);
    files.push_back(fs::path(FIXTURES_DIR) / "stories/wire-copies.jsonl");
    return files;
  }());
  return corpus;
}

constexpr std::size_t kReutersArticles = 3000;

// The first articles of Reuters-21578 in kShards files, once per test process.
ShardedCorpus* reuters(const fs::path& scratch) {
  static std::unique_ptr<ShardedCorpus> corpus;
  if (corpus) return corpus.get();
  const fs::path source = corpora_dir() / "reuters21578/articles.jsonl";
  if (!fs::exists(source)) return nullptr;
  std::ifstream in(source);
  std::vector<std::ofstream> parts;
  std::vector<fs::path> files;
  for (std::size_t k = 0; k < kShards; ++k) {
    files.push_back(scratch / ("reuters-part" + std::to_string(k) + ".jsonl"));
    parts.emplace_back(files.back());
  }
  std::string line;
  for (std::size_t n = 0; n < kReutersArticles && std::getline(in, line); ++n)
    parts[n % kShards] << line << '\n';
  parts.clear();
  corpus = std::make_unique<ShardedCorpus>(files);
  return corpus.get();
}

} // namespace

TEST_SUITE("e2e: shards") {
  TEST_CASE("a search over local and remote shards gives what one database gives") {
    if (!have_tcpsrv()) return skip_test("xapian-tcpsrv (xapian-tools) is not installed");
    check_queries(sample(), {{"china"},
                             {"putin", "--facets"},
                             {"--histogram", "month", "date:2024"},
                             {"wheat OR inflation OR summit", "--sort", "newest"},
                             {"--sort", "oldest", "date:1987"},
                             {"--all-versions", "sugar OR cocoa"},
                             {"--facets", "--histogram", "year", "--no-hits", "the"},
                             {"chinna"}});
  }

  TEST_CASE("a search over Reuters shards gives what one database gives") {
    if (!have_tcpsrv()) return skip_test("xapian-tcpsrv (xapian-tools) is not installed");
    static const Sandbox scratch;
    ShardedCorpus* corpus = reuters(scratch.dir());
    if (corpus == nullptr)
      return skip_test((corpora_dir() / "reuters21578").string() +
                       " is absent (set NEWS_CORPORA_DIR to the corpora's folder)");
    // The indexer groups the copies of a story within a shard (story_grouper):
    // copies dealt to different shards are not collapsed into one hit, so
    // Reuters' many wire copies are compared with --all-versions (the sample
    // corpus, whose copies share a file and so a shard, with collapsing too).
    // Likewise each shard, built apart, remembers the persons of its own sixth
    // of the archive (indexer/person_memory: a lone `Johnson` a person by the
    // whole's counts, not by a shard's): the hits' entities are left out of the
    // JSON compared (a sharded index, one archive, has them all the same:
    // sharded_index_test). The facets' counts are still compared.
    const std::vector<std::string> every_copy{"--all-versions"};
    const std::vector<std::string> oil{"oil", "--count"};
    CHECK(std::stoul(search_over(corpus->local_shards(), oil, corpus->scratch()).out) >=
          std::stoul(search_over({corpus->single().string()}, oil, corpus->scratch()).out));
    check_queries(*corpus,
                  {{"oil"},
                   {"coffee prices"},
                   {"trade", "--histogram", "week"},
                   {"bank rate"},
                   {"dollar", "--sort", "newest", "--offset", "30"},
                   {"wheat OR corn OR sugar", "--histogram", "day"},
                   {"\"interest rates\""},
                   {"date:1987-03", "--sort", "oldest"}},
                  every_copy, kEveryFormat, false);
    // The facets but those of people, organisations and places (the persons
    // each database remembers, above), in the JSON.
    check_queries(*corpus,
                  {{"opec", "--facets", "--facet-limit", "20"},
                   {"wheat OR corn OR sugar", "--facets", "--histogram", "day"}},
                  every_copy, {"json"}, false);
    // --like: the similar articles of a hit, over the shards as in one database.
    const RunResult first =
        search_over({corpus->single().string()}, {"coffee", "--format", "ids", "--limit", "1"},
                    corpus->scratch());
    REQUIRE(first.status == 0);
    const std::string id = lines_of(first.out).at(0);
    // The same articles in the same order; but Xapian weighs an OR of 25
    // terms shard by shard, its sum in another order: scores a little off in
    // their last digits, and snippets (chosen by term weights) may differ.
    check_queries(*corpus, {{"--like", id}, {"--like", id, "brazil"}}, every_copy, {"ids", "csv"});
  }

  TEST_CASE("bug: local and remote shards counted different copies of a story") {
    if (!have_tcpsrv()) return skip_test("xapian-tcpsrv (xapian-tools) is not installed");
    // Two databases built apart, each with two copies of one story (a
    // database groups the copies it holds, under a key made of their content:
    // the same in both), a month apart: the first database's copies are its
    // second and third documents, the second's its first and second. A
    // search over local shards meets the first database's copies first; over
    // remote shards the copy counted was the first in combined docid order,
    // the second database's.
    const Sandbox sandbox;
    const std::string body = "A powerful winter storm closed three northern ports on Wednesday, "
                             "stranding dozens of cargo ships and forcing ferry operators to "
                             "cancel crossings, harbour officials said.";
    const auto article = [&](const std::string& id, const std::string& date,
                             const std::string& title, const std::string& text) {
      return "{\"id\": \"" + id + "\", \"title\": \"" + title + "\", \"date\": \"" + date +
             "\", \"body\": \"" + text + "\"}\n";
    };
    sandbox.write("first.jsonl",
                  article("other", "2024-02-01", "Harbour Dues Rise",
                          "Harbour dues rise by a tenth at the northern ports from May.") +
                      article("copy-march", "2024-03-05", "Storm Closes Northern Ports", body) +
                      article("copy-march-2", "2024-03-06", "Storm Closes Northern Ports", body));
    sandbox.write("second.jsonl",
                  article("copy-april", "2024-04-05", "Storm Closes Northern Ports", body) +
                      article("copy-april-2", "2024-04-06", "Storm Closes Northern Ports", body));
    const fs::path first = sandbox.dir() / "first", second = sandbox.dir() / "second";
    for (const auto& [db, file] :
         {std::pair(first, "first.jsonl"), std::pair(second, "second.jsonl")})
      REQUIRE(run_shell(shell_quote(NEWS_INDEX_EXE) + " --db " + shell_quote(db.string()) +
                            " add " + shell_quote((sandbox.dir() / file).string()),
                        sandbox.dir())
                  .status == 0);
    const TcpServer first_server(first), second_server(second);
    const std::vector<std::string> args{"ports",     "--histogram", "month",
                                        "--no-hits", "--format",    "json"};
    const RunResult local = search_over({first.string(), second.string()}, args, sandbox.dir());
    const RunResult remote =
        search_over({first_server.spec(), second_server.spec()}, args, sandbox.dir());
    REQUIRE(local.status == 0);
    REQUIRE(remote.status == 0);
    const nlohmann::json local_json = nlohmann::json::parse(local.out);
    const nlohmann::json remote_json = nlohmann::json::parse(remote.out);
    CAPTURE(local.out);
    CAPTURE(remote.out);
    CHECK(local_json.at("total") == 2); // the story once, and the other article
    CHECK(remote_json.at("histogram") == local_json.at("histogram"));
    CHECK(local_json.at("histogram").dump().find("2024-03") != std::string::npos);
    CHECK(local_json.at("histogram").dump().find("2024-04") == std::string::npos);
  }

  TEST_CASE("a stub file names the shards, local and remote") {
    if (!have_tcpsrv()) return skip_test("xapian-tcpsrv (xapian-tools) is not installed");
    ShardedCorpus& corpus = sample();
    std::string stub = "# the sample corpus in six shards\n";
    for (std::size_t k = 0; k < kShards / 2; ++k)
      stub += "auto shard" + std::to_string(k) + "\n";
    for (std::size_t i = 0; i < kShards / 2; ++i)
      stub += corpus.server(i).spec() + "\n";
    const fs::path file = corpus.scratch() / "sample.stub";
    std::ofstream(file) << stub;
    check_same(corpus, {file.string()}, true, {"china OR wheat", "--facets"});
  }

  TEST_CASE("a shard of another schema is refused, naming it") {
    Sandbox sandbox;
    const fs::path a = sandbox.dir() / "a", b = sandbox.dir() / "b";
    REQUIRE(run_shell(shell_quote(NEWS_INDEX_EXE) + " --db " + shell_quote(a.string()) + " add " +
                          shell_quote(std::string(SAMPLE_CORPUS_DIR) + "/xi-visit-france.txt"),
                      sandbox.dir())
                .status == 0);
    fs::copy(a, b);
    {
      // b records one feature less (one a search does without): on its own it
      // is searched; with a it would answer for both, had only the first been checked.
      Xapian::WritableDatabase db(b.string());
      const std::string key(news::metadata_key(news::Metadata::Features));
      std::string features = db.get_metadata(key);
      const auto at = features.find("content-hash");
      REQUIRE(at != std::string::npos);
      features.erase(at, features.find('\n', at) + 1 - at);
      db.set_metadata(key, features);
      db.commit();
    }
    CHECK(search_over({b.string()}, {"paris"}, sandbox.dir()).status == 0);
    for (const auto& order : {std::vector<std::string>{a.string(), b.string()},
                              std::vector<std::string>{b.string(), a.string()}}) {
      const RunResult result = search_over(order, {"paris"}, sandbox.dir());
      CHECK(result.status == 2);
      CHECK(result.out.empty());
      CHECK(lines_of(result.err).size() <= 2); // the line, and its hint
      CHECK(result.err.find("another schema") != std::string::npos);
      CHECK(result.err.find("content-hash") != std::string::npos);
      CHECK(result.err.find("shard " + order[1]) != std::string::npos);
    }
  }

  TEST_CASE("a remote shard that does not answer: an error naming it, or --allow-partial") {
    if (!have_tcpsrv()) return skip_test("xapian-tcpsrv (xapian-tools) is not installed");
    Sandbox sandbox;
    std::vector<fs::path> shards;
    std::vector<std::unique_ptr<TcpServer>> servers;
    const std::vector<std::string> files{"putin-china-visit.txt", "xi-visit-france.txt",
                                         "russia-wheat-exports.txt"};
    for (std::size_t k = 0; k < files.size(); ++k) {
      shards.push_back(sandbox.dir() / ("s" + std::to_string(k)));
      REQUIRE(run_shell(shell_quote(NEWS_INDEX_EXE) + " --db " + shell_quote(shards[k].string()) +
                            " add " + shell_quote(std::string(SAMPLE_CORPUS_DIR) + "/" + files[k]),
                        sandbox.dir())
                  .status == 0);
      servers.push_back(std::make_unique<TcpServer>(shards[k]));
    }
    const std::vector<std::string> all{shards[0].string(), servers[1]->spec(), servers[2]->spec()};
    const std::vector<std::string> query{"china OR russia OR france", "--format", "ids"};
    const RunResult before = search_over(all, query, sandbox.dir());
    REQUIRE(before.status == 0);
    CHECK(lines_of(before.out).size() == 3);
    servers[2]->kill();
    const RunResult down = search_over(all, query, sandbox.dir());
    CHECK(down.status == 2);
    CHECK(down.out.empty());
    CHECK(down.err.find(servers[2]->name() + " does not answer") != std::string::npos);
    CHECK(down.err.find("--allow-partial") != std::string::npos);

    std::vector<std::string> partial = query;
    partial.push_back("--allow-partial");
    const RunResult some = search_over(all, partial, sandbox.dir());
    CHECK(some.status == 0);
    CHECK(
        lines_of(some.out) ==
        lines_of(search_over({shards[0].string(), servers[1]->spec()}, query, sandbox.dir()).out));
    CHECK(some.err.find("warning: partial results") != std::string::npos);
    CHECK(some.err.find(servers[2]->name()) != std::string::npos);
    partial[2] = "json";
    const nlohmann::json json = nlohmann::json::parse(search_over(all, partial, sandbox.dir()).out);
    CHECK(json["partial"] == true);
    CHECK(json["missing_shards"] == nlohmann::json::array({servers[2]->name()}));
    CHECK(json["total"] == 2);
  }

  TEST_CASE("news-index stats over a shard that does not answer: an error, or --allow-partial") {
    if (!have_tcpsrv()) return skip_test("xapian-tcpsrv (xapian-tools) is not installed");
    Sandbox sandbox;
    const fs::path stub = sandbox.dir() / "news.stub";
    const auto index = [&](const std::string& args) {
      return run_shell(shell_quote(NEWS_INDEX_EXE) + " --db " + shell_quote(stub.string()) + " " +
                           args,
                       sandbox.dir());
    };
    REQUIRE(index("init --shards 2").status == 0);
    REQUIRE(index("add " + shell_quote(SAMPLE_CORPUS_DIR)).status == 0);
    const auto whole = nlohmann::json::parse(index("stats --format json").out);
    // The second shard served by xapian-tcpsrv, as a shard machine would.
    TcpServer server(sandbox.dir() / "news.shards" / "shard-1-of-2");
    sandbox.write("news.stub", "auto news.shards/shard-0-of-2\n" + server.spec() + "\n");
    const Xapian::doccount first =
        Xapian::Database((sandbox.dir() / "news.shards" / "shard-0-of-2").string()).get_doccount();
    REQUIRE(nlohmann::json::parse(index("stats --format json").out)["articles"] ==
            whole["articles"]);
    server.kill();
    const RunResult down = index("stats --format json");
    CHECK(down.status == 2);
    CHECK(down.err.find(server.name()) != std::string::npos);
    const RunResult partial = index("stats --format json --allow-partial");
    REQUIRE(partial.status == 0);
    const auto json = nlohmann::json::parse(partial.out);
    CHECK(json["articles"] == first);
    CHECK(json["missing_shards"] == nlohmann::json::array({server.name()}));
    CHECK(partial.err.find("shard " + server.name() + " does not answer") != std::string::npos);
  }

  TEST_CASE("serve searches the same shards") {
    if (!have_tcpsrv()) return skip_test("xapian-tcpsrv (xapian-tools) is not installed");
    ShardedCorpus& corpus = sample();
    std::vector<std::string> args;
    const std::vector<std::string> dbs = corpus.mixed_shards();
    for (std::size_t i = 1; i < dbs.size(); ++i)
      args.insert(args.end(), {"--db", dbs[i]});
    ServerProcess server(dbs[0], args, corpus.scratch());
    const httplib::Response response = get(server, "/api/search?q=china&limit=25");
    CHECK(response.status == 200);
    const RunResult expected =
        search_over({corpus.single().string()}, {"china", "--format", "json", "--limit", "25"},
                    corpus.scratch());
    CHECK(comparable(response.body, true)["hits"] == comparable(expected.out, true)["hits"]);
    CHECK(comparable(response.body, true)["total"] == comparable(expected.out, true)["total"]);
    CHECK(nlohmann::json::parse(response.body)["partial"] == false);

    // A shard gone: 503 naming it; with --allow-partial, the others' hits.
    args.push_back("--allow-partial");
    ServerProcess partial(dbs[0], args, corpus.scratch());
    corpus.server(2).kill();
    const httplib::Response down = get(server, "/api/search?q=china");
    CHECK(down.status == 503);
    CHECK(down.body.find(corpus.server(2).name()) != std::string::npos);
    const httplib::Response some = get(partial, "/api/search?q=china");
    CHECK(some.status == 200);
    const nlohmann::json json = nlohmann::json::parse(some.body);
    CHECK(json["partial"] == true);
    CHECK(json["missing_shards"] == nlohmann::json::array({corpus.server(2).name()}));
  }
}
