// extract_entities: the tagger's names for an article (common/entity_extractor.hh).
#include "common/entity_extractor.hh"

#include <algorithm>
#include <cctype>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "common/acronyms.hh"
#include "common/ascii.hh"
#include "common/byline_people.hh"
#include "common/cjk_entities.hh"
#include "common/connector_spans.hh"
#include "common/elided_places.hh"
#include "common/entity_aliases.hh"
#include "common/entity_linking.hh"
#include "common/entity_lists.hh"
#include "common/entity_names.hh"
#include "common/legal_forms.hh"
#include "common/name_tokens.hh"
#include "common/names_across_scripts.hh"
#include "common/place_adjectives.hh"
#include "common/place_spans.hh"
#include "common/script_text.hh"
#include "common/sequence_tagger.hh"
#include "common/sports_report.hh"
#include "common/tagger_features.hh"
#include "common/title_spans.hh"

namespace news {
namespace {

struct Mention {
  std::string text;
  Tag kind;
  bool in_title = false;
  bool first_word = false; // the first word of its sentence
  bool venue = false;      // a known place after `at` or `in`: a place whatever else it is
  bool capitals = false;   // its sentence is in capitals (a headline, a table's line)
};

// `Putin To Visit China`: a headline in title case, unlike CoNLL's in capitals,
// which the tagger never saw; most of its words of four letters or more capitalised.
bool title_case_headline(const std::vector<TaggerSentence>& title) {
  std::size_t long_words = 0, capitalised = 0, lower = 0;
  for (const TaggerSentence& s : title)
    for (const std::string& w : s) {
      if (w.size() < 4) continue;
      ++long_words;
      capitalised += std::isupper(static_cast<unsigned char>(w[0])) != 0;
      for (char c : w)
        lower += std::islower(static_cast<unsigned char>(c)) != 0;
    }
  return lower > 0 && long_words > 1 && capitalised * 10 >= long_words * 6;
}

// Such a headline's names (or those `keep` does not keep) count only when the
// gazetteer or the body knows them.
template <typename Keep>
void confirm_title_names(std::vector<Mention>& mentions, const Gazetteer& g, Keep keep) {
  std::unordered_set<std::string> body;
  for (const Mention& m : mentions)
    if (!m.in_title) body.insert(entity_key(m.text));
  std::erase_if(mentions, [&](const Mention& m) {
    if (!m.in_title || keep(m)) return false;
    if (g.place(m.text) || g.organisation(m.text)) return false;
    const std::string key = entity_key(m.text);
    for (const std::string& known : body)
      if (known == key || known.ends_with(" " + key)) return false;
    return true;
  });
}

// A name tagged as several kinds in one article is the kind it was tagged
// as most often (the first of those, on a tie). A venue stays a place and
// does not vote: `KANSAS CITY AT DETROIT` names Detroit's team and its city.
void vote_kinds(std::vector<Mention>& mentions) {
  struct Ballot {
    std::array<int, kTagCount> votes{};
    std::optional<Tag> chosen;
  };
  std::unordered_map<std::string, Ballot> ballots;
  std::vector<Ballot*> of(mentions.size()); // each mention's name's, its key made once
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    Mention& m = mentions[i];
    if (m.venue) {
      m.kind = Tag::BLoc;
      continue;
    }
    of[i] = &ballots[entity_key(m.text)];
    ++of[i]->votes[static_cast<std::size_t>(m.kind)];
  }
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    if (mentions[i].venue) continue;
    Ballot& b = *of[i];
    const Tag kind = mentions[i].kind;
    if (!b.chosen ||
        b.votes[static_cast<std::size_t>(kind)] > b.votes[static_cast<std::size_t>(*b.chosen)])
      b.chosen = kind;
  }
  for (std::size_t i = 0; i < mentions.size(); ++i)
    if (!mentions[i].venue) mentions[i].kind = *of[i]->chosen;
}

// `at Detroit`, `IN TORONTO`: a name the gazetteer knows as a place (and not
// as an organisation) after `at` or `in`, whatever the tagger took it for.
bool venue(const TaggerSentence& s, const TaggedSpan& span, const Gazetteer& g) {
  if (span.begin == 0 || span.kind == Tag::BPer) return false;
  const std::string before = to_lower(s[span.begin - 1]);
  if (before != "at" && before != "in") return false;
  const std::string name = words_in_case(joined_tokens(s, span.begin, span.end), g);
  return g.place(name).has_value() && !g.organisation(name).has_value();
}

