#include "common/connector_spans.hh"

#include "common/ascii.hh"
#include "common/entity_names.hh"

namespace news {
namespace {

bool lowercase_connector(const std::string& word, const Gazetteer& g) {
  return g.is_connector(word) && !has_ascii_upper(word);
}

} // namespace

void join_connector_starts(const TaggerSentence& s, std::vector<TaggedSpan>& spans,
                           const Gazetteer& g) {
  std::vector<TaggedSpan> out;
  for (TaggedSpan span : spans) {
    const std::string& first = s[span.begin];
    if (span.end - span.begin > 1 && lowercase_connector(first, g)) {
      if (!out.empty() && out.back().end == span.begin) {
        const Gazetteer::Known known =
            g.known_as(words_in_case(joined_tokens(s, out.back().begin, span.end), g));
        if (known != Gazetteer::Known::None || out.back().kind == Tag::BOrg) {
          out.back().end = span.end;
          if (known != Gazetteer::Known::None)
            out.back().kind = known == Gazetteer::Known::Place ? Tag::BLoc : Tag::BOrg;
          continue;
        }
      }
      if (!name_particle(first, g)) ++span.begin;
    }
    out.push_back(span);
  }
  spans = std::move(out);
}

void join_known_over_connectors(const TaggerSentence& s, std::vector<TaggedSpan>& spans,
                                const Gazetteer& g) {
  std::vector<TaggedSpan> out;
  for (const TaggedSpan& span : spans) {
    if (!out.empty() && out.back().end + 1 == span.begin &&
        lowercase_connector(s[out.back().end], g)) {
      const std::string name = words_in_case(joined_tokens(s, out.back().begin, span.end), g);
      const Gazetteer::Known known = g.known_as(name);
      if (known != Gazetteer::Known::None) {
        out.back().end = span.end;
        out.back().kind = known == Gazetteer::Known::Place ? Tag::BLoc : Tag::BOrg;
        continue;
      }
    }
    out.push_back(span);
  }
  spans = std::move(out);
}

} // namespace news
