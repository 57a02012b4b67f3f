// The config file (common/config_file) end to end: `news-index config`
// shows what is in effect and where each setting came from, with the command
// line over the environment over the config file over the defaults (whole
// outputs compared with tests/golden/config); the config's database is the
// default index of both tools; its roots are synced with their read options.
#include <regex>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "tests/e2e/cli_runner.hh"
#include "tests/e2e/golden.hh"

using namespace news::test;

namespace {

// `TOOL ARGS` with an environment of the sandbox's own: HOME is its folder,
// no $XDG_* or $NEWS_* but those in `env` ($HOME in it: the sandbox's folder).
RunResult run_in(const Sandbox& s, const char* tool, const std::string& env,
                 const std::string& args) {
  return run_shell("env -u NEWS_INDEX_DB -u NEWS_INDEX_CONFIG -u XDG_CONFIG_HOME "
                   "-u XDG_DATA_HOME HOME=" +
                       shell_quote(s.dir().string()) + " " +
                       replaced(env, "$HOME", s.dir().string()) + " " + shell_quote(tool) + " " +
                       args,
                   s.dir());
}

// Runs `news-index ARGS` as run_in does and appends the command, its exit
// status and its output to `transcript`, the sandbox's folder as $DIR.
RunResult step(const Sandbox& s, std::string& transcript, const std::string& env,
               const std::string& args) {
  const RunResult run = run_in(s, NEWS_INDEX_EXE, env, args);
  const std::string shown = "$ " + (env.empty() ? "" : env + " ") + "news-index " + args + "\n" +
                            "exit " + std::to_string(run.status) + "\n" + run.out +
                            (run.err.empty() ? "" : "--- stderr\n" + run.err);
  transcript += replaced(shown, s.dir().string(), "$DIR") + "\n";
  return run;
}

const char* const kConfig = R"(# the daily archive
database = "~/indexes/news"
language = "en"
ignore = ["*.bak", "drafts/"]

[[root]]
path = "~/archive"
map = { body = "story_text" }
max-file-size = 80
no-entities = true
ignore = "raw/"
)";

} // namespace

TEST_SUITE("config file") {
  TEST_CASE("news-index config: each setting and where it came from, in order of precedence") {
    const Sandbox s;
    std::string transcript;
    CHECK(step(s, transcript, "", "config").status == 0); // nothing configured
    s.write(".config/news-index/config.toml", kConfig);
    CHECK(step(s, transcript, "", "config").status == 0);
    CHECK(step(s, transcript, "NEWS_INDEX_DB=$HOME/env-db", "config").status == 0);
    CHECK(step(s, transcript, "NEWS_INDEX_DB=$HOME/env-db", "config --db cli-db").status == 0);
    s.write("other.toml", "database = \"other-db\"\n");
    CHECK(step(s, transcript, "", "--config other.toml config").status == 0);
    CHECK(step(s, transcript, "NEWS_INDEX_CONFIG=$HOME/other.toml", "config").status == 0);
    CHECK(step(s, transcript, "XDG_CONFIG_HOME=$HOME/xdg XDG_DATA_HOME=$HOME/data", "config")
              .status == 0);
    check_golden(golden_folder("config") / "precedence.txt", transcript);
  }

  TEST_CASE("errors in the config: one line naming file:line and the problem, exit 2") {
    const Sandbox s;
    std::string transcript;
    s.write("typo.toml", "database = \"x\"\n[[root]]\npath = \"/a\"\nno_entities = true\n");
    CHECK(step(s, transcript, "", "--config typo.toml sources").status == 2);
    s.write("syntax.toml", "ignore = [\"*.bak\"\n");
    CHECK(step(s, transcript, "", "config --config=syntax.toml").status == 2);
    CHECK(step(s, transcript, "", "--config missing.toml stats").status == 2);
    CHECK(step(s, transcript, "NEWS_INDEX_CONFIG=$HOME/typo.toml", "config").status == 2);
    check_golden(golden_folder("config") / "errors.txt", transcript);
    // news-search reads the config for its database, and says the same.
    const RunResult search = run_in(s, NEWS_SEARCH_EXE, "NEWS_INDEX_CONFIG=$HOME/typo.toml", "x");
    CHECK(search.status == 2);
    CHECK(search.err == "news-search: " + (s.dir() / "typo.toml").string() +
                            ":4: unknown key 'no_entities' in [[root]] (known: path, ignore, "
                            "file-dates, map, max-file-size, no-entities)\n");
  }

  TEST_CASE("the config's database is where both tools look without --db or $NEWS_INDEX_DB") {
    const Sandbox s;
    s.write("archive/opec.txt", "Title: OPEC cuts output\nDate: 2024-05-07\n\nOPEC ministers "
                                "agreed to cut crude output.\n");
    s.write(".config/news-index/config.toml", "database = \"~/indexes/news\"\n");
    CHECK(run_in(s, NEWS_INDEX_EXE, "", "add -q archive").status == 0);
    CHECK(std::filesystem::exists(s.dir() / "indexes/news/iamglass"));
    const RunResult search = run_in(s, NEWS_SEARCH_EXE, "", "--format ids opec");
    CHECK(search.status == 0);
    CHECK(search.out == (s.dir() / "archive/opec.txt").string() + "\n");
    // $NEWS_INDEX_DB comes before the config file.
    const RunResult env = run_in(s, NEWS_SEARCH_EXE, "NEWS_INDEX_DB=$HOME/none", "opec");
    CHECK(env.status == 2);
    CHECK(env.err.find("no news index at " + (s.dir() / "none").string()) != std::string::npos);
  }

  TEST_CASE("sync walks the config's roots with their read options, the command line wins") {
    const Sandbox s;
    s.write("archive/wire.jsonl", R"({"id": "w1", "title": "Grain deal", "story_text": "Wheat )"
                                  R"(shipments resume from Odesa."})"
                                  "\n");
    s.write("archive/raw/dump.jsonl", R"({"id": "r1", "title": "Raw", "story_text": "raw"})"
                                      "\n");
    s.write(".config/news-index/config.toml",
            "[[root]]\npath = \"~/archive\"\nmap = [\"body=story_text\"]\nmax-file-size = 80\n"
            "ignore = \"raw/\"\n");
    const std::string db = "--db " + shell_quote(s.db().string());
    const RunResult sync = run_in(s, NEWS_INDEX_EXE, "", "sync " + db + " --max-file-size 10");
    CHECK(sync.status == 0);
    CHECK(sync.out.starts_with("1 added,"));
    CHECK(sync.err.find("1 folder skipped by rules") != std::string::npos);
    CHECK(search_ids(s, {"odesa"}) == std::vector<std::string>{"w1"}); // read with the map
    const auto sources =
        nlohmann::json::parse(run_in(s, NEWS_INDEX_EXE, "", "sources --format json " + db).out);
    REQUIRE(sources.size() == 1);
    CHECK(sources[0]["root"] == (s.dir() / "archive").string());
    CHECK(sources[0]["read_options"] ==
          nlohmann::json::parse(R"({"map": ["body=story_text"], "max-file-size": ["10"]})"));
    // Next time without the option: the config's value again, and its files read again.
    const RunResult again = run_in(s, NEWS_INDEX_EXE, "", "sync " + db);
    CHECK(again.err.find("read options changed from --map body=story_text --max-file-size 10 to "
                         "--map body=story_text --max-file-size 80") != std::string::npos);
  }
}