// `Mayor Eve Mallory`, `Harbour Mayor Eve Mallory` -> `Eve Mallory`: a title
// and what comes before it are not the name.
std::string without_titles(const std::string& name, const Gazetteer& g) {
  std::size_t start = 0;
  for (std::size_t at = 0, space; (space = name.find(' ', at)) != std::string::npos; at = space + 1)
    if (g.is_person_title(to_lower(name.substr(at, space - at)))) start = space + 1;
  return name.substr(start);
}

void add_mention(const Mention& m, const Gazetteer& g, Entities& found) {
  const std::string& text = m.text;
  const std::string name = words_in_case(text, g, m.capitals);
  // `Cold War`: the curated non-names, also as an acronym is kept (`MONDAY`).
  if (name.empty() || g.is_non_name(name) || g.is_non_name(words_in_case(text, g))) return;
  switch (m.kind) {
  case Tag::BPer:
    return found.add(EntityKind::Person, without_titles(name, g), text);
  case Tag::BOrg:
    return found.add(EntityKind::Org, g.organisation(name).value_or(name), text);
  case Tag::BLoc:
    return found.add(EntityKind::Place, known_place(name, g).value_or(name), text);
  default:
    return; // MISC: nationalities, events, works; not indexed
  }
}

// An acronym the article defines is an organisation (unless the gazetteer
// knows better) under the acronym, its expansion and any name it was found
// as folded into it: `org:unctad` finds the article.
void link_acronyms(const std::vector<AcronymDefinition>& acronyms, const Gazetteer& g,
                   Entities& found) {
  for (const AcronymDefinition& d : acronyms) {
    const std::string canonical = g.organisation(d.acronym).value_or(d.acronym);
    if (g.place(d.acronym)) continue; // `(U.S.)`, `(UK)`
    found.add(EntityKind::Org, canonical, d.expansion);
    for (EntityKind kind : kEntityKinds)
      for (const std::string& form : {d.expansion, d.acronym, words_in_case(d.expansion, g)})
        fold_entity(found, kind, form, EntityKind::Org, canonical);
  }
}

bool capitalised(const std::string& word) {
  return !word.empty() && std::isupper(static_cast<unsigned char>(word[0]));
}

// `Netherlands Czech Republic`, a table's `SOUTH KOREA AUSTRALIA`: a place
// the gazetteer does not know whose words are, end to end, places it knows is
// those places (the longest known one first).
void split_known_places(const TaggerSentence& s, std::vector<TaggedSpan>& spans,
                        const Gazetteer& g) {
  auto known = [&](std::size_t begin, std::size_t end) {
    return g.place(words_in_case(joined_tokens(s, begin, end), g)).has_value();
  };
  std::vector<TaggedSpan> out;
  for (const TaggedSpan& span : spans) {
    if (span.kind != Tag::BLoc || span.end - span.begin < 2 || known(span.begin, span.end)) {
      out.push_back(span);
      continue;
    }
    std::vector<TaggedSpan> pieces;
    for (std::size_t at = span.begin; at < span.end;) {
      std::size_t end = span.end;
      while (end > at && !known(at, end))
        --end;
      if (end == at) break;
      pieces.push_back({at, end, Tag::BLoc});
      at = end;
    }
    if (!pieces.empty() && pieces.back().end == span.end)
      out.insert(out.end(), pieces.begin(), pieces.end());
    else
      out.push_back(span);
  }
  spans = std::move(out);
}

// `Amateur Championship`, `Pro Bowl`, `Texas Open`: a name of several words
// that ends with an event's word is an event (not indexed), whatever the
// tagger took it for.
void drop_events(const TaggerSentence& s, std::vector<TaggedSpan>& spans) {
  const auto events = lists::event_words();
  auto event = [&](const TaggedSpan& span) {
    const std::string last = title_case(s[span.end - 1]);
    return span.end - span.begin > 1 &&
           std::find(events.begin(), events.end(), last) != events.end();
  };
  // `Greater Milwaukee Open` tagged as `Greater` and `Milwaukee Open`: a
  // name that runs into an event is its start.
  std::vector<TaggedSpan> out;
  for (std::size_t n = spans.size(); n-- > 0;) {
    if (event(spans[n])) {
      while (n > 0 && spans[n - 1].end == spans[n].begin)
        --n;
      continue;
    }
    out.push_back(spans[n]);
  }
  spans.assign(out.rbegin(), out.rend());
}

