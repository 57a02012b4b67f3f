// The options of news-index's commands, each defined once (name, help,
// kind of value, accepted words); the commands pick theirs. --help and --db
// are common/cli_options.hh; the read options (--map, --max-file-size,
// --no-entities, --file-dates) are read_options_cli.hh, which records them.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "common/cli_options.hh"
#include "indexer/run_report.hh"

namespace news {

// The writing options (add, sync, remove, compact): run_options_cli.hh.
inline constexpr Flag<double> kLockTimeoutOption{
    "lock-timeout", "wait this many seconds for another writer (default 0), then exit 75"};
inline constexpr Switch kQuietOption{"quiet,q", "print errors only (for cron)"};
inline constexpr std::array<Choice<LogFormat>, 2> kLogFormats{
    {{"text", LogFormat::Text}, {"json", LogFormat::Json}}};
inline constexpr ChoiceFlag<LogFormat> kLogFormatOption{
    {"log-format", "text or json (one event a line)"}, kLogFormats, Refusal::MustBe};
inline constexpr Flag<unsigned> kBatchSizeOption{"batch-size",
                                                 "commit every N article changes (default 1000)"};
inline constexpr Switch kRetryFailedOption{"retry-failed",
                                           "read files that failed before even if unchanged"};
inline constexpr Flag<unsigned> kJobsOption{
    "jobs,j", "writer threads for a new (empty) index (default: one per core)"};

/** init: the shards of a new sharded index */
inline constexpr Flag<std::string> kStubDbOption =
    with_help(kDbOption, "the stub file of the sharded index to make");
inline constexpr Flag<unsigned> kShardCountOption{"shards",
                                                  "N local shards, in the folder beside the stub"};
inline constexpr Flag<std::vector<std::string>> kRemoteOption{
    "remote", "a shard elsewhere (one per shard): HOST:PORT (a writable "
              "xapian-tcpsrv), :PROGRAM ARGS (xapian-progsrv) or a stub line"};

/** sync --dry-run */
inline constexpr Switch kDryRunOption{"dry-run,n", "print what would be done, do nothing"};
/** sources --failed */
inline constexpr Switch kFailedOption{"failed", "list the files that failed, with the reason"};
/** sources --skipped */
inline constexpr Switch kSkippedOption{
    "skipped", "list the files and folders the ignore rules skip, with the rule and where it is "
               "written (the roots are walked again: what the next sync would skip)"};

// --format, with the formats each command prints.
inline constexpr auto kInspectFormats = format_choices({OutputFormat::Text, OutputFormat::Jsonl});
inline constexpr ChoiceFlag<OutputFormat> kInspectFormatOption{
    {"format,f", "text (the first lines of each body) or jsonl (one whole article a line)"},
    kInspectFormats,
    Refusal::MustBe,
    "inspect: "};
inline constexpr Switch kExplainOption{
    "explain", "after each HTML page's article, show which element was taken as its body, with "
               "its score, and the runners-up with theirs (on stderr with --format jsonl)"};
inline constexpr auto kReportFormats = format_choices({OutputFormat::Text, OutputFormat::Json});
inline constexpr ChoiceFlag<OutputFormat> kSourcesFormatOption{
    {"format", "text or json"}, kReportFormats, Refusal::MustBe, "sources: "};
inline constexpr ChoiceFlag<OutputFormat> kStatsFormatOption{
    {"format", "text or json"}, kReportFormats, Refusal::MustBe, "stats: "};

/** stats --allow-partial: the counts of the shards that answer, the others named. */
inline constexpr Switch kStatsAllowPartialOption{
    kAllowPartialOption.names, "count the shards that answer when one does not (with a warning)"};

/** What --db says in the commands that only read the index (sources, stats). */
inline constexpr Flag<std::string> kBriefDbOption = with_help(kDbOption, "index location");

} // namespace news
