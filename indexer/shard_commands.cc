// `init`: makes a sharded index (a stub file, its shards, its registry);
// `reshard N`: shares its articles out again over N new local shards.
#include <algorithm>
#include <filesystem>

#include <fmt/core.h>

#include "common/byte_escape.hh"
#include "common/cli_options.hh"
#include "common/command_line.hh"
#include "common/database.hh"
#include "common/error.hh"
#include "common/schema.hh"
#include "common/stub_file.hh"
#include "indexer/database_swap.hh"
#include "indexer/index_options.hh"
#include "indexer/index_writer.hh"
#include "indexer/maintenance_commands.hh"
#include "indexer/run_options_cli.hh"
#include "indexer/shard_layout.hh"
#include "indexer/shard_worker.hh"

namespace news {

namespace fs = std::filesystem;
namespace po = boost::program_options;

namespace {

// A shard named by --remote: HOST:PORT, :PROGRAM ARGS or a whole stub line
// (`remote :ssh host xapian-progsrv --writable /srv/s0`, `auto /disk2/s0`),
// as the stub file will list it.
ShardSpec shard_of_option(const std::string& value, const fs::path& stub) {
  const bool line = value.starts_with("remote ") || value.starts_with("auto ") ||
                    value.starts_with("glass ") || value.starts_with("chert ");
  try {
    return parse_stub_line(line ? value : "remote " + value, stub.parent_path());
  } catch (const std::invalid_argument& e) {
    throw_usage("init: --remote {}: {} (give HOST:PORT, :PROGRAM ARGS or a stub file's line)",
                escape_bytes(value), e.what());
  }
}

} // namespace

int run_init_command(const std::vector<std::string>& args) {
  po::options_description visible("Options for init");
  declare(visible, kHelpOption, kStubDbOption, kShardCountOption, kRemoteOption);
  const char* usage = "usage: news-index init --db STUB (--shards N | --remote SHARD...)";
  const char* about =
      R"(Makes a sharded index: the stub file STUB, which lists its shards (what
'news-search --db STUB' opens), and beside it the folder STUB.shards with
the local shards and the registry (roots, files, failures). An article goes
to the shard its id hashes to. --remote names a shard elsewhere, one each:
HOST:PORT for a writable xapian-tcpsrv on a private interface, :PROGRAM ARGS
for a writable xapian-progsrv over a pipe (such as ssh), or any line of a
stub file; docs/SCALING.md has examples, and the empty database a
xapian-progsrv shard needs first.
)";
  const auto vm = parse_command_line(args, usage, visible, "", about);
  if (!vm) return 0;
  const std::optional<std::string> db = given(*vm, kDbOption);
  if (!db || db->empty())
    throw_usage("init: --db STUB is needed (the stub file to make)\n{}", usage);
  const fs::path stub = fs::absolute(*db);
  const unsigned count = given(*vm, kShardCountOption).value_or(0);
  const auto remotes = given(*vm, kRemoteOption).value_or(std::vector<std::string>{});
  if ((count == 0) == remotes.empty())
    throw_usage("init: give --shards N (N from 1) or --remote SHARD per shard\n{}", usage);
  if (count > 256) throw_usage("init: --shards {}: at most 256", count);
  std::error_code ec;
  if (fs::exists(stub, ec) || fs::exists(shards_folder(stub), ec))
    throw Error(ErrorKind::Database,
                fmt::format("init: {} already exists", escape_bytes(stub.string())),
                "choose another --db, or remove the old one first");
  std::vector<ShardSpec> shards = local_shards(shards_folder(stub), count);
  for (const std::string& remote : remotes)
    shards.push_back(shard_of_option(remote, stub));
  // Every shard is made (or reached) before the stub names them.
  IndexWriter registry(registry_path(stub), 0, "news-index init", WriterRole::Registry);
  for (const ShardSpec& shard : shards)
    open_shard_for_writing(shard, 0).commit();
  registry.commit();
  write_stub_file(stub, shards);
  fmt::print("made {} with {} shards\n", escape_bytes(stub.string()), shards.size());
  return 0;
}

namespace {

// Copies every article of `from` to the shard of its id among `to`, one
// thread per new shard; the spelling data and the metadata (saved searches)
// go to the first.
void copy_articles(const Xapian::Database& from, std::vector<std::unique_ptr<ShardWorker>>& to) {
  const std::string id_prefix(prefix_of(Field::Id));
  for (auto it = from.postlist_begin(""); it != from.postlist_end(""); ++it) {
    Xapian::Document document = from.get_document(*it);
    Xapian::TermIterator term = document.termlist_begin();
    term.skip_to(id_prefix);
    const std::string id = term != document.termlist_end() && (*term).starts_with(id_prefix)
                               ? (*term).substr(id_prefix.size())
                               : std::to_string(*it);
    // The document is read here, written there: a document object belongs to one thread.
    to[shard_of(id, to.size())]->post(
        [data = document.serialise()](IndexWriter& writer, Tally& tally) {
          writer.database().add_document(Xapian::Document::unserialise(data));
          ++tally.added;
        });
  }
  std::vector<std::pair<std::string, Xapian::termcount>> spellings;
  for (auto it = from.spellings_begin(); it != from.spellings_end(); ++it)
    spellings.emplace_back(*it, it.get_termfreq());
  std::vector<std::pair<std::string, std::string>> metadata;
  for (auto it = from.metadata_keys_begin(); it != from.metadata_keys_end(); ++it)
    metadata.emplace_back(*it, from.get_metadata(*it));
  to.front()->post([spellings, metadata](IndexWriter& writer, Tally&) {
    Xapian::WritableDatabase& db = writer.database();
    for (const auto& [word, frequency] : spellings)
      db.add_spelling(word, frequency);
    for (const auto& [key, value] : metadata)
      if (db.get_metadata(key).empty()) db.set_metadata(key, value);
  });
  for (auto& shard : to)
    shard->post([](IndexWriter& writer, Tally&) { writer.commit(); });
  for (auto& shard : to)
    shard->drain();
}

} // namespace

