// In-process search latency: each query parsed and run (hits, snippets,
// exact total) as news-search does, repeated, without process start-up.
//
//   search-latency DB QUERIES.txt REPEAT    prints: query <TAB> mean microseconds
#include <chrono>
#include <fstream>
#include <iostream>
#include <string>

#include "common/database.hh"
#include "searcher/query_builder.hh"
#include "searcher/search.hh"

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: search-latency DB QUERIES.txt REPEAT\n";
    return 2;
  }
  const Xapian::Database db = news::open_for_reading(argv[1]);
  const int repeat = std::stoi(argv[3]);
  std::ifstream in(argv[2]);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const std::string query_text = line.substr(0, line.find('\t'));
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < repeat; ++i) {
      news::QueryRequest request;
      request.text = query_text;
      const Xapian::Query query = news::build_query(request, db).query;
      news::MatchOptions search;
      const news::SearchResults results = news::run_search(db, query, search);
      if (results.total == static_cast<Xapian::doccount>(-1)) return 1; // keep the work
    }
    const double micros = std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count() / repeat;
    std::cout << query_text << '\t' << micros << '\n';
  }
  return 0;
}
