#include "indexer/configured_roots.hh"

#include "common/error.hh"
#include "common/language_codes.hh"

namespace news {

namespace {

const ConfiguredRoot* deepest_configured(const ConfigFile& config, const std::string& path) {
  const ConfiguredRoot* deepest = nullptr;
  for (const ConfiguredRoot& root : config.roots)
    if (is_under(path, root.path.value) &&
        (!deepest || root.path.value.size() > deepest->path.value.size()))
      deepest = &root;
  return deepest;
}

} // namespace

OptionValues configured_read_options(const ConfigFile& config, const std::string& path) {
  OptionValues options;
  if (const ConfiguredRoot* root = deepest_configured(config, path))
    for (const auto& [name, option] : root->read_options)
      options[name] = option.values;
  return options;
}

std::vector<Root> with_configured_roots(std::vector<Root> recorded, const ConfigFile& config) {
  for (const ConfiguredRoot& configured : config.roots) {
    bool known = false;
    for (const Root& root : recorded)
      known = known || root.path == configured.path.value;
    if (!known) recorded.push_back({configured.path.value, "", {}, {}});
  }
  return recorded;
}

std::string configured_language(const ConfigFile& config) {
  if (!config.language) return {};
  std::optional<std::string> code = language_named(config.language->value);
  if (!code)
    throw_usage("{}: language '{}' is not a language (a code such as \"en\", or a name such as "
                "\"German\")",
                config.language->origin, config.language->value);
  return *code;
}

std::vector<IgnoreRule> rules_of(const std::vector<Setting>& patterns) {
  std::vector<IgnoreRule> rules;
  for (const Setting& setting : patterns)
    if (auto pattern = IgnorePattern::parse(setting.value))
      rules.push_back({std::move(*pattern), setting.origin});
  return rules;
}

WalkRules walk_rules(const ConfigFile& config, const std::vector<Root>& roots) {
  WalkRules rules;
  rules.ignore_files = true;
  rules.sets.push_back({{}, default_ignore_rules()});
  rules.sets.push_back({{}, rules_of(config.ignore)});
  for (const ConfiguredRoot& root : config.roots)
    rules.sets.push_back({root.path.value, rules_of(root.ignore)});
  for (const Root& root : roots)
    rules.excluded.insert(root.excluded.begin(), root.excluded.end());
  return rules;
}

} // namespace news
