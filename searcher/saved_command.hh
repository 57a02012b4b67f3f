// `news-search --save NAME QUERY...`, `--unsave NAME` and `--saved`: the
// saved searches of saved_searches.hh, kept, removed and listed.
#pragma once

#include "searcher/search_options.hh"
#include "searcher/sink.hh"

namespace news {

/** Whether the command line asks for one of them instead of a search. */
inline bool asks_for_saved_searches(const SearchConfig& config) {
  return config.save || config.unsave || config.list_saved;
}

/**
 * Runs it; returns the exit status (--saved: 1 when there are none). A
 * saved query is parsed first, saved: searches in it expanded: a bad one, an
 * unknown name or a cycle back to NAME is refused (usage). --unsave refuses
 * to remove a search that another one uses. Throws news::Error.
 */
int run_saved_command(const SearchConfig& config, Sink& sink);

} // namespace news
