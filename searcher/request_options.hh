// The search options both front ends take (the flags of search_request.hh),
// read into a SearchRequest in one place: the command line's values come
// from Boost's variables_map (search_options.cc), a URL's from its
// parameters (url_request.cc). An option of the search added here is taken
// by both, with the same checks and messages; each front end names it its
// own way (`--min-count`, `min_count`).
#pragma once

#include <optional>
#include <string>

#include "common/cli_flag.hh"
#include "searcher/search_request.hh"

namespace news {

/** Where a front end's option values come from. */
class OptionValues {
public:
  virtual ~OptionValues() = default;
  /** How messages name the option of these names: `--min-count`, or `min_count` in a URL. */
  virtual std::string name(const char* names) const = 0;
  /** Whether a switch is on. */
  virtual bool on(const Switch& option) const = 0;
  /** The text given to `flag`, or nullopt. */
  virtual std::optional<std::string> text(const Flag<std::string>& flag) const = 0;
  /** The number given to `flag`, or nullopt; throws news::Error (usage) for another value. */
  virtual std::optional<long long> number(const Flag<long long>& flag) const = 0;
};

/**
 * Every search option both front ends take: --any, --since, --until, --lang,
 * --like, --now, --offset, --sort, --all-versions, --histogram, --facets,
 * --facet-limit, --no-hits, --related, --min-count, --sample. The words,
 * --limit and the timeline's series each front end takes its own way.
 * Throws news::Error (usage) naming the option for a bad value.
 */
void read_search_options(const OptionValues& values, SearchRequest& request);

} // namespace news
