// Fuzz target: the query builder (Xapian's parser with the project's
// prefixes, date: and entity filters, --since/--until), then the query run
// on a small index. Input: the query on the first line, --since on the
// second, --until on the third (each optional).
#include <stdlib.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>

#include <xapian.h>

#include "common/article_document.hh"
#include "common/entity_extractor.hh"
#include "common/error.hh"
#include "common/spelling_words.hh"
#include "common/tokenizer.hh"
#include "searcher/query_builder.hh"

namespace {

namespace fs = std::filesystem;

// A few articles with words, entities, dates, sources and spelling data, in
// a scratch database (spelling data needs one on disk), removed at exit.
Xapian::Database small_index() {
  static const fs::path dir = [] {
    std::string pattern = (fs::temp_directory_path() / "news-fuzz-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) std::abort();
    std::atexit([] { fs::remove_all(dir); });
    return fs::path(pattern);
  }();
  Xapian::WritableDatabase db((dir / "db").string(), Xapian::DB_CREATE_OR_OVERWRITE);
  Xapian::TermGenerator generator;
  news::configure_indexing(generator);
  news::SpellingWords spelling;
  const char* kTexts[][3] = {
      {"Putin to visit China", "Vladimir Putin will visit Beijing in May.", "2024-03-28"},
      {"Reagan and OPEC", "President Reagan met OPEC in Geneva about oil.", "1987-03-02"},
      {"Séisme au Japon", "Un séisme a frappé Tokyo. Pékin et Zürich réagissent.", "2011-03-11"},
  };
  for (const auto& [title, body, day] : kTexts) {
    news::Article article;
    article.id = title;
    article.title = title;
    article.body = body;
    article.date = news::parse_date(day);
    article.source = "Wire";
    article.entities = news::extract_entities(article);
    db.add_document(news::to_document(article, generator, &spelling));
  }
  spelling.add_to(db);
  db.commit();
  return Xapian::Database((dir / "db").string());
}

std::string_view next_line(std::string_view& rest) {
  const std::size_t end = rest.find('\n');
  const std::string_view line = rest.substr(0, end);
  rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end + 1);
  return line;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const Xapian::Database db = small_index();
  std::string_view rest(reinterpret_cast<const char*>(data), size);
  news::QueryRequest request;
  request.text = next_line(rest);
  request.any = !request.text.empty() && request.text[0] == '|';
  request.now = *news::parse_date("2024-05-31T12:00:00Z");
  if (!rest.empty()) request.since = next_line(rest);
  if (!rest.empty()) request.until = next_line(rest);
  try {
    const news::ParsedQuery parsed = news::build_query(request, db);
    parsed.query.get_description();
    Xapian::Enquire enquire(db);
    enquire.set_query(parsed.query);
    enquire.get_mset(0, 10);
  } catch (const news::Error&) {
    // a malformed query or date: said so, exit status 2
  }
  return 0;
}
