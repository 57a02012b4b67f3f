#include "common/tagger_tokens.hh"

#include <array>

#include "common/ascii.hh"
#include "common/text_normalize.hh"
#include "common/words.hh"

namespace news {
namespace {

constexpr auto is_space = is_ascii_space;

// A letter or digit of ASCII, or a byte of a character beyond it.
constexpr auto is_alnum = is_word_byte;

// Abbreviations that keep their full stop (`Inc.`); also initials (`P.`) and
// dotted acronyms (`U.S.`), told by their shape.
bool keeps_full_stop(std::string_view word) {
  static constexpr std::array<std::string_view, 24> kAbbreviations = {
      "Mr",  "Mrs", "Ms",  "Dr",  "St",   "Jr", "Sr",  "Inc",  "Corp", "Co",  "Ltd",    "Gen",
      "Sen", "Rep", "Gov", "Col", "Bros", "Lt", "Sgt", "Capt", "Prof", "Ave", "Messrs", "No"};
  for (std::string_view a : kAbbreviations)
    if (word == a) return true;
  if (word.size() == 1 && is_ascii_upper(word[0])) return true;
  return word.find('.') != std::string_view::npos; // `U.S` of `U.S.`
}

// Tokens of a short sentence of news: a sentence's vector is made this big
// at once (a longer one grows once or twice), not grown token by token.
constexpr std::size_t kTypicalSentence = 16;

bool ends_sentence(const std::string& token) {
  return token == "." || token == "?" || token == "!";
}

// One whitespace-separated chunk into tokens: leading and trailing
// punctuation apart, `'s` apart, the word whole.
void split_chunk(std::string_view chunk, TaggerSentence& out, std::vector<TaggerSentence>& all) {
  auto emit = [&](std::string token) {
    out.push_back(std::move(token));
    if (ends_sentence(out.back())) {
      all.push_back(std::move(out));
      out.clear();
      out.reserve(kTypicalSentence);
    }
  };
  std::size_t begin = 0, end = chunk.size();
  while (begin < end && !is_alnum(chunk[begin]))
    emit(std::string(1, chunk[begin++]));
  // Trailing punctuation, a token a byte, from `end` on.
  while (end > begin && !is_alnum(chunk[end - 1])) {
    const std::string_view word = chunk.substr(begin, end - 1 - begin);
    if (chunk[end - 1] == '.' && keeps_full_stop(word)) break;
    --end;
  }
  const std::size_t tail = end;
  std::string_view word = chunk.substr(begin, end - begin);
  std::string possessive;
  if (word.size() > 2 && (word.ends_with("'s") || word.ends_with("'S"))) {
    possessive = std::string(word.substr(word.size() - 2));
    word.remove_suffix(2);
  }
  if (!word.empty()) emit(std::string(word));
  if (!possessive.empty()) emit(std::move(possessive));
  for (std::size_t k = tail; k < chunk.size(); ++k)
    emit(std::string(1, chunk[k]));
}

} // namespace

std::vector<TaggerSentence> tagger_sentences(std::string_view input) {
  const std::string text = fold_punctuation(input);
  std::vector<TaggerSentence> sentences;
  TaggerSentence current;
  current.reserve(kTypicalSentence);
  std::size_t i = 0;
  while (i < text.size()) {
    if (text[i] == '\n') {
      if (!current.empty()) {
        sentences.push_back(std::move(current));
        current.clear();
        current.reserve(kTypicalSentence);
      }
      ++i;
      continue;
    }
    if (is_space(text[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && !is_space(text[end]))
      ++end;
    split_chunk(std::string_view(text).substr(i, end - i), current, sentences);
    i = end;
  }
  if (!current.empty()) sentences.push_back(std::move(current));
  return sentences;
}

std::string joined_tokens(const TaggerSentence& tokens, std::size_t begin, std::size_t end) {
  std::string out;
  for (std::size_t i = begin; i < end; ++i) {
    const std::string& token = tokens[i];
    const bool attach = token == "." || token == "," || token == ";" || token == ":" ||
                        token == "?" || token == "!" || token == ")" || token == "'s" ||
                        token == "'S";
    if (!out.empty() && !attach && out.back() != '(') out += ' ';
    out += token;
  }
  return out;
}

} // namespace news
