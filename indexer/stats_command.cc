#include <algorithm>
#include <filesystem>

#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "common/byte_escape.hh"
#include "common/command_line.hh"
#include "common/database.hh"
#include "common/database_set.hh"
#include "common/date.hh"
#include "common/index_codecs.hh"
#include "common/index_features.hh"
#include "common/schema.hh"
#include "indexer/file_registry.hh"
#include "indexer/index_options.hh"
#include "indexer/index_target.hh"
#include "indexer/maintenance_commands.hh"
#include "indexer/shard_layout.hh"

namespace news {

namespace fs = std::filesystem;
namespace po = boost::program_options;

namespace {

std::uintmax_t folder_size(const fs::path& folder) {
  std::uintmax_t total = 0;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(folder, ec))
    if (entry.is_regular_file(ec)) total += entry.file_size(ec);
  return total;
}

// Distinct words of the text as written (not of the title, source or author
// fields, nor the filter or stem terms, all behind capitals): the vocabulary.
Xapian::termcount distinct_words(const Xapian::Database& db) {
  Xapian::termcount count = 0;
  Xapian::TermIterator it = db.allterms_begin();
  const Xapian::TermIterator end = db.allterms_end();
  while (it != end) {
    const std::string term = *it;
    if (term[0] >= 'A' && term[0] <= 'Z') {
      it.skip_to("["); // past every term behind capitals
      continue;
    }
    ++count;
    ++it;
  }
  return count;
}

// Articles per language code (each has at most one `L` term), most first.
nlohmann::ordered_json languages(const Xapian::Database& db) {
  const std::string prefix(spec(Field::Language).prefix);
  std::vector<std::pair<std::string, Xapian::doccount>> counts;
  for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it)
    counts.emplace_back((*it).substr(prefix.size()), it.get_termfreq());
  std::stable_sort(counts.begin(), counts.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  nlohmann::ordered_json json = nlohmann::ordered_json::object();
  for (const auto& [code, count] : counts)
    json[code] = count;
  return json;
}

// `en 120, fr 31`: an object of counts on one line.
std::string counts_line(const nlohmann::ordered_json& counts) {
  std::string line;
  for (const auto& [name, count] : counts.items())
    line += (line.empty() ? "" : ", ") + name + " " + count.dump();
  return line.empty() ? "none" : line;
}

} // namespace

int run_stats_command(const std::vector<std::string>& args) {
  po::options_description visible("Options for stats");
  declare(visible, kHelpOption, kBriefDbOption, kStatsFormatOption, kStatsAllowPartialOption);
  const auto vm = parse_command_line(
      args, "usage: news-index stats [--format text|json] [--allow-partial]", visible);
  if (!vm) return 0;
  const bool json_format = chosen(*vm, kStatsFormatOption) == OutputFormat::Json;
  const fs::path path = resolve_database_path(given(*vm, kBriefDbOption));
  const bool sharded = is_sharded(path);
  std::vector<ShardSpec> shards(1);
  shards.front().path = path;
  if (sharded) shards = read_stub_file(path);
  // A sharded index's shards as a search opens them: with --allow-partial,
  // the counts of those that answer, and the others named.
  DatabaseSet set(shards, ShardOptions{.allow_partial = is_on(*vm, kStatsAllowPartialOption)});
  const Xapian::Database db = sharded ? set.open() : open_for_reading(path);
  for (const std::string& shard : set.missing())
    fmt::print(stderr, "news-index: stats: shard {} does not answer: left out of the counts\n",
               shard);
  const Xapian::Database registry_db = sharded ? open_for_reading(registry_path(path)) : db;
  const FileRegistry registry(registry_db);
  const std::vector<FileRecord> files = registry.files();
  unsigned failed = 0;
  for (const FileRecord& file : files)
    failed += file.error.empty() ? 0 : 1;
  std::string last_sync;
  for (const Root& root : registry.roots())
    last_sync = std::max(last_sync, root.last_sync);
  const Xapian::valueno date_slot = slot_of(Field::Date);
  const auto first = decode_date_value(db.get_value_lower_bound(date_slot));
  const auto last = decode_date_value(db.get_value_upper_bound(date_slot));

  nlohmann::ordered_json json;
  json["database"] = escape_bytes(path.string()); // bytes: a folder name need not be UTF-8
  json["shards"] = shards.size();
  if (!set.missing().empty()) json["missing_shards"] = set.missing();
  json["articles"] = db.get_doccount();
  json["roots"] = registry.roots().size();
  json["files"] = files.size();
  json["failed_files"] = failed;
  json["distinct_words"] = distinct_words(db);
  json["first_date"] =
      first ? nlohmann::ordered_json(format_iso8601(*first)) : nlohmann::ordered_json(nullptr);
  json["last_date"] =
      last ? nlohmann::ordered_json(format_iso8601(*last)) : nlohmann::ordered_json(nullptr);
  // Articles without a date have no date value: found by words only.
  json["undated"] = db.get_doccount() - db.get_value_freq(date_slot);
  json["languages"] = languages(db);
  Xapian::doccount with_language = 0;
  for (const auto& [code, count] : json["languages"].items())
    with_language += count.get<Xapian::doccount>();
  // Too short or mixed to tell, and none declared: no `L` term.
  json["undetermined_language"] = db.get_doccount() - with_language;
  std::uintmax_t size = 0; // of the local shards: a server's disk is not ours to read
  for (const ShardSpec& shard : shards)
    size += shard.remote() ? 0 : folder_size(shard.path);
  json["size_bytes"] = size;
  json["last_sync"] =
      last_sync.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(last_sync);
  json["schema_version"] = kWrittenSchemaVersion;
  if (json_format) {
    fmt::print("{}\n", json.dump(2));
    return 0;
  }
  for (const auto& [key, value] : json.items())
    fmt::print("{:<15} {}\n", key + ":",
               value.is_string()   ? value.get<std::string>()
               : value.is_object() ? counts_line(value)
                                   : value.dump());
  return 0;
}

} // namespace news
