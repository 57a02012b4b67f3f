#include "common/rule_spans.hh"

#include <cctype>

namespace news {
namespace {

// Connectors join parts of a name; `in` only inside an organisation's name
// (`Organisation for Security and Cooperation in Europe`), not `Putin in Moscow`.
bool joins_name(const std::vector<NameToken>& tokens, const Gazetteer& g, std::size_t begin,
                std::size_t at) {
  const std::string& word = tokens[at].text;
  if (g.is_connector(word)) return true;
  if (word != "in") return false;
  for (std::size_t i = begin; i < at; ++i)
    if (g.is_organisation_word(tokens[i].text)) return true;
  return false;
}

bool starts_name(const NameToken& t) {
  return t.word && t.capitalised && !std::isdigit(static_cast<unsigned char>(t.text[0]));
}

} // namespace

std::vector<NameSpan> capitalised_runs(const std::vector<NameToken>& tokens, const Gazetteer& g) {
  std::vector<NameSpan> out;
  std::size_t i = 0;
  while (i < tokens.size()) {
    if (!starts_name(tokens[i])) {
      ++i;
      continue;
    }
    std::size_t end = i + 1;
    while (end < tokens.size() && !tokens[end - 1].possessive) {
      if (tokens[end].word && tokens[end].capitalised) {
        ++end;
        continue;
      }
      // Connectors, possibly several (`von der`, `de la`), then a capitalised word.
      std::size_t next = end;
      while (next < tokens.size() && tokens[next].word && joins_name(tokens, g, i, next))
        ++next;
      if (next == end || next >= tokens.size() || !tokens[next].word || !tokens[next].capitalised)
        break;
      end = next + 1;
    }
    out.push_back({i, end});
    i = end;
  }
  return out;
}

std::string span_text(const std::vector<NameToken>& tokens, std::size_t begin, std::size_t end) {
  std::string out;
  for (std::size_t i = begin; i < end; ++i) {
    if (!out.empty()) out += ' ';
    out += tokens[i].text;
  }
  return out;
}

} // namespace news
