// The bash and zsh completion scripts (scripts/completion): they load
// without errors, complete what they should, and know every option --help
// lists.
#include <doctest/doctest.h>

#include "tests/e2e/cli_runner.hh"
#include "tests/e2e/help_text.hh"

using namespace news::test;
namespace fs = std::filesystem;

namespace {

const fs::path kCompletion = fs::path(SCRIPTS_DIR) / "completion";

// What bash's completion function offers for `words`, the last being the
// word under the cursor: one a line, sorted.
std::string bash_completes(const std::string& script, const std::string& function,
                           const std::vector<std::string>& words) {
  std::string array;
  for (const std::string& word : words)
    array += shell_quote(word) + " ";
  const Sandbox sandbox;
  const RunResult run =
      run_shell("source " + shell_quote((kCompletion / script).string()) + " && COMP_WORDS=(" +
                    array + ") && COMP_CWORD=" + std::to_string(words.size() - 1) + " && " +
                    function + " && printf '%s\\n' \"${COMPREPLY[@]}\" | sort",
                sandbox.dir());
  CHECK_MESSAGE(run.err.empty(), run.err);
  CHECK(run.status == 0);
  return run.out;
}

void check_knows_options(const std::string& script, const std::set<std::string>& options) {
  const std::string text = file_contents(kCompletion / script);
  REQUIRE(!text.empty());
  for (const std::string& option : options) {
    CAPTURE(script);
    CAPTURE(option);
    CHECK(text.find(option) != std::string::npos);
  }
}

} // namespace

TEST_SUITE("completion") {
  TEST_CASE("bash completes news-search's options, formats, field prefixes and serve") {
    CHECK(bash_completes("news-search.bash", "_news_search", {"news-search", "--no-"}) ==
          "--no-hits\n--no-pager\n");
    CHECK(bash_completes("news-search.bash", "_news_search", {"news-search", "--format", "j"}) ==
          "json\njsonl\n");
    CHECK(bash_completes("news-search.bash", "_news_search", {"news-search", "--sort", ""}) ==
          "newest\noldest\nrelevance\n");
    CHECK(bash_completes("news-search.bash", "_news_search", {"news-search", "opec", "pe"}) ==
          "person:\n");
    CHECK(bash_completes("news-search.bash", "_news_search", {"news-search", "d"}) ==
          "date:\nday:\n");
    CHECK(bash_completes("news-search.bash", "_news_search", {"news-search", "se"}) == "serve\n");
    CHECK(bash_completes("news-search.bash", "_news_search", {"news-search", "serve", "--t"}) ==
          "--threads\n--timeout\n--token-file\n");
    CHECK(bash_completes("news-search.bash", "_news_search",
                         {"news-search", "serve", "--log", ""}) == "json\ntext\n");
  }

  TEST_CASE("bash completes news-index's commands and each command's options") {
    CHECK(bash_completes("news-index.bash", "_news_index", {"news-index", "s"}) ==
          "sources\nstats\nsync\n");
    CHECK(bash_completes("news-index.bash", "_news_index",
                         {"news-index", "--db", "x", "sync", "--dr"}) == "--dry-run\n");
    CHECK(bash_completes("news-index.bash", "_news_index",
                         {"news-index", "inspect", "--format", ""}) == "jsonl\ntext\n");
    CHECK(bash_completes("news-index.bash", "_news_index",
                         {"news-index", "stats", "--format", ""}) == "json\ntext\n");
    CHECK(bash_completes("news-index.bash", "_news_index", {"news-index", "add", "--no-"}) ==
          "--no-entities\n");
  }

  TEST_CASE("the completion scripts know every option of --help") {
    const std::set<std::string> search = options_in(search_help());
    const std::set<std::string> index = options_in(index_help());
    check_knows_options("news-search.bash", search);
    check_knows_options("_news-search", search);
    check_knows_options("news-index.bash", index);
    check_knows_options("_news-index", index);
  }

  TEST_CASE("zsh loads both completion functions with compinit, without errors") {
    const Sandbox sandbox;
    const RunResult run = run_shell(
        "zsh -f -c " + shell_quote("fpath=(" + kCompletion.string() +
                                   " $fpath); autoload -Uz compinit && compinit -u -d " +
                                   (sandbox.dir() / "zcompdump").string() +
                                   " && autoload +X _news-search _news-index && print -r -- "
                                   "${_comps[news-search]} ${_comps[news-index]}"),
        sandbox.dir());
    CHECK_MESSAGE(run.err.empty(), run.err);
    CHECK(run.status == 0);
    CHECK(run.out == "_news-search _news-index\n");
  }

  TEST_CASE("bash and zsh parse every completion script without errors") {
    const Sandbox sandbox;
    for (const std::string check : {"bash -n news-search.bash", "bash -n news-index.bash",
                                    "zsh -n _news-search", "zsh -n _news-index"}) {
      CAPTURE(check);
      const RunResult run =
          run_shell("cd " + shell_quote(kCompletion.string()) + " && " + check, sandbox.dir());
      CHECK_MESSAGE(run.err.empty(), run.err);
      CHECK(run.status == 0);
    }
  }
}
