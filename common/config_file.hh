// The configuration file, $XDG_CONFIG_HOME/news-index/config.toml (else
// ~/.config/news-index/config.toml; `--config FILE` or $NEWS_INDEX_CONFIG
// point elsewhere), read with toml++:
//
//   database = "~/news/index"          # the index, when neither --db nor $NEWS_INDEX_DB
//   language = "en"                    # of articles that declare none, too short to tell
//   ignore = ["*.bak", "drafts/"]      # patterns for every root (.gitignore's)
//   [[root]]                           # an archive that `sync` walks
//   path = "~/news/archive"
//   map = { body = "story_text" }      # the read options of add and sync
//   max-file-size = 80
//   no-entities = true
//   file-dates = true
//   ignore = ["raw/"]                  # patterns for this root only
//
// Every setting keeps the line it was written on, for `news-index config`
// and for errors. This file is the config's whole schema: any other key is an
// error naming the known ones. Paths: `~/` is the home folder, a relative
// path is relative to the config file's folder.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace news {

/** A value and where it was set: `FILE:LINE`, `--db`, `$NEWS_INDEX_DB`, or `default`. */
struct Setting {
  std::string value;
  std::string origin;
};

/** A read option of a root: its values as on a command line (none: a switch that is on). */
struct ConfiguredOption {
  std::vector<std::string> values;
  std::string origin;
};

/** A `[[root]]` table. */
struct ConfiguredRoot {
  Setting path; /**< absolute, lexically normal */
  /** By name, as on the command line without `--`; a switch set to false is not there. */
  std::map<std::string, ConfiguredOption> read_options;
  std::vector<Setting> ignore;
  std::string origin; /**< where the table starts */
};

struct ConfigFile {
  Setting
      location; /**< the file, and what chose it (`--config`, `$NEWS_INDEX_CONFIG`, `default`) */
  bool exists = false;
  std::optional<Setting> database;
  std::optional<Setting> language;
  std::vector<Setting> ignore;
  std::vector<ConfiguredRoot> roots;
};

/** An environment variable's value; nullopt when it is not set or empty. */
std::optional<std::string> environment_value(const char* name);

/** The read options a `[[root]]` may have, in their command-line spelling. */
const std::vector<std::string>& configurable_read_options();

/** `--config FILE`, for the rest of the process (before the first config_file()). */
void use_config_file(const std::filesystem::path& file);

/**
 * The configuration, read once per process. A file chosen by --config or
 * $NEWS_INDEX_CONFIG must exist; the default one may not (then nothing is
 * configured). Throws news::Error (usage, exit 2) with one line `FILE:LINE:
 * problem` when the file is not valid TOML or holds an unknown key or a
 * value of the wrong type.
 */
const ConfigFile& config_file();

/** Reads a configuration from `location` (config_file's work; for tests). */
ConfigFile read_config_file(const Setting& location, bool must_exist);

} // namespace news
