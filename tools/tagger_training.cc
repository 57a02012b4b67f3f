#include "tools/tagger_training.hh"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <random>
#include <stdexcept>

#include "common/entity_extractor.hh"
#include "common/sequence_tagger.hh"
#include "common/sports_report.hh"
#include "common/tagger_features.hh"

namespace news {
namespace {

Tag kind_tag(std::string_view kind, bool begin) {
  const int b = begin ? 0 : 1;
  if (kind == "PER") return static_cast<Tag>(1 + b);
  if (kind == "ORG") return static_cast<Tag>(3 + b);
  if (kind == "LOC") return static_cast<Tag>(5 + b);
  if (kind == "MISC") return static_cast<Tag>(7 + b);
  throw std::invalid_argument("unknown entity kind");
}

// IOB1 (`I-X` starts a name unless X goes on from the token before) to BIO.
Tag bio_tag(const std::string& label, Tag before) {
  if (label == "O") return Tag::O;
  if (label.size() < 3 || label[1] != '-' || (label[0] != 'I' && label[0] != 'B'))
    throw std::invalid_argument("not a tag");
  const Tag inside = kind_tag(label.substr(2), false);
  if (label[0] == 'B' || (before != inside && before != kind_tag(label.substr(2), true)))
    return kind_tag(label.substr(2), true);
  return inside;
}

bool inside(Tag tag) { return tag != Tag::O && static_cast<std::uint8_t>(tag) % 2 == 0; }
Tag inside_of(Tag tag) {
  return inside(tag) || tag == Tag::O ? tag : static_cast<Tag>(static_cast<std::uint8_t>(tag) + 1);
}
Tag begin_of(Tag tag) {
  return inside(tag) ? static_cast<Tag>(static_cast<std::uint8_t>(tag) - 1) : tag;
}

// Where each non-space character of the tokens comes from: the token's number.
std::vector<std::size_t> character_owners(const std::vector<const std::string*>& tokens) {
  std::vector<std::size_t> owners;
  for (std::size_t i = 0; i < tokens.size(); ++i)
    for (char c : *tokens[i])
      if (!std::isspace(static_cast<unsigned char>(c))) owners.push_back(i);
  return owners;
}

} // namespace

TrainingDocument as_article_text(const TrainingDocument& document) {
  TrainingDocument out;
  if (document.sentences.empty()) return out;
  out.sentences.push_back(document.sentences[0]);
  out.tags.push_back(document.tags[0]);
  std::string body;
  std::vector<const std::string*> old_tokens;
  std::vector<Tag> old_tags;
  for (std::size_t s = 1; s < document.sentences.size(); ++s) {
    if (!body.empty()) body += ' ';
    body += joined_tokens(document.sentences[s], 0, document.sentences[s].size());
    for (std::size_t t = 0; t < document.sentences[s].size(); ++t) {
      old_tokens.push_back(&document.sentences[s][t]);
      old_tags.push_back(document.tags[s][t]);
    }
  }
  const std::vector<TaggerSentence> sentences = tagger_sentences(body);
  std::vector<const std::string*> new_tokens;
  for (const TaggerSentence& s : sentences)
    for (const std::string& t : s)
      new_tokens.push_back(&t);
  const std::vector<std::size_t> old_owner = character_owners(old_tokens);
  if (character_owners(new_tokens).size() != old_owner.size()) return document; // not the same text
  std::size_t at = 0, previous_owner = SIZE_MAX;
  for (const TaggerSentence& s : sentences) {
    std::vector<Tag> tags;
    for (const std::string& token : s) {
      const std::size_t owner = old_owner[at];
      Tag tag = owner == previous_owner ? inside_of(old_tags[owner]) : old_tags[owner];
      if (inside(tag) && (tags.empty() || begin_of(tags.back()) != begin_of(tag)))
        tag = begin_of(tag);
      tags.push_back(tag);
      previous_owner = owner;
      for (char c : token)
        at += !std::isspace(static_cast<unsigned char>(c));
    }
    out.sentences.push_back(s);
    out.tags.push_back(std::move(tags));
  }
  return out;
}

std::vector<TrainingDocument> read_conll(std::istream& in) {
  std::vector<TrainingDocument> documents;
  TaggerSentence sentence;
  std::vector<Tag> tags;
  auto end_sentence = [&] {
    if (sentence.empty()) return;
    if (documents.empty()) documents.emplace_back();
    documents.back().sentences.push_back(std::move(sentence));
    documents.back().tags.push_back(std::move(tags));
    sentence.clear();
    tags.clear();
  };
  std::string line;
  for (std::size_t number = 1; std::getline(in, line); ++number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      end_sentence();
      continue;
    }
    const std::size_t space = line.find(' ');
    const std::string token = line.substr(0, space);
    if (token == "-DOCSTART-") {
      end_sentence();
      documents.emplace_back();
      continue;
    }
    const std::string label = line.substr(line.rfind(' ') + 1);
    try {
      if (space == std::string::npos) throw std::invalid_argument("no tag");
      tags.push_back(bio_tag(label, tags.empty() ? Tag::O : tags.back()));
    } catch (const std::invalid_argument&) {
      throw std::runtime_error("line " + std::to_string(number) + ": not a CoNLL tag: " + label);
    }
    sentence.push_back(token);
  }
  end_sentence();
  std::erase_if(documents, [](const TrainingDocument& d) { return d.sentences.empty(); });
  return documents;
}

