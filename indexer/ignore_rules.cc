#include "indexer/ignore_rules.hh"

#include <fstream>

#include <fmt/core.h>

namespace news {
namespace fs = std::filesystem;

namespace {

// What is never an article. Readers exist for text, JSON, HTML and feeds
// (readers/reader_table), gzip-compressed or not; .tar.gz and .tgz are tar archives.
constexpr const char* kDefaultPatterns[] = {
    // an archive's own documentation
    "README", "README.*", "LICENSE", "LICENSE.*", "LICENCE", "LICENCE.*", "COPYING", "COPYING.*",
    "CHANGELOG", "CHANGELOG.*", "CHANGES", "CHANGES.*", "AUTHORS", "AUTHORS.*", "CONTRIBUTING",
    "CONTRIBUTING.*",
    // scripts and style sheets
    "*.sh", "*.bash", "*.zsh", "*.py", "*.pl", "*.rb", "*.php", "*.js", "*.mjs", "*.ts", "*.lua",
    "*.bat", "*.ps1", "*.css", "*.scss", "*.less", "*.xsl", "*.xslt",
    // images, sound and video
    "*.png", "*.jpg", "*.jpeg", "*.gif", "*.webp", "*.svg", "*.bmp", "*.tif", "*.tiff", "*.ico",
    "*.heic", "*.avif", "*.mp3", "*.wav", "*.ogg", "*.oga", "*.flac", "*.m4a", "*.aac", "*.opus",
    "*.mp4", "*.m4v", "*.mkv", "*.webm", "*.avi", "*.mov", "*.wmv", "*.mpg", "*.mpeg",
    // archives other than .gz, fonts
    "*.zip", "*.tar", "*.tar.gz", "*.tgz", "*.bz2", "*.xz", "*.zst", "*.7z", "*.rar", "*.woff",
    "*.woff2", "*.ttf", "*.otf",
    // office documents and PDF files
    "*.pdf", "*.doc", "*.docx", "*.odt", "*.rtf", "*.xls", "*.xlsx", "*.ods", "*.ppt", "*.pptx",
    "*.odp", "*.epub"};

// `path` relative to `base`, or empty when it is not under it.
std::string relative_to(const fs::path& path, const fs::path& base) {
  const std::string p = path.string();
  std::string b = base.string();
  if (!b.empty() && b.back() != '/') b += '/';
  if (b.empty() || !p.starts_with(b) || p.size() == b.size()) return {};
  return p.substr(b.size());
}

} // namespace

const std::vector<IgnoreRule>& default_ignore_rules() {
  static const std::vector<IgnoreRule> rules = [] {
    std::vector<IgnoreRule> out;
    for (const char* text : kDefaultPatterns)
      out.push_back({*IgnorePattern::parse(text, true), "default"});
    return out;
  }();
  return rules;
}

IgnoreRuleSet read_ignore_file(const fs::path& folder, ProblemSink& problems) {
  IgnoreRuleSet set{folder, {}};
  const fs::path file = folder / kIgnoreFileName;
  std::error_code ec;
  if (!fs::is_regular_file(file, ec)) return set;
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    problems.problem({Problem::Severity::Warning, file.string(), std::nullopt,
                      "cannot be read; its patterns are not applied"});
    return set;
  }
  std::string line;
  for (unsigned number = 1; std::getline(in, line); ++number)
    if (auto pattern = IgnorePattern::parse(line))
      set.rules.push_back({std::move(*pattern), fmt::format("{}:{}", file.string(), number)});
  return set;
}

const IgnoreRule* deciding_rule(const std::vector<const IgnoreRuleSet*>& sets,
                                const fs::path& walked, const fs::path& path, bool is_folder) {
  const IgnoreRule* decided = nullptr;
  for (const IgnoreRuleSet* set : sets) {
    const std::string relative = relative_to(path, set->base.empty() ? walked : set->base);
    if (relative.empty()) continue;
    for (const IgnoreRule& rule : set->rules)
      if (rule.pattern.matches(relative, is_folder)) decided = &rule;
  }
  return decided;
}

} // namespace news
