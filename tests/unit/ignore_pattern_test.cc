#include "indexer/ignore_pattern.hh"

#include <doctest/doctest.h>

using namespace news;

namespace {

struct Case {
  const char* pattern;
  const char* path; // relative to the pattern's base
  bool folder;
  bool matches;
};

// .gitignore's rules, one row each (the examples of gitignore(5) among them).
constexpr Case kCases[] = {
    // a name without a slash matches at any depth
    {"*.css", "style.css", false, true},
    {"*.css", "a/b/style.css", false, true},
    {"*.css", "style.css.txt", false, false},
    {"README", "README", false, true},
    {"README", "docs/README", false, true},
    {"README", "READMEs", false, false},
    {"drafts", "drafts", true, true},
    {"drafts", "a/drafts", false, true},
    // a trailing slash: folders only
    {"drafts/", "drafts", true, true},
    {"drafts/", "drafts", false, false},
    {"drafts/", "x/drafts", true, true},
    // a slash at the start or in the middle anchors to the base
    {"/notes.txt", "notes.txt", false, true},
    {"/notes.txt", "a/notes.txt", false, false},
    {"doc/frotz", "doc/frotz", false, true},
    {"doc/frotz", "a/doc/frotz", false, false},
    {"doc/*.txt", "doc/a.txt", false, true},
    {"doc/*.txt", "doc/sub/a.txt", false, false},
    // ** spans any number of components, none included
    {"**/foo", "foo", false, true},
    {"**/foo", "a/b/foo", false, true},
    {"**/foo/bar", "x/foo/bar", false, true},
    {"foo/**", "foo/a", false, true},
    {"foo/**", "foo/a/b", false, true},
    {"foo/**", "foo", true, false},
    {"a/**/b", "a/b", false, true},
    {"a/**/b", "a/x/y/b", false, true},
    {"a/**/b", "a/x/c", false, false},
    // wildcards stay within one component
    {"a*b", "a/b", false, false},
    {"/a*", "a/b", false, false},
    {"?.txt", "1.txt", false, true},
    {"?.txt", "12.txt", false, false},
    {"[0-9]*.json", "2024.json", false, true},
    {"[0-9]*.json", "x.json", false, false},
    // a leading dot is matched by *, as in git
    {"*", ".draft", false, true},
    // negation is the pattern's, matching as without the !
    {"!keep.css", "keep.css", false, true},
    // escapes: a literal leading ! or #, an escaped trailing space
    {"\\!important", "!important", false, true},
    {"\\#tag", "#tag", false, true},
    {"x\\ ", "x ", false, true},
    {"name   ", "name", false, true},
};

} // namespace

TEST_SUITE("ignore_pattern") {
  TEST_CASE("patterns match as in .gitignore") {
    for (const Case& c : kCases) {
      const std::string pattern_text = c.pattern, path = c.path;
      CAPTURE(pattern_text);
      CAPTURE(path);
      CAPTURE(c.folder);
      const auto pattern = IgnorePattern::parse(c.pattern);
      REQUIRE(pattern);
      CHECK(pattern->matches(c.path, c.folder) == c.matches);
    }
  }

  TEST_CASE("comments and blank lines are no pattern") {
    CHECK_FALSE(IgnorePattern::parse(""));
    CHECK_FALSE(IgnorePattern::parse("   "));
    CHECK_FALSE(IgnorePattern::parse("# a comment"));
    CHECK_FALSE(IgnorePattern::parse("/"));
    CHECK_FALSE(IgnorePattern::parse("!"));
    CHECK(IgnorePattern::parse("\\#not a comment"));
  }

  TEST_CASE("! negates, text keeps the line, CR of a CRLF file is dropped") {
    const auto pattern = IgnorePattern::parse("!keep/\r");
    REQUIRE(pattern);
    CHECK(pattern->negated());
    CHECK(pattern->text() == "!keep/");
    CHECK(pattern->matches("keep", true));
    CHECK_FALSE(pattern->matches("keep", false));
  }

  TEST_CASE("case is folded only when asked (the defaults)") {
    CHECK_FALSE(IgnorePattern::parse("*.pdf")->matches("REPORT.PDF", false));
    CHECK(IgnorePattern::parse("*.pdf", true)->matches("REPORT.PDF", false));
    CHECK(IgnorePattern::parse("README", true)->matches("ReadMe", false));
  }
}
