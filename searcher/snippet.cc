#include "searcher/snippet.hh"

#include <algorithm>
#include <array>
#include <cctype>

#include "common/tokenizer.hh"

namespace news {
namespace {

// MSet::snippet escapes its output for HTML; we want plain text back.
std::string unescape_html(std::string_view html) {
  struct Entity {
    std::string_view name;
    char ch;
  };
  static constexpr std::array<Entity, 5> kEntities = {
      {{"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&#39;", '\''}}};
  std::string out;
  out.reserve(html.size());
  for (size_t i = 0; i < html.size();) {
    bool replaced = false;
    if (html[i] == '&') {
      for (const Entity& e : kEntities) {
        if (html.substr(i, e.name.size()) == e.name) {
          out += e.ch;
          i += e.name.size();
          replaced = true;
          break;
        }
      }
    }
    if (!replaced) out += html[i++];
  }
  return out;
}

// Texts longer than this are cut to a window of this size for MSet::snippet.
constexpr std::size_t kWindow = 1500;
// The window starts this far before the first match, for context.
constexpr std::size_t kLeadIn = 300;

bool is_word_byte(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
}

bool starts_with_ignoring_case(std::string_view text, std::string_view stem) {
  if (text.size() < stem.size()) return false;
  for (std::size_t i = 0; i < stem.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(text[i])) != stem[i]) return false;
  return true;
}

// Position of the first word of `text` that starts with one of the stems, or 0.
std::size_t first_match(std::string_view text, const std::vector<std::string>& stems) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!is_word_byte(text[i]) || (i > 0 && is_word_byte(text[i - 1]))) continue;
    for (const std::string& stem : stems)
      if (starts_with_ignoring_case(text.substr(i), stem)) return i;
  }
  return 0;
}

// Moves a cut position back to the start of a word (never inside UTF-8).
std::size_t word_start_at_or_before(std::string_view text, std::size_t pos) {
  while (pos > 0 && pos < text.size() && text[pos - 1] != ' ' && text[pos - 1] != '\n')
    --pos;
  return pos;
}

std::string snippet_window(const std::string& text, const std::vector<std::string>& stems) {
  if (text.size() <= kWindow) return text;
  const std::size_t match = first_match(text, stems);
  const std::size_t start = word_start_at_or_before(text, match > kLeadIn ? match - kLeadIn : 0);
  const std::size_t end = word_start_at_or_before(text, std::min(text.size(), start + kWindow));
  return text.substr(start, end > start ? end - start : kWindow);
}

} // namespace

std::vector<std::string> query_stems(const Xapian::Query& query) {
  std::vector<std::string> stems;
  for (auto it = query.get_unique_terms_begin(); it != query.get_unique_terms_end(); ++it) {
    const std::string& term = *it;
    if (term.empty() || term[0] != 'Z') continue;
    std::size_t start = 1; // skip Z and a field prefix (capitals)
    while (start < term.size() && std::isupper(static_cast<unsigned char>(term[start])))
      ++start;
    if (start < term.size()) stems.push_back(term.substr(start));
  }
  return stems;
}

std::string make_snippet(const Xapian::MSet& mset, const std::vector<std::string>& stems,
                         const std::string& text, size_t length) {
  const std::string window = snippet_window(text, stems);
  const std::string html =
      mset.snippet(window, length, stemmer(), 0, std::string(1, kHighlightStart),
                   std::string(1, kHighlightEnd), "…");
  return unescape_html(html);
}

std::string render_highlights(std::string_view snippet, std::string_view start,
                              std::string_view end) {
  std::string out;
  out.reserve(snippet.size());
  for (char c : snippet) {
    if (c == kHighlightStart)
      out += start;
    else if (c == kHighlightEnd)
      out += end;
    else
      out += c;
  }
  return out;
}

} // namespace news
