// news-search show, the handles of the text output and --fields, end to end:
// whole outputs compared with their golden files (tests/golden/show), the
// sandbox's folder written `$DIR`. NEWS_UPDATE_GOLDEN=1 writes the golden
// files instead (and fails, so that they are read before committing).
#include <cstdlib>
#include <fstream>

#include <doctest/doctest.h>

#include "tests/e2e/cli_runner.hh"
#include "tests/e2e/golden.hh"

using namespace news::test;
namespace fs = std::filesystem;

namespace {

const fs::path kGolden = fs::path(FIXTURES_DIR).parent_path() / "golden" / "show";

// Two copies of one story (another source, a day later) and another article,
// without a source: its hit shows where it is, `path:line`.
constexpr const char* kWire =
    R"({"id": "wire-1", "title": "Opec Agrees to Cut Output", "date": "2024-03-01T10:00:00Z", "source": "Wire One", "author": "Ann Reporter", "url": "https://example.com/opec", "language": "en", "body": "VIENNA - Opec ministers agreed on Friday to cut oil output by a million barrels a day from April, the group's president Abdulaziz bin Salman said after a meeting in Vienna.\nSaudi Arabia will carry most of the cut, delegates said, while Russia and Iraq pledged smaller reductions."}

{"id": "wire-2", "title": "Opec Agrees to Cut Output", "date": "2024-03-02T08:00:00Z", "source": "Wire Two", "body": "VIENNA - Opec ministers agreed on Friday to cut oil output by a million barrels a day from April, the group's president Abdulaziz bin Salman said after a meeting in Vienna.\nSaudi Arabia will carry most of the cut, delegates said, while Russia and Iraq pledged smaller reductions."}
{"id": "wire-3", "title": "Wheat Prices Fall", "date": "2024-03-04T09:00:00Z", "body": "Wheat futures fell for a third day in Chicago as rain eased fears for the harvest in Kansas."}
)";

const Sandbox& wire_index() {
  static const Sandbox sandbox;
  static const int status = [] {
    sandbox.write("wire.jsonl", kWire);
    return sandbox.index({"add", (sandbox.dir() / "wire.jsonl").string()}).status;
  }();
  REQUIRE(status == 0);
  return sandbox;
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  for (std::size_t at = 0; (at = text.find(from, at)) != std::string::npos; at += to.size())
    text.replace(at, from.size(), to);
  return text;
}

// `news-search show ARGS...` (show comes first: it is a command, not a word).
RunResult show(const Sandbox& sandbox, const std::string& args) {
  return run_shell("COLUMNS=80 NEWS_INDEX_DB=" + shell_quote(sandbox.db().string()) + " " +
                       shell_quote(NEWS_SEARCH_EXE) + " show " + args,
                   sandbox.dir());
}

// Exit status, stdout, stderr; the sandbox folder as $DIR.
std::string whole(const Sandbox& sandbox, const RunResult& run) {
  return replaced("exit " + std::to_string(run.status) + "\n" + run.out + "--- stderr\n" + run.err,
                  sandbox.dir().string(), "$DIR");
}

void check_golden(const std::string& name, const std::string& actual) {
  news::test::check_golden(kGolden, name, actual);
}

// The handle the text output shows for the first hit of `query`.
std::string first_handle(const Sandbox& sandbox, const std::string& query) {
  const RunResult run = sandbox.search({"--color", "never", query});
  REQUIRE(run.status == 0);
  const std::vector<std::string> lines = lines_of(run.out);
  REQUIRE(lines.size() > 1);
  const std::string origin = lines[1].substr(5); // "     HANDLE  DATE  SOURCE"
  return origin.substr(0, origin.find(' '));
}

} // namespace

