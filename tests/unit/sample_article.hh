// An article with every field but record and entities, for the tests of the
// article's trip through stored data and documents, and a check that two
// articles are the same field by field.
#pragma once

#include <doctest/doctest.h>

#include "common/article.hh"

namespace news::testing {

inline Article sample_article() {
  Article a;
  a.id = "/archive/putin.txt";
  a.title = "Putin Announces Plans To Visit China";
  a.body = "First paragraph.\nSecond paragraph.";
  a.date = parse_date("2024-03-28T10:00:00Z");
  a.date_source = DateSource::Metadata;
  a.source = "Sample Wire";
  a.url = "https://example.com/putin";
  a.author = "Jane Doe";
  a.dateline = "MOSCOW, March 28";
  a.language = "en";
  a.path = "/archive/putin.txt";
  a.format = "text";
  return a;
}

inline void check_same_article(const Article& out, const Article& in) {
  CHECK(out.id == in.id);
  CHECK(out.title == in.title);
  CHECK(out.body == in.body);
  CHECK(out.date == in.date);
  CHECK(out.date_source == in.date_source);
  CHECK(out.source == in.source);
  CHECK(out.url == in.url);
  CHECK(out.author == in.author);
  CHECK(out.dateline == in.dateline);
  CHECK(out.language == in.language);
  CHECK(out.path == in.path);
  CHECK(out.record == in.record);
  CHECK(out.format == in.format);
  CHECK(out.entities.person == in.entities.person);
  CHECK(out.entities.org == in.entities.org);
  CHECK(out.entities.place == in.entities.place);
}

} // namespace news::testing