// `Barnett Banks Inc.`, `Lomason Co`: a person or place with a company's
// legal form at its end is an organisation.
void companies_are_organisations(const TaggerSentence& s, std::vector<TaggedSpan>& spans) {
  for (TaggedSpan& span : spans) {
    if (span.kind != Tag::BPer && span.kind != Tag::BLoc) continue;
    const std::string name = joined_tokens(s, span.begin, span.end);
    if (without_legal_form(name) != name) span.kind = Tag::BOrg;
  }
}

// `Madrid after`, `Eagles organisation`: lowercase words at a name's end are
// not part of it, nor a number (`Boeing 747`: the company); `al-Assad` is. A
// word opening with a letter outside ASCII may be a capital (`Mesut Özil`) and stays.
// A table's `MONTREAL AT`: a preposition or connector in capitals ends no name either.
void trim_spans(const TaggerSentence& s, std::vector<TaggedSpan>& spans) {
  auto not_a_name_word = [](const std::string& w) {
    static constexpr std::string_view kEnds[] = {"at", "in", "of", "and", "the", "vs", "for"};
    const std::string lower = to_lower(w);
    return ((w.empty() || static_cast<unsigned char>(w[0]) < 0x80) && !has_ascii_upper(w)) ||
           std::find(std::begin(kEnds), std::end(kEnds), lower) != std::end(kEnds);
  };
  for (TaggedSpan& span : spans)
    while (span.end > span.begin + 1 && not_a_name_word(s[span.end - 1]))
      --span.end;
}

// `Mesut Özil`, `Davor Šuker`: the model, trained on names in ASCII, ends a
// person's name before a word opening with a capital outside ASCII; the name
// goes on over such words (not into another name).
void people_over_accented_words(const TaggerSentence& s, std::vector<TaggedSpan>& spans) {
  for (std::size_t n = 0; n < spans.size(); ++n) {
    TaggedSpan& span = spans[n];
    if (span.kind != Tag::BPer) continue;
    const std::size_t limit = n + 1 < spans.size() ? spans[n + 1].begin : s.size();
    while (span.end < limit && static_cast<unsigned char>(s[span.end][0]) >= 0x80 &&
           word_case(s[span.end]).capitalised)
      ++span.end;
  }
}

// `the Philippines would not honour`, `Japan beat Syria`: a country's name
// alone is a place, as CoNLL-2003 tags it, whether it acts as its government
// or as its national side.
void countries_are_places(const TaggerSentence& s, std::vector<TaggedSpan>& spans,
                          const Gazetteer& g) {
  for (TaggedSpan& span : spans) {
    if (span.kind != Tag::BOrg && span.kind != Tag::BPer) continue;
    const auto place = g.place(words_in_case(joined_tokens(s, span.begin, span.end), g));
    if (place && g.is_country(*place)) span.kind = Tag::BLoc;
  }
}

// `Abdulaziz bin Salman`: two people's names either side of a connector
// (`bin`, `van`, `de`...), or the second starting with it, are one person's;
// a person's name goes on over connectors to a capitalised word the tagger
// left out (`Ursula von der Leyen`).
std::vector<TaggedSpan> joined_people(const TaggerSentence& s, std::vector<TaggedSpan> spans,
                                      const Gazetteer& g) {
  std::vector<TaggedSpan> out;
  for (std::size_t n = 0; n < spans.size(); ++n) {
    const TaggedSpan& span = spans[n];
    const bool people = !out.empty() && span.kind == Tag::BPer && out.back().kind == Tag::BPer;
    if (people && ((out.back().end + 1 == span.begin && name_particle(s[out.back().end], g)) ||
                   (out.back().end == span.begin && name_particle(s[span.begin], g)))) {
      out.back().end = span.end;
      continue;
    }
    out.push_back(span);
    if (span.kind != Tag::BPer) continue;
    std::size_t next = span.end;
    while (next < s.size() && name_particle(s[next], g))
      ++next;
    if (next == span.end || next >= s.size() || !capitalised(s[next])) continue;
    const bool followed = n + 1 < spans.size() && spans[n + 1].begin <= next;
    if (followed && spans[n + 1].end > next + 1) continue; // another name goes on past it
    out.back().end = next + 1;
    if (followed) ++n; // `der Leyen` tagged apart, as another kind
  }
  return out;
}

