#include "searcher/url_request.hh"

#include <map>

#include <doctest/doctest.h>

#include "common/error.hh"

using namespace news;

namespace {

SearchRequest from(const std::map<std::string, std::string, std::less<>>& params,
                   unsigned max_limit = 100) {
  return request_from_params(
      [&](std::string_view name) -> std::optional<std::string> {
        const auto found = params.find(name);
        if (found == params.end()) return std::nullopt;
        return found->second;
      },
      max_limit);
}

std::string error_of(const std::map<std::string, std::string, std::less<>>& params) {
  try {
    from(params);
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::Usage);
    return e.what();
  }
  return "(accepted)";
}

} // namespace

TEST_SUITE("url request") {
  TEST_CASE("parameters take the command line's names and values") {
    const SearchRequest r = from({{"q", "putin china"},
                                  {"any", "1"},
                                  {"since", "2024-03"},
                                  {"until", "2024-05"},
                                  {"now", "2024-06-01"},
                                  {"limit", "20"},
                                  {"offset", "40"},
                                  {"sort", "newest"},
                                  {"all_versions", "true"},
                                  {"histogram", "month"},
                                  {"facets", ""},
                                  {"facet_limit", "25"},
                                  {"no_hits", "yes"}});
    CHECK(r.query == "putin china");
    CHECK(r.any);
    CHECK(r.since == "2024-03");
    CHECK(r.until == "2024-05");
    CHECK(format_iso8601(r.now) == "2024-06-01T00:00:00Z");
    CHECK(r.limit == 20);
    CHECK(r.offset == 40);
    CHECK(r.sort == SortOrder::Newest);
    CHECK(r.all_versions);
    CHECK(r.histogram == Period::Month);
    CHECK(r.facets);
    CHECK(r.facet_limit == 25);
    CHECK(r.no_hits);
    CHECK_FALSE(r.count_only);
  }

  // The command line and the URL each read the search options with a copy of
  // their own, and the URL's had no --lang: the API could not choose the
  // query's language (request_options.hh now reads them for both).
  TEST_CASE("bug: the URL had no lang, which the command line's --lang is") {
    CHECK(from({{"q", "Straßenbahnen"}, {"lang", "de"}}).language == "de");
    CHECK(from({{"q", "sanctions"}, {"lang", "none"}}).language == "none");
    CHECK(from({{"q", "sanctions"}}).language.empty());
  }

  TEST_CASE("bug: lang took only a bare code (DE, de-AT, German searched without stems)") {
    CHECK(from({{"q", "Straßenbahnen"}, {"lang", "DE"}}).language == "de");
    CHECK(from({{"q", "Straßenbahnen"}, {"lang", "de-AT"}}).language == "de");
    CHECK(from({{"q", "Straßenbahnen"}, {"lang", "German"}}).language == "de");
    CHECK(from({{"q", "Straßenbahnen"}, {"lang", "None"}}).language == "none");
    CHECK(error_of({{"q", "a"}, {"lang", "martian"}}) ==
          "lang: 'martian' is not a language (a code such as en or de, a name such as German, or "
          "none)");
  }

  TEST_CASE("defaults: ten hits, relevance, collapsed, no extras") {
    const SearchRequest r = from({{"q", "opec"}, {"facets", "0"}});
    CHECK(r.limit == 10);
    CHECK(r.offset == 0);
    CHECK(r.sort == SortOrder::Relevance);
    CHECK_FALSE(r.all_versions);
    CHECK_FALSE(r.facets);
    CHECK_FALSE(r.histogram);
    CHECK(from({{"q", "opec"}}, 5).limit == 5); // the default within the server's bound
  }

  TEST_CASE("bad values are refused, naming the parameter") {
    const struct {
      std::map<std::string, std::string, std::less<>> params;
      std::string message;
    } cases[] = {
        {{{"q", ""}}, "no query given: give q (the words), since, until or like"},
        {{{"q", "  "}}, "no query given: give q (the words), since, until or like"},
        {{{"q", "a"}, {"limit", "0"}}, "limit: 0 is not between 1 and 100"},
        {{{"q", "a"}, {"limit", "101"}}, "limit: 101 is not between 1 and 100"},
        {{{"q", "a"}, {"limit", "ten"}}, "limit: 'ten' is not a number"},
        {{{"q", "a"}, {"limit", "10x"}}, "limit: '10x' is not a number"},
        {{{"q", "a"}, {"limit", ""}}, "limit: '' is not a number"},
        {{{"q", "a"}, {"offset", "-1"}}, "offset: -1 is not a count of hits"},
        {{{"q", "a"}, {"offset", "99999999999999999999"}},
         "offset: '99999999999999999999' is not a number"},
        {{{"q", "a"}, {"sort", "date"}},
         "sort: unknown value 'date' (expected relevance, newest, oldest)"},
        {{{"q", "a"}, {"histogram", "hour"}},
         "histogram: unknown value 'hour' (expected day, week, month, year)"},
        {{{"q", "a"}, {"facets", "maybe"}},
         "facets: 'maybe' is neither on (1, true) nor off (0, false)"},
        {{{"q", "a"}, {"facet_limit", "0"}}, "facet_limit: 0 is not between 1 and 1000"},
        {{{"q", "a"}, {"now", "soon"}},
         "now: 'soon' is not a date (expected e.g. 2024-05-31 or 2024-05-31T12:00:00Z)"},
    };
    for (const auto& c : cases) {
      CAPTURE(c.message);
      CHECK(error_of(c.params) == c.message);
    }
  }

  TEST_CASE("a date or a similar article is enough without words") {
    CHECK(from({{"since", "7d"}}).since == "7d");
    CHECK(from({{"like", "/a/b.txt"}}).like_id == "/a/b.txt");
  }
}

TEST_SUITE("url request: related and timeline") {
  TEST_CASE("related, min_count, sample, timeline's series one a line") {
    const SearchRequest r =
        from({{"q", "person:putin"}, {"related", "1"}, {"min_count", "2"}, {"sample", "0"}});
    CHECK(r.related);
    CHECK(r.min_count == 2);
    CHECK(r.sample == 0);
    CHECK(from({{"q", "putin"}}).sample == 100'000);
    const SearchRequest t = from({{"timeline", "person:putin\nperson:\"xi jinping\""}});
    CHECK(t.timeline == std::vector<std::string>{"person:putin", "person:\"xi jinping\""});
    CHECK(t.query.empty());
  }

  TEST_CASE("bad related and timeline values are refused by name") {
    CHECK(error_of({{"q", "putin"}, {"min_count", "0"}}).find("min_count") == 0);
    CHECK(error_of({{"q", "putin"}, {"sample", "-5"}}).find("sample") == 0);
    CHECK(error_of({{"timeline", "putin\n\nxi"}}).find("empty query") != std::string::npos);
    CHECK(error_of({{"timeline", "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm"}}).find("at most 12") !=
          std::string::npos);
    CHECK(error_of({{"timeline", "putin"}, {"like", "x"}}).find("--like") != std::string::npos);
  }
}
