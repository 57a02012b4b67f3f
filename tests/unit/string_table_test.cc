// Flat string sets and maps (common/string_table), against std::set's answers.
#include <doctest/doctest.h>

#include <map>
#include <random>
#include <set>

#include "common/string_table.hh"

using namespace news;

TEST_CASE("string table: what std::set holds, through growth, by views") {
  std::mt19937 random(7);
  FlatStringSet flat;
  std::set<std::string> plain;
  for (int n = 0; n < 5000; ++n) {
    std::string word(1 + random() % 12, 'a');
    for (char& c : word)
      c = static_cast<char>('a' + random() % 4); // few letters: many repeats
    flat.insert(word);
    plain.insert(word);
  }
  CHECK(flat.size() == plain.size());
  for (const std::string& word : plain)
    CHECK(flat.contains(std::string_view(word)));
  const std::string text = "abcd dcba zz";
  for (std::size_t at = 0; at < text.size(); ++at)
    for (std::size_t n = 0; at + n <= text.size(); ++n)
      CHECK(flat.contains(std::string_view(text).substr(at, n)) ==
            plain.contains(text.substr(at, n)));
  CHECK_FALSE(FlatStringSet().contains(""));
}

TEST_CASE("string map: the first value of a key stays") {
  FlatStringMap map;
  map.emplace("us", "United States");
  map.emplace("us", "Somewhere Else");
  map.emplace("", "the empty key");
  REQUIRE(map.find("us") != nullptr);
  CHECK(*map.find("us") == "United States");
  CHECK(*map.find("") == "the empty key");
  CHECK(map.find("u") == nullptr);
  CHECK(map.find("usa") == nullptr);
  CHECK(map.size() == 2);
  std::map<std::string, std::string> plain;
  FlatStringMap big;
  for (int n = 0; n < 3000; ++n) {
    const std::string key = "k" + std::to_string(n % 1000), value = std::to_string(n);
    plain.emplace(key, value);
    big.emplace(key, value);
  }
  for (const auto& [key, value] : plain)
    CHECK(*big.find(key) == value);
}
