// The man pages (docs/man/*.scd, built by CMake with scdoc) agree with
// --help: every option, command, exit status and search field it names is
// in the page's source, so that they cannot drift apart; each page renders,
// and what man shows is its golden file (tests/golden/man), as the help texts
// are theirs (tests/golden/help). NEWS_UPDATE_GOLDEN=1 writes the golden files
// instead (and fails, so that they are read before committing).
#include <cstdlib>
#include <fstream>
#include <regex>

#include <doctest/doctest.h>

#include "common/schema.hh"
#include "tests/e2e/cli_runner.hh"
#include "tests/e2e/golden_file.hh"
#include "tests/e2e/help_text.hh"

using namespace news::test;
namespace fs = std::filesystem;

namespace {

const fs::path kSources = fs::path(SCRIPTS_DIR).parent_path() / "docs" / "man";
const fs::path kGolden = fs::path(FIXTURES_DIR).parent_path() / "golden";

std::string source_of(const std::string& page) { return file_contents(kSources / (page + ".scd")); }

// The page as man shows it on 80 columns, its date (scdoc's: the day it was
// built) written DATE.
std::string rendered(const std::string& page) {
  const fs::path built = fs::path(NEWS_MAN_DIR) / page;
  REQUIRE_MESSAGE(
      fs::exists(built),
      "man page not built (scdoc missing? scripts/test installs it): " << built.string());
  const Sandbox sandbox;
  const RunResult run = run_shell(
      "MANWIDTH=80 LC_ALL=C.UTF-8 man -P cat -l " + shell_quote(built.string()), sandbox.dir());
  CHECK_MESSAGE(run.err.empty(), run.err);
  REQUIRE(run.status == 0);
  return std::regex_replace(run.out, std::regex("[0-9]{4}-[0-9]{2}-[0-9]{2}"), "DATE");
}

void check_fits_80_columns(const std::string& text) {
  for (const std::string& line : lines_of(text)) {
    CAPTURE(line);
    CHECK(line.find('\t') == std::string::npos);
    // Columns: UTF-8 continuation bytes take none.
    std::size_t columns = 0;
    for (const char c : line)
      if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++columns;
    CHECK(columns <= 80);
  }
}

// In scdoc, a name set in bold: *--limit*, *add*, *0*, *person:*.
void check_named(const std::string& source, const std::set<std::string>& names) {
  REQUIRE(!names.empty());
  for (const std::string& name : names) {
    CAPTURE(name);
    CHECK(source.find("*" + name + "*") != std::string::npos);
  }
}

} // namespace

TEST_SUITE("man pages and help") {
  TEST_CASE("news-search(1) names every option and exit status of news-search --help") {
    const std::string help = search_help();
    const std::string source = source_of("news-search.1");
    check_named(source, options_in(help));
    check_named(source, exit_statuses_in(help));
  }

  TEST_CASE("news-index(1) names every command, option and exit status of news-index's help") {
    const std::string source = source_of("news-index.1");
    check_named(source, index_commands());
    const std::string help = index_help();
    check_named(source, options_in(help));
    check_named(source, exit_statuses_in(help));
  }

  TEST_CASE("news-query(7) and news-search(1) describe every search field of the schema") {
    std::set<std::string> fields;
    for (const news::FieldSpec& field : news::kFields)
      if (!field.query_name.empty()) fields.insert(std::string(field.query_name) + ":");
    REQUIRE(fields.size() >= 10);
    check_named(source_of("news-query.7"), fields);
    check_named(source_of("news-search.1"), fields);
    for (const std::string& field : fields)
      CHECK(search_help().find("  " + field) != std::string::npos);
  }

  TEST_CASE("every man page renders, fits 80 columns and is its golden file") {
    for (const std::string page : {"news-index.1", "news-search.1", "news-query.7"}) {
      CAPTURE(page);
      const std::string text = rendered(page);
      CHECK(text.find("NAME") != std::string::npos);
      CHECK(text.size() > 1000);
      check_fits_80_columns(text);
      check_golden(kGolden / "man" / (page + ".txt"), text);
    }
  }

  TEST_CASE("every line of both tools' --help fits 80 columns and is its golden file") {
    const std::string search = search_help();
    const std::string index = index_help();
    check_fits_80_columns(search);
    check_fits_80_columns(index);
    check_golden(kGolden / "help" / "news-search.txt", search);
    check_golden(kGolden / "help" / "news-index.txt", index);
  }

  TEST_CASE("cmake --install installs the executables, the man pages and the completion") {
    const Sandbox sandbox;
    const fs::path prefix = sandbox.dir() / "prefix";
    const RunResult run = run_shell("cmake --install " + shell_quote(NEWS_BUILD_DIR) +
                                        " --prefix " + shell_quote(prefix.string()),
                                    sandbox.dir());
    REQUIRE_MESSAGE(run.status == 0, run.err);
    for (const std::string file :
         {"bin/news-index", "bin/news-search", "share/man/man1/news-index.1",
          "share/man/man1/news-search.1", "share/man/man7/news-query.7",
          "share/bash-completion/completions/news-index",
          "share/bash-completion/completions/news-search", "share/zsh/site-functions/_news-index",
          "share/zsh/site-functions/_news-search"}) {
      CAPTURE(file);
      CHECK(fs::file_size(prefix / file) > 0);
    }
    CHECK(file_contents(prefix / "share/man/man7/news-query.7") ==
          file_contents(fs::path(NEWS_MAN_DIR) / "news-query.7"));
  }
}
