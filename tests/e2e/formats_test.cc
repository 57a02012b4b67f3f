// Every input format, end to end: indexed by news-index, found by news-search.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <xapian.h>

#include "tests/e2e/cli_runner.hh"

using namespace news::test;
namespace fs = std::filesystem;

namespace {

const std::string kFormats = std::string(FIXTURES_DIR) + "/formats";
const std::string kBad = std::string(FIXTURES_DIR) + "/bad";

std::vector<std::string> ids_for(const Sandbox& sandbox, const std::string& query) {
  return search_ids(sandbox, {query});
}

nlohmann::json only_hit(const Sandbox& sandbox, const std::string& query) {
  RunResult run = sandbox.search({"--format", "json", query});
  const nlohmann::json json = nlohmann::json::parse(run.out);
  REQUIRE(json["hits"].size() == 1);
  return json["hits"][0];
}

const Sandbox& indexed_formats() {
  static const Sandbox sandbox;
  static const RunResult run = sandbox.index({"add", kFormats});
  (void)run;
  return sandbox;
}

} // namespace

TEST_SUITE("e2e: formats") {
  TEST_CASE("every fixture format indexes") {
    RunResult run = Sandbox().index({"add", kFormats});
    // 4 JSONL + 2 API JSON + 2 HTML + 2 RSS + 2 Atom; custom-fields.jsonl has no
    // title or body under the default names, so it is skipped with a warning.
    CHECK(run.out.starts_with("12 added, 0 updated, 0 unchanged, 0 removed, 0 failed"));
    CHECK(run.status == 0);
    CHECK(count_of(run.err, "custom-fields.jsonl:1: record has neither title nor body") == 1);
    CHECK(count_of(run.err, "news.rss:2: date \"sometime last week\" is not a date") == 1);
  }

  TEST_CASE("JSON Lines: found by title, body and date, with its fields") {
    const Sandbox& s = indexed_formats();
    const nlohmann::json hit = only_hit(s, "copper chilean");
    CHECK(hit["id"] == "wire-001");
    CHECK(hit["date"] == "2024-02-13T08:30:00Z");
    CHECK(hit["source"] == "Sample Wire");
    CHECK(hit["author"] == "Ana Ruiz, Tom Bell");
    CHECK(hit["record"] == 1);
    CHECK(hit["path"].get<std::string>().ends_with("/wire.jsonl"));
    CHECK(ids_for(s, "title:copper") == std::vector<std::string>{"wire-001"});
    CHECK(ids_for(s, "thin stocks day:20240213") == std::vector<std::string>{"wire-001"});
    CHECK(ids_for(s, "cobalt").at(0).ends_with("/wire.jsonl:3"));
    CHECK(ids_for(s, "tin warehouses") == std::vector<std::string>{"https://example.org/tin"});
    CHECK(only_hit(s, "rice delta")["snippet"] ==
          "Farmers in the delta reported a bumper rice crop.\nPrices eased.");
  }

  TEST_CASE("JSON API response: nested source name and dates") {
    const Sandbox& s = indexed_formats();
    const nlohmann::json hit = only_hit(s, "harbour bridge repairs");
    CHECK(hit["source"] == "Example Times");
    CHECK(hit["author"] == "Lena Park");
    CHECK(hit["id"] == "https://example.com/harbour-bridge");
    CHECK(ids_for(s, "source:times month:202403").size() == 2);
  }

  TEST_CASE("HTML pages: metadata and clean body") {
    const Sandbox& s = indexed_formats();
    const nlohmann::json hit = only_hit(s, "lighthouse");
    CHECK(hit["title"] == "Historic Lighthouse Restored to Working Order");
    CHECK(hit["date"] == "2024-04-20T12:00:00Z");
    CHECK(hit["author"] == "Maria Lopes");
    CHECK(hit["url"] == "https://coastal.example/lighthouse");
    CHECK(hit["source"] == "Coastal News");
    CHECK(hit["id"].get<std::string>().ends_with("/page.html"));
    CHECK(ids_for(s, "trackVisit").empty());      // script
    CHECK(ids_for(s, "beaches").empty());         // aside
    CHECK(ids_for(s, "lighthouse home").empty()); // nav
    CHECK(only_hit(s, "orchard blossom")["author"] == "Ivo Marek");
  }

  TEST_CASE("RSS and Atom feeds: one article per item") {
    const Sandbox& s = indexed_formats();
    const nlohmann::json bridge = only_hit(s, "footbridge");
    CHECK(bridge["id"] == "valley-1001");
    CHECK(bridge["source"] == "Valley Gazette");
    CHECK(bridge["author"] == "Sam Ortiz");
    CHECK(bridge["date"] == "2024-05-06T09:00:00Z");
    CHECK(bridge["record"] == 1);
    const nlohmann::json library = only_hit(s, "library");
    CHECK(library["id"] == "https://valley.example/library");
    CHECK(library["date"].is_null()); // unparseable: indexed without date
    CHECK(only_hit(s, "dredging")["id"] == "urn:example:harbour:1");
    CHECK(only_hit(s, "pilot boats")["date"] == "2024-06-02T09:00:00Z");
  }

  TEST_CASE("--map reads other field names") {
    Sandbox s;
    RunResult run = s.index({"add", "--map", "id=doc_no", "--map", "title=headline_text", "--map",
                             "body=story", "--map", "source=meta.outlet", "--map", "date=meta.when",
                             kFormats + "/custom-fields.jsonl"});
    CHECK(run.status == 0);
    const nlohmann::json hit = only_hit(s, "glacier");
    CHECK(hit["id"] == "A-1");
    CHECK(hit["title"] == "Glacier Retreat Measured");
    CHECK(hit["source"] == "Alpine Post");
    CHECK(hit["date"] == "2023-08-01T00:00:00Z");
    CHECK(s.index({"add", "--map", "colour=x", kFormats}).status == 2);
  }

  TEST_CASE("gzip copies read as streams and are indexed once") {
    Sandbox s;
    fs::create_directories(s.dir() / "in");
    fs::copy(kFormats + "/wire.jsonl", s.dir() / "in/wire.jsonl");
    REQUIRE(run_shell("gzip -c in/wire.jsonl > in/wire.jsonl.gz && gzip -c " +
                          shell_quote(kFormats + "/news.rss") + " > in/feed.gz",
                      s.dir())
                .status == 0);
    RunResult run = s.index({"add", (s.dir() / "in").string()});
    CHECK(run.status == 0);
    CHECK(articles_in(s) == 6); // 4 wire records once, 2 feed items
    CHECK(ids_for(s, "footbridge") == std::vector<std::string>{"valley-1001"});
    CHECK(ids_for(s, "cobalt").at(0) == (s.dir() / "in/wire.jsonl:3").string());
    const nlohmann::json hit = only_hit(s, "footbridge");
    CHECK(hit["path"].get<std::string>().ends_with("/in/feed.gz"));
  }

  TEST_CASE("a feed saved again with new items adds only the new ones") {
    Sandbox s;
    const std::string item1 = "<item><title>First Item</title><guid>f-1</guid><description>Alpha "
                              "walrus.</description></item>";
    const std::string item2 = "<item><title>Second Item</title><guid>f-2</guid><description>Beta "
                              "walrus.</description></item>";
    const std::string item3 = "<item><title>Third Item</title><guid>f-3</guid><description>Gamma "
                              "walrus.</description></item>";
    auto feed = [](const std::string& items) {
      return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>F</title>" + items +
             "</channel></rss>";
    };
    s.write("snapshots/monday.xml", feed(item1 + item2));
    REQUIRE(s.index({"add", (s.dir() / "snapshots").string()}).out.starts_with("2 added"));
    s.write("snapshots/tuesday.xml", feed(item3 + item1 + item2));
    RunResult again = s.index({"add", (s.dir() / "snapshots/tuesday.xml").string()});
    CHECK(again.out.starts_with("1 added, 0 updated, 2 unchanged, 0 removed, 0 failed"));
    CHECK(ids_for(s, "walrus").size() == 3);
  }

  TEST_CASE("bad input: one line each, the good records indexed, exit status 1") {
    Sandbox s;
    fs::create_directories(s.dir() / "in");
    for (const auto& entry : fs::directory_iterator(kBad))
      fs::copy(entry.path(), s.dir() / "in");
    s.write("in/good.txt", "Good Story\nA body about zebras.\n");
    REQUIRE(run_shell("printf 'Cut Story\\nThis text will be cut short by truncation of the gzip "
                      "stream.\\n' | gzip -c | head -c 30 > in/cut.txt.gz",
                      s.dir())
                .status == 0);
    RunResult run = s.index({"add", (s.dir() / "in").string()});
    CHECK(run.status == 1);
    CHECK(run.out.starts_with("3 added, 0 updated, 0 unchanged, 0 removed, 5 failed"));
    CHECK(count_of(run.err, "mixed.jsonl:2: malformed JSON") == 1);
    CHECK(count_of(run.err, "mixed.jsonl:4: expected a JSON object") == 1);
    CHECK(count_of(run.err, "malformed.json: malformed JSON") == 1);
    CHECK(count_of(run.err, "no-text.html: HTML page has no article text") == 1);
    CHECK(count_of(run.err, "cut.txt.gz: truncated gzip data") == 1);
    CHECK(lines_of(run.err).size() == 5);
    CHECK(ids_for(s, "zebras").size() == 3);
  }

  TEST_CASE("inspect shows what add would index, without a database") {
    Sandbox s;
    RunResult run =
        s.index({"inspect", "--format", "jsonl", kFormats + "/news.rss", kFormats + "/page.html"});
    CHECK(run.status == 0);
    const std::vector<std::string> lines = lines_of(run.out);
    REQUIRE(lines.size() == 3);
    const nlohmann::json first = nlohmann::json::parse(lines[0]);
    CHECK(first["format"] == "rss");
    CHECK(first["record"] == 1);
    CHECK(first["id"] == "valley-1001");
    CHECK(first["date_source"] == "metadata");
    CHECK(
        first["body"] ==
        "A new footbridge opened over the river on Monday.\nIt links the two halves of the town.");
    const nlohmann::json page = nlohmann::json::parse(lines[2]);
    CHECK(page["format"] == "html");
    CHECK(page["language"] == "en");
    CHECK_FALSE(fs::exists(s.db()));

    RunResult text = s.index({"inspect", kFormats + "/page.html"});
    CHECK(text.out.find("title:    Historic Lighthouse Restored to Working Order") !=
          std::string::npos);
    CHECK(text.out.find("date:     2024-04-20T12:00:00Z (metadata)") != std::string::npos);
    CHECK(s.index({"inspect", kBad + "/no-text.html"}).status == 1);
  }

  TEST_CASE("with --file-dates, a file without a date takes its modification time, marked") {
    Sandbox s;
    const fs::path file = s.write("undated.txt", "Undated Story\nAbout an ibex.\n");
    REQUIRE(run_shell("touch -d '2021-07-04 12:00:00 UTC' undated.txt", s.dir()).status == 0);
    REQUIRE(s.index({"add", "--file-dates", file.string()}).status == 0);
    const nlohmann::json hit = only_hit(s, "ibex");
    CHECK(hit["date"] == "2021-07-04T12:00:00Z");
    CHECK(hit["date_source"] == "file");
  }
}
