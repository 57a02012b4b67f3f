// Saved pages of different layouts (tests/fixtures/pages), read by the real
// news-index: the story's text and nothing around it; and the measure on
// Readability's test pages (../shared/corpora, when present) above a floor.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "tests/e2e/cli_runner.hh"

using namespace news::test;
namespace fs = std::filesystem;

namespace {

const fs::path kPages = fs::path(FIXTURES_DIR) / "pages";

nlohmann::json inspect(const std::string& page) {
  Sandbox s;
  RunResult run =
      s.index({"inspect", "--no-entities", "--format", "jsonl", (kPages / page).string()});
  REQUIRE(run.status == 0);
  return nlohmann::json::parse(run.out);
}

std::string body_of(const std::string& page) { return inspect(page)["body"].get<std::string>(); }

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

constexpr const char* kStoryStart = "The harbour board voted on Tuesday";
constexpr const char* kStoryEnd = "the motion passed by six votes to two.";

} // namespace

TEST_SUITE("e2e: saved pages") {
  TEST_CASE("a page without <article> or <main>: the story, not the menu, list or footer") {
    const nlohmann::json a = inspect("no-article.html");
    CHECK(a["title"] == "Harbour board closes ferry pier");
    const std::string body = a["body"];
    CHECK(body.starts_with(kStoryStart));
    CHECK(body.ends_with(kStoryEnd));
  }

  TEST_CASE("a teaser <article> before the story is not taken, the subhead is kept") {
    const nlohmann::json a = inspect("teaser-article-first.html");
    CHECK(a["author"] == "Ann Reeve");
    CHECK(a["date"] == "2024-03-05T09:30:00Z");
    const std::string body = a["body"];
    CHECK(body.starts_with(kStoryStart));
    CHECK(has(body, "\nWhat happens next\nWork on the new pier"));
    CHECK_FALSE(has(body, "Lifeboat"));
    CHECK_FALSE(has(body, "By Ann Reeve"));
  }

  TEST_CASE("comments after the story are left out, JSON-LD in CDATA is read") {
    const nlohmann::json a = inspect("comments.html");
    CHECK(a["author"] == "Ann Reeve");
    CHECK(a["date"] == "2024-03-05T00:00:00Z");
    const std::string body = a["body"];
    CHECK(body.starts_with(kStoryStart));
    CHECK(body.ends_with(kStoryEnd));
  }

  TEST_CASE("cookie, newsletter and share prompts and captions are left out") {
    const std::string body = body_of("cookie-banner.html");
    CHECK(body.starts_with(kStoryStart));
    CHECK(body.ends_with("The last ferry will leave the old pier on the first of June."));
    for (const char* gone : {"cookies", "inbox", "Share", "low tide"})
      CHECK_MESSAGE(!has(body, gone), gone);
  }

  TEST_CASE("the headline repeated in the body is left out, quotes and lists kept") {
    const nlohmann::json a = inspect("headline-repeated.html");
    CHECK(a["title"] == "Harbour Board Closes Ferry Pier"); // the <h1> agreeing with og:title
    CHECK(a["author"] == "Ann Reeve");
    CHECK(a["date"] == "2024-03-05T00:00:00Z"); // from the URL
    const std::string body = a["body"];
    CHECK(body.starts_with(kStoryStart));
    CHECK(has(body, "We had no choice"));
    CHECK(has(body, "About four hundred people use the ferry every day."));
    CHECK_FALSE(has(body, "Read more"));
  }

  TEST_CASE("inspect --explain shows the element chosen and the runners-up") {
    Sandbox s;
    RunResult run =
        s.index({"inspect", "--no-entities", "--explain", (kPages / "comments.html").string()});
    REQUIRE(run.status == 0);
    CHECK(has(run.out, "how the body was chosen:\nchosen:\n"));
    CHECK(has(run.out, "article.post-content"));
    CHECK(has(run.out, "runners-up:\n"));
    CHECK(has(run.out, "section#comments.comments-area"));
    // With jsonl, stdout stays one article a line.
    run = s.index({"inspect", "--no-entities", "--explain", "--format", "jsonl",
                   (kPages / "comments.html").string()});
    REQUIRE(run.status == 0);
    CHECK(nlohmann::json::parse(run.out)["title"] == "Harbour board closes ferry pier");
    CHECK(has(run.err, "how the body was chosen:\nchosen:\n"));
  }
}
