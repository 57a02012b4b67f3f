// The floor any Xapian indexer pays: read a JSON Lines file, run the
// TermGenerator with the same stemmer over title and body (with positions),
// one add_document per article, nothing else. Baseline for scripts/bench.
//
//   raw-xapian-loader DB ARTICLES.jsonl
#include <fstream>
#include <iostream>
#include <string>

#include <nlohmann/json.hpp>
#include <xapian.h>

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: raw-xapian-loader DB ARTICLES.jsonl\n";
    return 2;
  }
  Xapian::WritableDatabase db(argv[1], Xapian::DB_CREATE_OR_OVERWRITE);
  Xapian::TermGenerator generator;
  generator.set_stemmer(Xapian::Stem("english"));
  std::ifstream in(argv[2]);
  std::string line;
  unsigned count = 0;
  while (std::getline(in, line)) {
    const nlohmann::json article = nlohmann::json::parse(line, nullptr, false);
    if (!article.is_object()) continue;
    Xapian::Document document;
    generator.set_document(document);
    generator.index_text(article.value("title", ""), 1, "S");
    generator.index_text(article.value("title", ""));
    generator.increase_termpos();
    generator.index_text(article.value("body", ""));
    document.set_data(article.value("title", ""));
    db.add_document(document);
    ++count;
  }
  db.commit();
  std::cout << count << " articles\n";
  return 0;
}
