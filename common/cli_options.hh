// The options both executables take, each defined once: --help, --db and
// the output formats that --format chooses from (each command that prints
// defines its --format with the formats it can print).
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <vector>

#include "common/cli_flag.hh"

namespace news {

/** --help, -h: prints the command's usage and options. */
inline constexpr Switch kHelpOption{"help,h", "show this help"};
inline constexpr Switch kVersionOption{"version",
                                       "show the version (and Xapian's, and the index schema's)"};

/**
 * --db PATH: the index. Given even empty (which resolve_database_path
 * refuses rather than take the default index).
 */
inline constexpr Flag<std::string> kDbOption{
    "db", "index location (default: $NEWS_INDEX_DB, else the config file's database, else "
          "$XDG_DATA_HOME/news-index)"};

/**
 * --db for what only reads (news-search, show, serve): repeatable, each an
 * index folder, a stub file or `remote HOST:PORT` / `remote :PROGRAM ARGS`
 * (common/database_set); one search spans them all.
 */
inline constexpr Flag<std::vector<std::string>> kShardsOption{
    "db", "index: a folder, a stub file or 'remote HOST:PORT'; repeat to search several (default: "
          "$NEWS_INDEX_DB, else the config file's database, else $XDG_DATA_HOME/news-index)"};
/** --allow-partial: a shard that does not answer is left out, with a warning. */
inline constexpr Switch kAllowPartialOption{
    "allow-partial", "search the shards that answer when one does not (with a warning)"};

/** What a command can print. */
enum class OutputFormat { Text, Json, Jsonl, Ids, Csv };

/** The word --format takes for each format. */
inline constexpr std::array<Choice<OutputFormat>, 5> kOutputFormats{{{"text", OutputFormat::Text},
                                                                     {"json", OutputFormat::Json},
                                                                     {"jsonl", OutputFormat::Jsonl},
                                                                     {"ids", OutputFormat::Ids},
                                                                     {"csv", OutputFormat::Csv}}};

/** The choices of a command's --format: `formats`, in that order. */
template <std::size_t N>
constexpr std::array<Choice<OutputFormat>, N> format_choices(const OutputFormat (&formats)[N]) {
  std::array<Choice<OutputFormat>, N> choices{};
  for (std::size_t i = 0; i < N; ++i)
    choices[i] = kOutputFormats[static_cast<std::size_t>(formats[i])];
  return choices;
}

} // namespace news
