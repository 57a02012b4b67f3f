#include "common/database_set.hh"

#include <filesystem>
#include <optional>
#include <set>

#include <fmt/core.h>

#include "common/database.hh"
#include "common/error.hh"
#include "common/index_features.hh"
#include "common/schema.hh"

namespace news {
namespace {

// A stub file may list another; Xapian follows them too. Deeper is a loop.
constexpr int kMaxStubDepth = 8;

bool is_remote_spec(const std::string& option) {
  return option.starts_with("remote ") || option.starts_with("remote\t");
}

void add_shards(const ShardSpec& spec, int depth, std::vector<ShardSpec>& out) {
  if (spec.remote() || !is_stub_file(spec.path)) {
    out.push_back(spec);
    return;
  }
  if (depth >= kMaxStubDepth)
    throw Error(ErrorKind::Database,
                fmt::format("{}: stub files nested more than {} deep (a loop?)", spec.path.string(),
                            kMaxStubDepth));
  for (const ShardSpec& listed : read_stub_file(spec.path))
    add_shards(listed, depth + 1, out);
}

Error not_answering(const ShardSpec& shard, const Xapian::Error& e) {
  return Error(ErrorKind::Database,
               fmt::format("the shard {} does not answer: {}", shard.describe(), e.get_msg()),
               "start its server, or give --allow-partial to search the other shards");
}

Xapian::Database open_remote(const ShardSpec& shard, const ShardOptions& options) {
  if (shard.kind == ShardSpec::Kind::Tcp)
    return Xapian::Remote::open(shard.host, shard.port, options.timeout_ms,
                                options.connect_timeout_ms);
  return Xapian::Remote::open(shard.program, shard.args, options.timeout_ms);
}

// What must agree between shards for one search over them to mean anything.
std::string schema_of(const Xapian::Database& db) {
  return db.get_metadata(std::string(metadata_key(Metadata::SchemaVersion))) + '\n' +
         db.get_metadata(std::string(metadata_key(Metadata::Features)));
}

std::string version_of(const Xapian::Database& db) {
  const std::string version = db.get_metadata(std::string(metadata_key(Metadata::SchemaVersion)));
  return version.empty() ? "none" : version;
}

// What one shard has that the other has not, in a few words.
std::string schema_difference(const Xapian::Database& a, const Xapian::Database& b) {
  if (version_of(a) != version_of(b))
    return fmt::format("schema version {}, not {}", version_of(a), version_of(b));
  const auto names = [](const Xapian::Database& db) {
    std::set<std::string> set;
    for (const RecordedFeature& feature :
         decode_features(db.get_metadata(std::string(metadata_key(Metadata::Features)))))
      set.insert(feature.name);
    return set;
  };
  const std::set<std::string> of_a = names(a), of_b = names(b);
  std::string text;
  for (const std::string& name : of_a)
    if (!of_b.contains(name)) text += (text.empty() ? "" : ", ") + ("+" + name);
  for (const std::string& name : of_b)
    if (!of_a.contains(name)) text += (text.empty() ? "" : ", ") + ("-" + name);
  return text.empty() ? "features recorded otherwise" : "features " + text;
}

} // namespace

std::vector<ShardSpec> resolve_shards(const std::vector<std::string>& db_options) {
  std::vector<ShardSpec> shards;
  if (db_options.empty()) {
    ShardSpec spec;
    spec.path = resolve_database_path(std::nullopt);
    add_shards(spec, 0, shards);
    return shards;
  }
  for (const std::string& option : db_options) {
    if (is_remote_spec(option)) {
      try {
        shards.push_back(parse_stub_line(option, std::filesystem::current_path()));
      } catch (const std::invalid_argument& e) {
        throw Error(ErrorKind::Usage, fmt::format("--db {}: {}", option, e.what()));
      }
      continue;
    }
    ShardSpec spec;
    spec.path = resolve_database_path(option);
    add_shards(spec, 0, shards);
  }
  return shards;
}

Xapian::Database open_shard(const ShardSpec& shard, const ShardOptions& options) {
  if (!shard.remote()) return open_for_reading(shard.path);
  Xapian::Database db = open_remote(shard, options);
  check_features(db, shard.describe(), IndexUse::Search);
  return db;
}

void check_same_schema(const std::vector<Xapian::Database>& databases,
                       const std::vector<ShardSpec>& shards) {
  // Each shard's schema read once: a remote shard's metadata is a round trip.
  std::optional<std::size_t> first;
  std::string first_schema;
  for (std::size_t i = 0; i < databases.size(); ++i) {
    const std::string schema = schema_of(databases[i]);
    // A new, empty shard has nothing to disagree with.
    if (schema == "\n" && databases[i].get_doccount() == 0) continue;
    if (!first) {
      first = i;
      first_schema = schema;
      continue;
    }
    if (schema == first_schema) continue;
    throw Error(ErrorKind::Database,
                fmt::format("the shard {} has another schema than the shard {} ({}): refusing to "
                            "search them together",
                            shards[i].describe(), shards[*first].describe(),
                            schema_difference(databases[i], databases[*first])),
                "rebuild the shards of the older schema (news-index rebuild) so that all agree");
  }
}

DatabaseSet::DatabaseSet(std::vector<ShardSpec> shards, ShardOptions options)
    : shards_(std::move(shards)), options_(options) {}

Xapian::Database DatabaseSet::open() {
  std::vector<Xapian::Database> opened;
  std::vector<ShardSpec> specs;
  missing_.clear();
  any_remote_ = false;
  for (const ShardSpec& shard : shards_) {
    try {
      opened.push_back(open_shard(shard, options_));
      specs.push_back(shard);
      any_remote_ = any_remote_ || shard.remote();
    } catch (const Xapian::NetworkError& e) {
      if (!options_.allow_partial) throw not_answering(shard, e);
      missing_.push_back(shard.describe());
    } catch (const Xapian::Error& e) {
      throw Error(ErrorKind::Database, fmt::format("cannot open the shard {}: {}", shard.describe(),
                                                   e.get_description()));
    }
  }
  if (opened.empty())
    throw Error(ErrorKind::Database, fmt::format("no shard answers (of {})", shards_.size()),
                "start their servers, or give --db the shards that are up");
  check_same_schema(opened, specs);
  if (opened.size() == 1) return opened.front();
  Xapian::Database combined;
  for (const Xapian::Database& db : opened)
    combined.add_database(db);
  return combined;
}

void DatabaseSet::shard_lost(const Xapian::NetworkError& error) {
  std::vector<std::string> down;
  std::optional<Error> first;
  for (const ShardSpec& shard : shards_) {
    if (!shard.remote()) continue;
    try {
      open_remote(shard, options_).get_doccount();
    } catch (const Xapian::NetworkError& e) {
      down.push_back(shard.describe());
      if (!first) first = not_answering(shard, e);
    }
  }
  if (down.empty()) throw error;
  if (!options_.allow_partial) {
    if (down.size() == 1) throw *first;
    std::string names;
    for (const std::string& name : down)
      names += (names.empty() ? "" : ", ") + name;
    throw Error(ErrorKind::Database, fmt::format("the shards {} do not answer", names),
                "start their servers, or give --allow-partial to search the other shards");
  }
}

} // namespace news
