// What a user might pick instead: SQLite FTS5 with the porter tokenizer.
//
//   fts5-loader load DB ARTICLES.jsonl    one transaction, one row per article
//   fts5-loader query DB QUERY            the 10 best ids by bm25, as a search process
#include <fstream>
#include <iostream>
#include <string>

#include <nlohmann/json.hpp>
#include <sqlite3.h>

namespace {

void check(int rc, sqlite3* db, const char* what) {
  if (rc == SQLITE_OK || rc == SQLITE_DONE || rc == SQLITE_ROW) return;
  std::cerr << "fts5-loader: " << what << ": " << sqlite3_errmsg(db) << '\n';
  std::exit(2);
}

int load(sqlite3* db, const char* file) {
  check(sqlite3_exec(db, "CREATE VIRTUAL TABLE IF NOT EXISTS articles USING fts5(id UNINDEXED, title, body, tokenize='porter unicode61')",
                     nullptr, nullptr, nullptr), db, "create");
  check(sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr), db, "begin");
  sqlite3_stmt* insert = nullptr;
  check(sqlite3_prepare_v2(db, "INSERT INTO articles(id, title, body) VALUES (?, ?, ?)", -1, &insert, nullptr), db, "prepare");
  std::ifstream in(file);
  std::string line;
  unsigned count = 0;
  while (std::getline(in, line)) {
    const nlohmann::json article = nlohmann::json::parse(line, nullptr, false);
    if (!article.is_object()) continue;
    const std::string id = article.value("id", ""), title = article.value("title", ""), body = article.value("body", "");
    sqlite3_bind_text(insert, 1, id.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(insert, 2, title.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(insert, 3, body.c_str(), -1, SQLITE_TRANSIENT);
    check(sqlite3_step(insert), db, "insert");
    sqlite3_reset(insert);
    ++count;
  }
  sqlite3_finalize(insert);
  check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db, "commit");
  std::cout << count << " articles\n";
  return 0;
}

int query(sqlite3* db, const char* text) {
  sqlite3_stmt* select = nullptr;
  check(sqlite3_prepare_v2(db, "SELECT id, title FROM articles WHERE articles MATCH ? ORDER BY bm25(articles) LIMIT 10", -1, &select, nullptr), db, "prepare");
  sqlite3_bind_text(select, 1, text, -1, SQLITE_TRANSIENT);
  int rc;
  while ((rc = sqlite3_step(select)) == SQLITE_ROW)
    std::cout << sqlite3_column_text(select, 0) << '\t' << sqlite3_column_text(select, 1) << '\n';
  sqlite3_finalize(select);
  return rc == SQLITE_DONE ? 0 : 2;
}

} // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: fts5-loader load DB ARTICLES.jsonl | fts5-loader query DB QUERY\n";
    return 2;
  }
  sqlite3* db = nullptr;
  check(sqlite3_open(argv[2], &db), db, "open");
  const std::string mode = argv[1];
  const int status = mode == "load" ? load(db, argv[3]) : query(db, argv[3]);
  sqlite3_close(db);
  return status;
}
