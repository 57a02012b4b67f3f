// What the config file (common/config_file.hh) says about reading: its
// roots, which `sync` walks as it walks those `add` recorded, their read
// options, and the ignore rules of a walk. The precedence of a read option:
// the command line, then the config file's root, then what `add` recorded,
// then the defaults.
#pragma once

#include <string>
#include <vector>

#include "common/config_file.hh"
#include "indexer/file_registry.hh"
#include "indexer/file_walker.hh"

namespace news {

/** The read options of the deepest configured root `path` is or lies under (none: empty). */
OptionValues configured_read_options(const ConfigFile& config, const std::string& path);

/** `recorded` and, after them, the configured roots that are not recorded. */
std::vector<Root> with_configured_roots(std::vector<Root> recorded, const ConfigFile& config);

/**
 * The rules of a walk: the defaults, the config's `ignore`, each configured
 * root's own, the .newsignore files, and the exclusions of `roots`.
 */
WalkRules walk_rules(const ConfigFile& config, const std::vector<Root>& roots);

/** The config's `language` as a code (`en-GB` -> `en`), empty when not set; a value that is
 *  not a language tag is a usage error naming the file and line. */
std::string configured_language(const ConfigFile& config);

/** The config's patterns as rules (blank ones left out). */
std::vector<IgnoreRule> rules_of(const std::vector<Setting>& patterns);

} // namespace news
