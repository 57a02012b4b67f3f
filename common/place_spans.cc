#include "common/place_spans.hh"

#include <algorithm>
#include <array>

#include "common/ascii.hh"
#include "common/entity_names.hh"
#include "common/name_tokens.hh"

namespace news {
namespace {

// Lowercase nouns for a region, a body of water or a landform, as they follow
// a place's name. Not `state` (`Xinhua state media`), `city` or `mount`.
constexpr std::array<std::string_view, 24> kPlaceNouns = {
    "region", "regions", "province", "provinces", "oblast", "prefecture", "county", "district",
    "river",  "lake",    "sea",      "ocean",     "bay",    "gulf",       "island", "islands",
    "valley", "desert",  "strait",   "straits",   "canal",  "peninsula",  "coast",  "mountains",
};

bool in_capitals(const std::string& word) {
  return std::none_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

} // namespace

bool place_noun(std::string_view word) {
  return std::find(kPlaceNouns.begin(), kPlaceNouns.end(), word) != kPlaceNouns.end();
}

void places_before_place_nouns(const TaggerSentence& s, std::vector<TaggedSpan>& spans) {
  for (TaggedSpan& span : spans) {
    if (span.kind != Tag::BOrg && span.kind != Tag::BPer) continue;
    // `Orenburg region`, a title-case headline's `Orenburg Region` the tagger cut apart
    if (span.end >= s.size() || !place_noun(to_lower(s[span.end]))) continue;
    // `the ASEAN region`: an acronym is the organisation's area, not a place's name
    if (std::all_of(s.begin() + static_cast<std::ptrdiff_t>(span.begin),
                    s.begin() + static_cast<std::ptrdiff_t>(span.end), in_capitals))
      continue;
    span.kind = Tag::BLoc;
  }
}

void places_by_last_word(const TaggerSentence& s, std::vector<TaggedSpan>& spans,
                         const Gazetteer& g) {
  // A region's word ends many a team's or a board's name (`Notts County`, `Gold
  // Coast`, `Western Province`, `Seaford School District`): only a person's.
  static constexpr std::string_view kRegions[] = {"County", "Coast", "Province", "Region",
                                                  "District"};
  for (TaggedSpan& span : spans) {
    if ((span.kind != Tag::BOrg && span.kind != Tag::BPer) || span.end - span.begin < 2) continue;
    const std::string last = title_case(s[span.end - 1]);
    if (!g.is_place_word(last)) continue;
    if (span.kind == Tag::BOrg &&
        std::find(std::begin(kRegions), std::end(kRegions), last) != std::end(kRegions))
      continue;
    span.kind = Tag::BLoc;
  }
}

void join_known_places(const TaggerSentence& s, std::vector<TaggedSpan>& spans,
                       const Gazetteer& g) {
  std::vector<TaggedSpan> out;
  for (const TaggedSpan& span : spans) {
    if (!out.empty() && out.back().end == span.begin &&
        g.place(words_in_case(joined_tokens(s, out.back().begin, span.end), g))) {
      out.back().end = span.end;
      if (out.back().kind == Tag::BPer) out.back().kind = Tag::BLoc;
      continue;
    }
    out.push_back(span);
  }
  spans = std::move(out);
}

} // namespace news