// `Report 12`: a lone word opening a headline is capitalised as any first
// word is; it counts when the body or the gazetteer knows it.
bool unconfirmed_headline_word(const Mention& m) {
  return m.in_title && m.first_word && m.text.find(' ') == std::string::npos;
}

// The tagger learnt English news (CoNLL-2003): it reads English, and text of
// no determined language in the Latin script; other languages keep the rules
// and their hooks (names_across_scripts.hh, intl_name_words.hh).
bool tagger_reads(const Article& article) {
  if (!article.language.empty()) return article.language == "en";
  constexpr std::size_t kLooked = 2048;
  const std::string_view body(article.body);
  return !has_non_latin_letters(article.title) &&
         !has_non_latin_letters(body.substr(0, std::min(body.size(), kLooked)));
}

// What every article's names go through, whichever path found them.
Entities finished(Entities found, const Article& article, const Gazetteer& g) {
  add_byline_people(article.author, g, found);
  add_elided_places(article.body, found, g);
  if (article.language == "ru") // `парижской`, `Берлинская`
    for (std::string_view text : {std::string_view(article.title), std::string_view(article.body)})
      add_place_adjectives(text, found, g);
  latinise_entities(found, g);
  add_cjk_entities(article, found); // Chinese and Japanese (cjk_entities.hh)
  merge_variants(found);
  EntityAliases::user().apply(found);
  return found;
}

} // namespace

Entities extract_entities(const Article& article) {
  const Gazetteer& g = Gazetteer::instance();
  Entities rules = rule_entities(article);
  const TaggerModel* model = TaggerModel::builtin();
  if (model == nullptr || !tagger_reads(article)) return finished(std::move(rules), article, g);
  Entities found;
  if (!article.dateline.empty()) add_dateline_place(article.dateline, g, found);
  std::vector<TaggerSentence> head = tagger_sentences(article.title);
  const std::size_t title_sentences = head.size();
  const bool title_case = title_case_headline(head);
  const std::string_view sport = title_sport(article.title);
  std::vector<Mention> mentions;
  std::vector<AcronymDefinition> acronyms;
  const std::string_view body = article.body;
  for (std::size_t at = 0; at < body.size() || at == 0;) {
    const std::size_t end = body.empty() ? 0 : name_piece_end(body, at);
    std::vector<TaggerSentence> sentences = std::move(head);
    head.clear();
    for (TaggerSentence& s : tagger_sentences(body.substr(at, end - at)))
      sentences.push_back(std::move(s));
    const std::vector<SentenceFeatures> features =
        document_features(sentences, rules, sport, FeaturedTokens::MaybeInNames);
    for (std::size_t i = 0; i < sentences.size(); ++i)
      for (AcronymDefinition& d : acronym_definitions(sentences[i]))
        acronyms.push_back(std::move(d));
    for (std::size_t i = 0; i < sentences.size(); ++i) {
      std::vector<TaggedSpan> spans = tagged_spans(decode(features[i], *model));
      join_connector_starts(sentences[i], spans, g);
      join_known_over_connectors(sentences[i], spans, g);
      trim_spans(sentences[i], spans);
      people_over_accented_words(sentences[i], spans);
      join_known_places(sentences[i], spans, g);
      split_at_titles(sentences[i], spans, g);
      people_after_title_complements(sentences[i], spans, g);
      split_known_places(sentences[i], spans, g);
      drop_events(sentences[i], spans);
      companies_are_organisations(sentences[i], spans);
      countries_are_places(sentences[i], spans, g);
      places_before_place_nouns(sentences[i], spans);
      places_by_last_word(sentences[i], spans, g);
      for (const TaggedSpan& span : joined_people(sentences[i], std::move(spans), g))
        mentions.push_back({joined_tokens(sentences[i], span.begin, span.end), span.kind,
                            at == 0 && i < title_sentences, span.begin == 0,
                            venue(sentences[i], span, g), all_capitals(sentences[i])});
    }
    if (end <= at) break;
    at = end;
  }
  confirm_title_names(
      mentions, g, [&](const Mention& m) { return !title_case && !unconfirmed_headline_word(m); });
  vote_kinds(mentions);
  for (const Mention& m : mentions)
    add_mention(m, g, found);
  link_acronyms(acronyms, g, found);
  return finished(std::move(found), article, g);
}

} // namespace news
