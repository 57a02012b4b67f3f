#include "indexer/article_pipeline.hh"

#include <array>
#include <chrono>
#include <system_error>

#include <fmt/core.h>

#include "common/entity_extractor.hh"
#include "common/language_detect.hh"
#include "common/name_candidates.hh"
#include "indexer/path_date.hh"

namespace news {
namespace {

namespace fs = std::filesystem;

using Step = void (*)(Article& article, const SourceFile& file, const ReadOptions& options);

void give_provenance(Article& article, const SourceFile& file, const ReadOptions&) {
  article.path = file.path.string();
  article.format = file.format;
}

// A file's own article is named by the file; records by their URL.
void give_id(Article& article, const SourceFile& file, const ReadOptions&) {
  if (article.id.empty() && !file.one_article) article.id = article.url;
  if (article.id.empty())
    article.id =
        article.record ? fmt::format("{}:{}", file.id_path, *article.record) : file.id_path;
}

Date modification_time(const fs::path& file) {
  std::error_code ec;
  const auto written = fs::last_write_time(file, ec);
  if (ec) return Date{};
  const auto system = std::chrono::file_clock::to_sys(written);
  return Date{std::chrono::floor<std::chrono::seconds>(system)};
}

void date_from_file(Article& article, const SourceFile& file, const ReadOptions& options) {
  if (article.date || !file.one_article) return;
  if (const std::optional<Date> day = date_from_path(file.id_path)) {
    article.date = day;
    article.date_source = DateSource::Path;
  } else if (options.file_dates) {
    article.date = modification_time(file.path);
    article.date_source = DateSource::File;
  }
}

// The declared language checked against the text's, or the text's
// (language_detect.hh); when neither tells and none was declared, the
// config's default language (which detection, when it tells, overrules).
void determine_language(Article& article, const SourceFile&, const ReadOptions& options) {
  const bool declared = !article.language.empty();
  article.language = choose_language(article.language, article.title, article.body);
  if (article.language.empty() && !declared) article.language = options.default_language;
}

// The names, and the words alone that no name took (the person memory's candidates).
void find_entities(Article& article, const SourceFile&, const ReadOptions& options) {
  if (!options.extract_entities) return;
  article.entities = extract_entities(article);
  article.entities.candidates = name_candidates(article, article.entities);
}

// The steps, in order.
constexpr std::array<Step, 5> kSteps = {
    give_provenance, give_id, date_from_file, determine_language, find_entities,
};

} // namespace

void analyse_article(Article& article, const SourceFile& file, const ReadOptions& options) {
  try {
    for (const Step step : kSteps)
      step(article, file, options);
  } catch (const std::exception& e) {
    throw unforeseen_error(e);
  }
}

} // namespace news
