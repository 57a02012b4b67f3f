#include "searcher/snippet.hh"

#include <array>

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

} // namespace

std::string make_snippet(const Xapian::MSet& mset, const std::string& text, size_t length) {
  const std::string html =
      mset.snippet(text, length, stemmer(),
                   Xapian::MSet::SNIPPET_BACKGROUND_MODEL | Xapian::MSet::SNIPPET_EXHAUSTIVE,
                   std::string(1, kHighlightStart), std::string(1, kHighlightEnd), "…");
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
