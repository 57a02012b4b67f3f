#include "common/acronyms.hh"

#include "common/ascii.hh"

namespace news {
namespace {

constexpr std::size_t kMaxWords = 12;

bool is_acronym(const std::string& word) {
  if (word.size() < 2 || word.size() > 8) return false;
  for (char c : word)
    if (!is_ascii_upper(c)) return false;
  return true;
}

bool is_connector(const std::string& word) {
  return word == "of" || word == "on" || word == "and" || word == "for" || word == "the" ||
         word == "de" || word == "&" || word == "in";
}

bool capitalised(const std::string& word) { return !word.empty() && is_ascii_upper(word[0]); }

// Whether tokens [t, end) spell letters [k, size): each capitalised word its
// initial, each connector its initial or nothing.
bool spells(const TaggerSentence& s, std::size_t t, std::size_t end, const std::string& letters,
            std::size_t k) {
  if (t == end) return k == letters.size();
  const std::string& word = s[t];
  const bool initial = k < letters.size() && ascii_upper_of(word[0]) == letters[k];
  if (capitalised(word)) return initial && spells(s, t + 1, end, letters, k + 1);
  if (!is_connector(word)) return false;
  return spells(s, t + 1, end, letters, k) || (initial && spells(s, t + 1, end, letters, k + 1));
}

} // namespace

std::vector<AcronymDefinition> acronym_definitions(const TaggerSentence& s) {
  std::vector<AcronymDefinition> out;
  for (std::size_t i = 1; i + 2 < s.size(); ++i) {
    if (s[i] != "(" || s[i + 2] != ")" || !is_acronym(s[i + 1])) continue;
    const std::string& letters = s[i + 1];
    // The shortest run of words before the bracket that spells it, starting capitalised.
    for (std::size_t begin = i; begin-- > 0 && i - begin <= kMaxWords;) {
      if (!capitalised(s[begin]) && !is_connector(s[begin])) break;
      if (capitalised(s[begin]) && spells(s, begin, i, letters, 0)) {
        out.push_back({letters, joined_tokens(s, begin, i)});
        break;
      }
    }
  }
  return out;
}

} // namespace news
