#include "common/title_spans.hh"

#include <algorithm>

#include "common/ascii.hh"
#include "common/name_tokens.hh"

namespace news {
namespace {

bool capitalised(const std::string& word) { return !word.empty() && is_ascii_upper(word[0]); }

std::string titled(const std::string& word) {
  return word.size() > 1 && !std::any_of(word.begin(), word.end(), is_ascii_lower)
             ? title_case(word)
             : word;
}

// `Chancellor of the`, `Secretary of`: a title and `of`, maybe `the`, end at `at`.
bool title_complement_before(const TaggerSentence& s, std::size_t at, const Gazetteer& g) {
  std::size_t of = at;
  if (of >= 1 && to_lower(s[of - 1]) == "the") --of;
  if (of < 2 || to_lower(s[of - 1]) != "of") return false;
  return g.is_person_title(to_lower(s[of - 2]));
}

} // namespace

void split_at_titles(const TaggerSentence& s, std::vector<TaggedSpan>& spans, const Gazetteer& g) {
  std::vector<TaggedSpan> out;
  for (const TaggedSpan& span : spans) {
    std::size_t title = span.end;
    if (span.kind != Tag::BPer)
      for (std::size_t i = span.begin + 1; i + 1 < span.end && title == span.end; ++i)
        if (g.is_person_title(to_lower(s[i])) && capitalised(s[i + 1])) title = i;
    if (title == span.end) {
      out.push_back(span);
      continue;
    }
    out.push_back({span.begin, title, span.kind});
    out.push_back({title + 1, span.end, Tag::BPer});
  }
  spans = std::move(out);
}

void people_after_title_complements(const TaggerSentence& s, std::vector<TaggedSpan>& spans,
                                    const Gazetteer& g) {
  std::vector<TaggedSpan> out;
  for (std::size_t n = 0; n < spans.size(); ++n) {
    TaggedSpan span = spans[n];
    if (span.kind == Tag::BLoc || span.end - span.begin < 2 ||
        !title_complement_before(s, span.begin, g) || g.is_given_name(titled(s[span.begin]))) {
      out.push_back(span);
      continue;
    }
    // The person from the given name on: one or two words after it, the last of the span.
    std::size_t given = span.begin + 1;
    while (given < span.end && !(g.is_given_name(titled(s[given])) && span.end - given <= 3))
      ++given;
    if (given == span.end) {
      out.push_back(span);
      continue;
    }
    // `Office of Management and Budget` before it is an organisation; `State` alone is not.
    if (given - span.begin > 1) out.push_back({span.begin, given, Tag::BOrg});
    TaggedSpan person{given, span.end, Tag::BPer};
    // `State Warren` `Christopher`: the surname the tagger left out, up to the next name
    const std::size_t limit = n + 1 < spans.size() ? spans[n + 1].begin : s.size();
    if (person.end - person.begin == 1 && person.end < limit && capitalised(s[person.end]))
      ++person.end;
    out.push_back(person);
  }
  spans = std::move(out);
}

} // namespace news