Article training_article(const TrainingDocument& document) {
  Article article;
  for (std::size_t i = 0; i < document.sentences.size(); ++i) {
    std::string& field = i == 0 ? article.title : article.body;
    if (!field.empty()) field += ' ';
    field += joined_tokens(document.sentences[i], 0, document.sentences[i].size());
  }
  return article;
}

TaggerModel train_tagger(const std::vector<TrainingDocument>& documents,
                         const TrainingOptions& options) {
  struct Item {
    const SentenceFeatures* features;
    const std::vector<Tag>* gold;
  };
  std::vector<std::vector<SentenceFeatures>> features;
  features.reserve(documents.size());
  std::vector<Item> items;
  // Each document twice: in its sentences, and as an article's text is
  // tokenised (sentences joined, lines of tables run together).
  std::vector<TrainingDocument> texts;
  texts.reserve(documents.size() * 2);
  for (const TrainingDocument& d : documents) {
    texts.push_back(d);
    texts.push_back(as_article_text(d));
  }
  features.reserve(texts.size());
  for (std::size_t d = 0; d < texts.size(); ++d) {
    const Article article = training_article(documents[d / 2]);
    features.push_back(
        document_features(texts[d].sentences, rule_entities(article), title_sport(article.title)));
  }
  for (std::size_t d = 0; d < texts.size(); ++d)
    for (std::size_t s = 0; s < texts[d].sentences.size(); ++s)
      items.push_back({&features[d][s], &texts[d].tags[s]});

  const std::size_t size = std::size_t{TaggerModel::kBuckets} * kTagCount;
  std::vector<float> weights(size, 0);
  std::vector<double> totals(size, 0);
  double step = 1;
  std::mt19937 random(options.seed);
  std::vector<FeatureId> active;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    std::shuffle(items.begin(), items.end(), random);
    std::size_t right = 0, all = 0;
    for (const Item& item : items) {
      Tag before2 = Tag::O, before = Tag::O;
      for (std::size_t i = 0; i < item.features->size(); ++i, step += 1) {
        const TokenFeatures& token = (*item.features)[i];
        active = token.ids;
        for (FeatureId id : previous_tag_features(token, before2, before))
          active.push_back(id);
        std::array<float, kTagCount> scores{};
        for (FeatureId id : active)
          for (std::size_t t = 0; t < kTagCount; ++t)
            scores[t] += weights[std::size_t{id} * kTagCount + t];
        const auto best = static_cast<std::size_t>(best_tag(scores, before));
        const auto gold = static_cast<std::size_t>((*item.gold)[i]);
        ++all;
        if (best == gold) {
          ++right;
        } else {
          for (FeatureId id : active) {
            const std::size_t row = std::size_t{id} * kTagCount;
            weights[row + gold] += 1;
            weights[row + best] -= 1;
            totals[row + gold] += step;
            totals[row + best] -= step;
          }
        }
        before2 = before;
        before = static_cast<Tag>(best);
      }
    }
    if (options.progress) options.progress(epoch, all ? double(right) / double(all) : 1.0);
  }
  for (std::size_t i = 0; i < size; ++i)
    weights[i] = static_cast<float>(weights[i] - totals[i] / step);
  return TaggerModel::quantise(weights);
}

std::vector<std::vector<Tag>> tag_document(const TrainingDocument& document,
                                           const TaggerModel& model) {
  std::vector<std::vector<Tag>> out;
  const Article article = training_article(document);
  for (const SentenceFeatures& s :
       document_features(document.sentences, rule_entities(article), title_sport(article.title)))
    out.push_back(decode(s, model));
  return out;
}

} // namespace news
