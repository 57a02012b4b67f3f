#include "common/name_tokens.hh"

#include <array>

#include "common/ascii.hh"
#include "common/script_text.hh"
#include "common/text_normalize.hh"
#include "common/words.hh"

namespace news {
namespace {

// Abbreviations that keep their full stop.
bool is_abbreviation(std::string_view word) {
  static constexpr std::array<std::string_view, 16> kAbbreviations = {
      "Mr",   "Mrs", "Ms",  "Dr",  "St",  "Jr",  "Sr",  "Inc",
      "Corp", "Co",  "Ltd", "Gen", "Sen", "Rep", "Gov", "Col"};
  for (std::string_view a : kAbbreviations)
    if (word == a) return true;
  return word.size() == 1 && is_ascii_upper(word[0]); // an initial
}

// The case of a word's letters, ASCII's and (after folding) accented Latin's.
void classify_folded(NameToken& token, std::string_view folded) {
  const auto first = static_cast<unsigned char>(folded.empty() ? ' ' : folded[0]);
  if (first >= 0x80) { // Cyrillic, Greek...: their letters' case from ICU
    const WordCase shape = word_case(folded);
    token.capitalised = shape.capitalised;
    token.all_caps = shape.all_caps;
    return;
  }
  token.capitalised = is_ascii_upper(static_cast<char>(first));
  bool any_letter = false, any_lower = false;
  for (char c : folded) {
    any_letter = any_letter || is_ascii_upper(c) || is_ascii_lower(c);
    any_lower = any_lower || is_ascii_lower(c);
  }
  token.all_caps = any_letter && !any_lower;
}

// Most tokens are ASCII, which folding keeps as it is: no folded copy made.
void classify(NameToken& token) {
  if (all_ascii(token.text)) return classify_folded(token, token.text);
  classify_folded(token, fold_for_search(token.text));
}

// A long text is read in pieces of about this size (name_piece_end): the tokens of a 42 MB body
// at once took a gigabyte.
constexpr std::size_t kPieceBytes = 1 << 16;

// Bytes of text a token, about, in news: a word and a space, some punctuation.
constexpr std::size_t kBytesPerToken = 5;

bool is_sentence_end(std::string_view text, std::size_t at) {
  return text.substr(at, 2) == ". " && at > 0 && is_ascii_lower(text[at - 1]);
}

} // namespace

std::vector<NameToken> name_tokens(std::string_view input) {
  const std::string text = fold_punctuation(input);
  std::vector<NameToken> tokens;
  tokens.reserve(text.size() / kBytesPerToken + 1); // not moved again and again as they come
  bool sentence_start = true, line_start = true;
  std::size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (c == '\n') {
      sentence_start = line_start = true;
      ++i;
      continue;
    }
    if (is_ascii_space(c)) {
      ++i;
      continue;
    }
    if (!is_word_byte(c)) {
      tokens.emplace_back().text.assign(1, c);
      if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';') sentence_start = true;
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < text.size()) {
      const char d = text[end];
      const bool inner = (d == '\'' || d == '-' || d == '.' || d == '&') && end + 1 < text.size() &&
                         is_word_byte(text[end + 1]);
      if (!is_word_byte(d) && !inner) break;
      ++end;
    }
    std::string word = text.substr(i, end - i);
    // `U.S.` and `Mr.`: the final full stop belongs to the word.
    if (end < text.size() && text[end] == '.' &&
        (word.find('.') != std::string::npos || is_abbreviation(word))) {
      word += '.';
      ++end;
    }
    const bool possessive = word.size() > 2 && (word.ends_with("'s") || word.ends_with("'S"));
    if (possessive) word.resize(word.size() - 2);
    NameToken& token = tokens.emplace_back();
    token.possessive = possessive;
    token.text = std::move(word);
    token.word = true;
    token.sentence_start = sentence_start;
    token.line_start = line_start;
    classify(token);
    sentence_start = line_start = false;
    i = end;
  }
  return tokens;
}

// Where the piece of `text` from `from` ends: after the first line end past
// kPieceBytes (a paragraph ends there, and so does any name); in a paragraph
// of more than kPieceBytes, after a sentence, else after a space, else at a
// character's start.
std::size_t name_piece_end(std::string_view text, std::size_t from) {
  if (text.size() - from <= 2 * kPieceBytes) return text.size();
  const std::size_t start = from + kPieceBytes, limit = start + kPieceBytes;
  const std::size_t line_end = text.substr(0, limit).find('\n', start);
  if (line_end != std::string_view::npos) return line_end + 1;
  for (std::size_t at = start; at < limit; ++at)
    if (is_sentence_end(text, at)) return at + 2;
  const std::size_t space = text.substr(0, limit).find(' ', start);
  if (space != std::string_view::npos) return space + 1;
  return utf8_character_start(text, limit);
}

std::string title_case(std::string_view word) {
  std::string out(word);
  bool start = true;
  for (char& c : out) { // ASCII letters only (std::toupper in the "C" locale, inline)
    const bool letter = is_ascii_upper(c) || is_ascii_lower(c);
    c = start ? ascii_upper_of(c) : ascii_lower_of(c);
    start = !letter && static_cast<unsigned char>(c) < 0x80 && c != '\'';
  }
  return out;
}

} // namespace news
