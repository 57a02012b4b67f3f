#include "common/index_features.hh"

#include <algorithm>
#include <iterator>

#include <fmt/core.h>

#include "common/error.hh"
#include "common/schema.hh"

namespace news {
namespace {

namespace fs = std::filesystem;

// The schema version of the indexes from before features were recorded.
constexpr std::string_view kVersion3 = "3";

std::string metadata(const Xapian::Database& db, Metadata key) {
  return db.get_metadata(std::string(metadata_key(key)));
}

std::string_view needed_by(bool search, bool index) {
  if (search && index) return "search,index";
  return search ? "search" : "index";
}

const Feature* known_feature(std::string_view name) {
  for (const Feature& feature : kFeatures)
    if (feature.name == name) return &feature;
  return nullptr;
}

std::string upgrade_hint(Upgrade upgrade, const fs::path& path) {
  switch (upgrade) {
  case Upgrade::Rebuild:
    break;
  }
  return fmt::format("rebuild it: news-index --db {} rebuild (reads its folders and files again)",
                     path.string());
}

std::string joined(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (const std::string& item : items) {
    if (!out.empty()) out += separator;
    out += item;
  }
  return out;
}

// The features of an index that records them, or of schema version 3.
std::vector<RecordedFeature> features_of(const std::string& features, const std::string& version) {
  if (!features.empty()) return decode_features(features);
  if (version != kVersion3) return {};
  std::vector<Feature> of_version_3;
  std::copy_if(kFeatures.begin(), kFeatures.end(), std::back_inserter(of_version_3),
               [](const Feature& feature) { return feature.in_version_3; });
  return recorded(of_version_3);
}

} // namespace

std::string encode_features(std::span<const RecordedFeature> features) {
  std::string value;
  for (const RecordedFeature& feature : features)
    value += fmt::format("{}\t{}\n", feature.name,
                         needed_by(feature.needed_to_search, feature.needed_to_index));
  return value;
}

std::vector<RecordedFeature> decode_features(std::string_view value) {
  std::vector<RecordedFeature> features;
  while (!value.empty()) {
    const std::size_t end = std::min(value.find('\n'), value.size());
    const std::string_view line = value.substr(0, end);
    value.remove_prefix(std::min(end + 1, value.size()));
    if (line.empty()) continue;
    const std::size_t tab = line.find('\t');
    RecordedFeature feature{std::string(line.substr(0, tab))};
    if (tab != std::string_view::npos) {
      const std::string_view who = line.substr(tab + 1);
      feature.needed_to_search = who.find("search") != std::string_view::npos;
      feature.needed_to_index = who.find("index") != std::string_view::npos;
    }
    features.push_back(std::move(feature));
  }
  return features;
}

std::vector<RecordedFeature> recorded(std::span<const Feature> features) {
  std::vector<RecordedFeature> out;
  for (const Feature& feature : features)
    out.push_back({std::string(feature.name), feature.needed_to_search, feature.needed_to_index});
  return out;
}

void check_features(const Xapian::Database& db, const fs::path& path, IndexUse use) {
  const std::string features = metadata(db, Metadata::Features);
  const std::string version = metadata(db, Metadata::SchemaVersion);
  if (features.empty() && version.empty()) {
    if (db.get_doccount() == 0) return; // a new index
    // or one whose metadata cannot be read
    throw Error(ErrorKind::Database,
                fmt::format("{} is a Xapian database, but not a news index (or a damaged one)",
                            path.string()),
                fmt::format("give --db a new or empty folder, or check it with: xapian-check {}",
                            path.string()));
  }
  const std::vector<RecordedFeature> has = features_of(features, version);

  std::vector<std::string> unknown;
  for (const RecordedFeature& feature : has) {
    const bool needed =
        use == IndexUse::Search ? feature.needed_to_search : feature.needed_to_index;
    if (needed && known_feature(feature.name) == nullptr) unknown.push_back(feature.name);
  }
  if (!unknown.empty())
    throw Error(
        ErrorKind::Database,
        fmt::format("the index at {} has features this program does not know: {} "
                    "(a newer one made it)",
                    path.string(), joined(unknown, ", ")),
        fmt::format("use the program that made it, or {}", upgrade_hint(Upgrade::Rebuild, path)));

  std::vector<std::string> missing, upgrades;
  for (const Feature& feature : kFeatures) {
    const auto same = [&feature](const RecordedFeature& f) { return f.name == feature.name; };
    if (!needed_for(feature, use) || std::any_of(has.begin(), has.end(), same)) continue;
    missing.emplace_back(feature.name);
    const std::string hint = upgrade_hint(feature.upgrade, path);
    if (std::find(upgrades.begin(), upgrades.end(), hint) == upgrades.end())
      upgrades.push_back(hint);
  }
  if (missing.empty()) return;
  const std::string of_version =
      features.empty() ? fmt::format(" (schema version {})", version) : std::string();
  throw Error(ErrorKind::Database,
              fmt::format("the index at {}{} lacks features this program needs: {}", path.string(),
                          of_version, joined(missing, ", ")),
              joined(upgrades, "; "));
}

bool has_feature(const Xapian::Database& db, std::string_view name) {
  const std::vector<RecordedFeature> has =
      features_of(metadata(db, Metadata::Features), metadata(db, Metadata::SchemaVersion));
  return std::any_of(has.begin(), has.end(),
                     [&](const RecordedFeature& feature) { return feature.name == name; });
}

void record_features(Xapian::WritableDatabase& db) {
  const std::string version = metadata(db, Metadata::SchemaVersion);
  if (metadata(db, Metadata::Features).empty()) {
    const std::vector<RecordedFeature> features =
        version.empty() ? recorded(kFeatures) : features_of({}, version);
    db.set_metadata(std::string(metadata_key(Metadata::Features)), encode_features(features));
  }
  if (version.empty())
    db.set_metadata(std::string(metadata_key(Metadata::SchemaVersion)),
                    std::to_string(kWrittenSchemaVersion));
}

} // namespace news