TEST_SUITE("e2e: show, handles and --fields") {
  TEST_CASE("the text output shows each hit's handle and a JSON Lines record as path:line") {
    const Sandbox& sandbox = wire_index();
    const RunResult run =
        sandbox.search({"--color", "never", "--all-versions", "--sort", "oldest", "opec OR wheat"});
    check_golden("search.txt", whole(sandbox, run));
  }

  TEST_CASE("show prints the whole article, its copies and its body (text)") {
    const Sandbox& sandbox = wire_index();
    check_golden("show.txt", whole(sandbox, show(sandbox, "wire-1")));
  }

  TEST_CASE("show --format json prints the article view of the service") {
    const Sandbox& sandbox = wire_index();
    check_golden("show.json", whole(sandbox, show(sandbox, "--format json wire-2")));
  }

  TEST_CASE("show takes the handle the search printed, and any longer start of the hash") {
    const Sandbox& sandbox = wire_index();
    const std::string handle = first_handle(sandbox, "wheat");
    CHECK(handle.size() == 7);
    const RunResult by_id = show(sandbox, "wire-3");
    const RunResult by_handle = show(sandbox, handle);
    CHECK(by_handle.status == 0);
    CHECK(by_handle.out == by_id.out);
    CHECK(show(sandbox, handle.substr(0, 4)).out == by_id.out);
    const std::string upper = "$(echo " + handle + " | tr a-f A-F)";
    CHECK(show(sandbox, upper).out == by_id.out);
  }

  TEST_CASE("--like takes a handle as it takes an id") {
    const Sandbox& sandbox = wire_index();
    const std::string handle = first_handle(sandbox, "wheat");
    const RunResult by_handle = sandbox.search({"--format", "ids", "--like", handle});
    const RunResult by_id = sandbox.search({"--format", "ids", "--like", "wire-3"});
    CHECK(by_handle.status == by_id.status);
    CHECK(by_handle.out == by_id.out);
  }

  TEST_CASE("show: an unknown id is one line and exit 1, the other articles still printed") {
    const Sandbox& sandbox = wire_index();
    const RunResult run = show(sandbox, "nope wire-3");
    CHECK(run.status == 1);
    CHECK(run.err == "news-search: show: no article with id 'nope'\n");
    CHECK(run.out == show(sandbox, "wire-3").out);
  }

  TEST_CASE("show: usage errors exit 2") {
    const Sandbox& sandbox = wire_index();
    CHECK(show(sandbox, "").status == 2);
    CHECK(show(sandbox, "--format csv wire-1").status == 2);
    CHECK(show(sandbox, "--bogus wire-1").status == 2);
  }

  TEST_CASE("--fields chooses the keys of jsonl and the columns of csv, body included") {
    const Sandbox& sandbox = wire_index();
    const std::vector<std::string> query = {"--all-versions", "--sort", "oldest", "opec"};
    auto with = [&](std::vector<std::string> args) {
      args.insert(args.end(), query.begin(), query.end());
      return whole(sandbox, sandbox.search(args));
    };
    check_golden("fields.jsonl", with({"--format", "jsonl", "--fields", "id,title,body,record"}));
    check_golden("fields.csv", with({"--format", "csv", "--fields", "rank,id,body,entities"}));
    check_golden("fields.json", with({"--format", "json", "--fields", "id,similar"}));
  }

  TEST_CASE("--fields refuses a name the field table has not, naming the ones it has") {
    const Sandbox& sandbox = wire_index();
    const RunResult run = sandbox.search({"--format", "jsonl", "--fields", "id,bodyy", "opec"});
    CHECK(run.status == 2);
    CHECK(run.err == "news-search: --fields: no field 'bodyy'; the fields are rank, id, title, "
                     "body, date, url, source, author, dateline, language, date_source, entities, "
                     "path, record, format, score, similar, snippet\n");
    CHECK(sandbox.search({"--fields", "id", "opec"}).status == 2); // text has no fields
    CHECK(sandbox.search({"--format", "csv", "--fields", "id,id", "opec"}).status == 2);
    CHECK(sandbox.search({"--format", "csv", "--fields", "", "opec"}).status == 2);
  }
}
