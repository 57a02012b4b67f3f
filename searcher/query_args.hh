// `news-search opec -saudi`: a word with a leading dash after the first
// query word excludes that word, as it does inside one quoted query
// ('opec -saudi'), instead of being taken for an unknown option.
#pragma once

#include <string>
#include <vector>

#include <boost/program_options/options_description.hpp>

namespace news {

/**
 * The arguments reordered for the option parser: options (with their values)
 * first, in their order, then `--` and the query words in theirs. A query
 * word is an argument that is not an option or an option's value, everything
 * after `--`, and, after the first query word, a `-word` that is not one of
 * the short options (`-h`, `-n N`, `-nN`, `-f FORMAT`, `-fFORMAT`).
 */
std::vector<std::string>
query_words_last(const std::vector<std::string>& args,
                 const boost::program_options::options_description& options);

} // namespace news