int run_reshard_command(const std::vector<std::string>& args) {
  po::options_description visible("Options for reshard");
  declare(visible, kHelpOption, kDbOption, kLockTimeoutOption, kQuietOption);
  const char* usage = "usage: news-index reshard --db STUB [OPTIONS] N";
  const char* about =
      R"(Shares the articles of a sharded index out again over N new local shards
(in STUB.shards), then switches the stub file to them in one rename and
removes the old local shards. Nothing is lost: the new shards are counted
against the old before the switch. Remote shards are copied here too; make
them remote again as docs/SCALING.md says.
)";
  const auto vm = parse_command_line(args, usage, visible, "count", about);
  if (!vm) return 0;
  const auto words = vm->count("count") ? (*vm)["count"].as<std::vector<std::string>>()
                                        : std::vector<std::string>{};
  if (words.size() != 1 || words[0].empty() || words[0].size() > 3 ||
      words[0].find_first_not_of("0123456789") != std::string::npos || std::stoul(words[0]) == 0 ||
      std::stoul(words[0]) > 256)
    throw_usage("reshard: give N, the number of shards (1 to 256)\n{}", usage);
  const auto count = static_cast<unsigned>(std::stoul(words[0]));
  const fs::path stub = fs::absolute(resolve_database_path(given(*vm, kDbOption)));
  if (!is_stub_file(stub))
    throw Error(ErrorKind::Database,
                fmt::format("reshard: {} is not a sharded index (a stub file)",
                            escape_bytes(stub.string())),
                "make one with 'news-index init --shards N --db STUB'");
  const double lock_timeout = given(*vm, kLockTimeoutOption).value_or(0);

  // The registry's lock, then each old shard's: no writer while articles move.
  IndexWriter registry(registry_path(stub), lock_timeout, "news-index reshard",
                       WriterRole::Registry);
  const std::vector<ShardSpec> old_shards = read_stub_file(stub);
  std::vector<std::unique_ptr<IndexWriter>> old_writers;
  Xapian::Database old_whole;
  for (const ShardSpec& shard : old_shards) {
    old_writers.push_back(std::make_unique<IndexWriter>(open_shard_for_writing(shard, lock_timeout),
                                                        WriterRole::Part));
    old_whole.add_database(old_writers.back()->database());
  }
  const fs::path folder = shards_folder(stub);
  std::vector<ShardSpec> new_shards = local_shards(folder, count);
  for (const ShardSpec& shard : new_shards)
    if (std::find(old_shards.begin(), old_shards.end(), shard) != old_shards.end())
      throw_usage("reshard: {} has {} shards already", escape_bytes(stub.string()), count);
  Xapian::doccount articles = 0;
  {
    const ScratchFolder building(folder, ".resharding");
    std::vector<std::unique_ptr<ShardWorker>> workers;
    for (const ShardSpec& shard : new_shards)
      workers.push_back(std::make_unique<ShardWorker>(std::make_unique<IndexWriter>(
          building.path() / shard.path.filename(), 0, "news-index reshard", WriterRole::Part)));
    for (auto& worker : workers)
      worker->start();
    copy_articles(old_whole, workers);
    articles = old_whole.get_doccount();
    Xapian::doccount copied = 0;
    for (auto& worker : workers)
      copied += worker->writer().database().get_doccount();
    if (copied != old_whole.get_doccount())
      throw Error(ErrorKind::Failure,
                  fmt::format("reshard: {} articles copied of {}; the old shards are kept", copied,
                              old_whole.get_doccount()));
    workers.clear(); // closed before they move
    for (const ShardSpec& shard : new_shards) {
      fs::remove_all(shard.path); // one a reshard killed before its switch left
      fs::rename(building.path() / shard.path.filename(), shard.path);
    }
  }
  write_stub_file(stub, new_shards); // the switch: one rename
  old_writers.clear();
  old_whole = Xapian::Database();
  for (const ShardSpec& shard : old_shards) // only the shards of ours, in STUB.shards
    if (!shard.remote() && shard.path.parent_path() == folder) fs::remove_all(shard.path);
  if (!is_on(*vm, kQuietOption))
    fmt::print("resharded {}: {} articles from {} shards to {}\n", escape_bytes(stub.string()),
               articles, old_shards.size(), count);
  return 0;
}

} // namespace news
