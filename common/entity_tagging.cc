// extract_entities: the tagger's names for an article (common/entity_extractor.hh).
#include "common/entity_extractor.hh"

#include <unordered_map>

#include "common/acronyms.hh"
#include "common/entity_aliases.hh"
#include "common/entity_linking.hh"
#include "common/entity_names.hh"
#include "common/name_tokens.hh"
#include "common/sequence_tagger.hh"
#include "common/tagger_features.hh"

namespace news {
namespace {

struct Mention {
  std::string text;
  Tag kind;
};

// A name tagged as several kinds in one article is the kind it was tagged
// as most often (the first of those, on a tie).
void vote_kinds(std::vector<Mention>& mentions) {
  std::unordered_map<std::string, std::array<int, kTagCount>> votes;
  for (const Mention& m : mentions)
    ++votes[entity_key(m.text)][static_cast<std::size_t>(m.kind)];
  std::unordered_map<std::string, Tag> chosen;
  for (const Mention& m : mentions) {
    const auto& v = votes[entity_key(m.text)];
    auto [it, added] = chosen.try_emplace(entity_key(m.text), m.kind);
    if (v[static_cast<std::size_t>(m.kind)] > v[static_cast<std::size_t>(it->second)])
      it->second = m.kind;
  }
  for (Mention& m : mentions)
    m.kind = chosen[entity_key(m.text)];
}

void add_mention(const Mention& m, const Gazetteer& g, Entities& found) {
  const std::string& text = m.text;
  const std::string name = words_in_case(text, g);
  if (name.empty()) return;
  switch (m.kind) {
  case Tag::BPer:
    return found.add(EntityKind::Person, name, text);
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

} // namespace

Entities extract_entities(const Article& article) {
  Entities rules = rule_entities(article);
  const TaggerModel* model = TaggerModel::builtin();
  if (model == nullptr) {
    EntityAliases::user().apply(rules);
    return rules;
  }
  const Gazetteer& g = Gazetteer::instance();
  Entities found;
  if (!article.dateline.empty()) add_dateline_place(article.dateline, g, found);
  std::vector<TaggerSentence> head = tagger_sentences(article.title);
  std::vector<Mention> mentions;
  std::vector<AcronymDefinition> acronyms;
  const std::string_view body = article.body;
  for (std::size_t at = 0; at < body.size() || at == 0;) {
    const std::size_t end = body.empty() ? 0 : name_piece_end(body, at);
    std::vector<TaggerSentence> sentences = std::move(head);
    head.clear();
    for (TaggerSentence& s : tagger_sentences(body.substr(at, end - at)))
      sentences.push_back(std::move(s));
    const std::vector<SentenceFeatures> features = document_features(sentences, rules);
    for (std::size_t i = 0; i < sentences.size(); ++i)
      for (AcronymDefinition& d : acronym_definitions(sentences[i]))
        acronyms.push_back(std::move(d));
    for (std::size_t i = 0; i < sentences.size(); ++i)
      for (const TaggedSpan& span : tagged_spans(decode(features[i], *model)))
        mentions.push_back({joined_tokens(sentences[i], span.begin, span.end), span.kind});
    if (end <= at) break;
    at = end;
  }
  vote_kinds(mentions);
  for (const Mention& m : mentions)
    add_mention(m, g, found);
  link_acronyms(acronyms, g, found);
  merge_variants(found);
  EntityAliases::user().apply(found);
  return found;
}

} // namespace news
