#include "common/tagger_marks.hh"

#include <algorithm>
#include <array>

#include "common/ascii.hh"
#include "common/name_tokens.hh"

namespace news {
namespace {

// Marks the `length` tokens from `at` as one name: B-kind, then I-kind. The
// number of tokens marked.
std::size_t mark_name(std::vector<std::string_view>& marks, std::size_t at, std::size_t length,
                      const SpanLabel& label) {
  marks[at] = label.begin;
  for (std::size_t k = 1; k < length; ++k)
    marks[at + k] = label.inside;
  return length;
}

bool matches(const TaggerSentence& s, std::size_t at, const std::vector<std::string>& t) {
  if (at + t.size() > s.size()) return false;
  for (std::size_t k = 0; k < t.size(); ++k)
    if (s[at + k] != t[k]) return false;
  return true;
}

} // namespace

void SpanMarks::add(const std::vector<std::string>& tokens, const SpanLabel& label) {
  if (!tokens.empty()) by_first_[tokens.front()].push_back({tokens, &label});
}

std::vector<std::string_view> SpanMarks::mark(const TaggerSentence& sentence) const {
  std::vector<std::string_view> out(sentence.size());
  for (std::size_t i = 0; i < sentence.size();) {
    const auto found = by_first_.find(sentence[i]);
    std::size_t best = 0;
    const SpanLabel* label = nullptr;
    if (found != by_first_.end())
      for (const auto& [tokens, kind] : found->second)
        if (tokens.size() > best && matches(sentence, i, tokens))
          best = tokens.size(), label = kind;
    i += best == 0 ? 1 : mark_name(out, i, best, *label);
  }
  return out;
}

namespace {

// A name's tokens as tagger_sentences gives them. Most names are plain
// (ASCII letters and digits, words one space apart): their tokens are their
// words, split without tokenising.
std::vector<std::string> flat_tokens(const std::string& text) {
  std::vector<std::string> out;
  const bool plain =
      !text.empty() && text.front() != ' ' && text.back() != ' ' &&
      text.find("  ") == std::string::npos &&
      std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || is_ascii_alnum(c); });
  if (plain) {
    for (std::size_t start = 0; start <= text.size();) {
      const std::size_t end = std::min(text.find(' ', start), text.size());
      out.emplace_back(text, start, end - start);
      start = end + 1;
    }
    return out;
  }
  for (auto& sentence : tagger_sentences(text))
    for (auto& token : sentence)
      out.push_back(std::move(token));
  return out;
}

const SpanLabel& label_of(EntityKind kind) {
  static const std::array<SpanLabel, 3> labels{SpanLabel(to_string(EntityKind::Person)),
                                               SpanLabel(to_string(EntityKind::Org)),
                                               SpanLabel(to_string(EntityKind::Place))};
  return labels[static_cast<std::size_t>(kind)];
}

} // namespace

SpanMarks rule_marks(const Entities& rules) {
  SpanMarks marks;
  for (EntityKind kind : kEntityKinds) {
    const SpanLabel& label = label_of(kind);
    for (const std::string& name : rules.of(kind)) {
      marks.add(flat_tokens(name), label);
      if (auto m = rules.mentions[static_cast<std::size_t>(kind)].find(name);
          m != rules.mentions[static_cast<std::size_t>(kind)].end())
        for (const std::string& mention : m->second)
          marks.add(flat_tokens(mention), label);
    }
  }
  return marks;
}

namespace {

std::string joined(const TaggerSentence& s, std::size_t begin, std::size_t end, bool title) {
  std::string out;
  for (std::size_t i = begin; i < end; ++i) {
    if (!out.empty()) out += ' ';
    out += title && !has_ascii_lower(s[i]) ? title_case(s[i]) : s[i];
  }
  return out;
}

} // namespace

// Longest known place or organisation (up to four tokens) at each token. A
// known name is of capitalised words and connectors (`Bank of Japan`); the
// capitals of a headline are tried in title case too.
std::vector<std::string_view> gazetteer_marks(const TaggerSentence& s, const Gazetteer& g) {
  static const SpanLabel kPlace("place"), kOrg("org");
  std::vector<std::string_view> out(s.size());
  for (std::size_t i = 0; i < s.size();) {
    std::size_t longest = 0;
    bool capitals = false;
    // Most capitalised words start no known name: not a lookup for each length.
    if (has_ascii_upper(s[i]) &&
        (g.may_start_known_name(s[i]) ||
         (!has_ascii_lower(s[i]) && g.may_start_known_name(title_case(s[i])))))
      while (longest < 4 && i + longest < s.size() &&
             (has_ascii_upper(s[i + longest]) || (longest > 0 && g.is_connector(s[i + longest])))) {
        capitals = capitals || !has_ascii_lower(s[i + longest]);
        ++longest;
      }
    std::size_t best = 0;
    const SpanLabel* label = nullptr;
    for (std::size_t n = longest; n >= 1 && best == 0; --n)
      for (bool title : {false, true}) {
        if (title && !capitals) break;
        switch (g.known_as(joined(s, i, i + n, title))) {
        case Gazetteer::Known::Place:
          label = &kPlace, best = n;
          break;
        case Gazetteer::Known::Organisation:
          label = &kOrg, best = n;
          break;
        case Gazetteer::Known::None:
          break;
        }
        if (best) break;
      }
    i += best == 0 ? 1 : mark_name(out, i, best, *label);
  }
  return out;
}

} // namespace news
