// Training the entity tagger (common/tagger_model) as an averaged perceptron
// on documents in the CoNLL-2003 format: a token a line with its tag last
// (IOB1 or BIO: `I-PER`, `B-ORG`, `O`), a blank line between sentences,
// `-DOCSTART-` between documents. Each document is also given to the rule
// extractor, whose names become features (as at indexing time).
#pragma once

#include <cstdint>
#include <functional>
#include <istream>
#include <string>
#include <vector>

#include "common/article.hh"
#include "common/tagger_model.hh"
#include "common/tagger_tokens.hh"

namespace news {

struct TrainingDocument {
  std::vector<TaggerSentence> sentences;
  std::vector<std::vector<Tag>> tags; /**< BIO, one per token */
};

/** The documents of a CoNLL-format file; throws std::runtime_error naming the line of a bad tag. */
std::vector<TrainingDocument> read_conll(std::istream& in);

/**
 * The document as its article's text is tokenised for tagging: the title
 * sentence, then the other sentences joined by spaces and split again by
 * tagger_sentences (common/tagger_tokens), each token with the tag of the
 * token its first character was in. The document itself when the tokens do
 * not have the same characters.
 */
TrainingDocument as_article_text(const TrainingDocument& document);

/** The document as an article: its first sentence the title, the rest the body. */
Article training_article(const TrainingDocument& document);

struct TrainingOptions {
  int epochs = 10;
  std::uint32_t seed =
      1; /**< the order of sentences in each epoch; the same seed, the same model */
  std::function<void(int epoch, double token_accuracy)> progress;
};

TaggerModel train_tagger(const std::vector<TrainingDocument>& documents,
                         const TrainingOptions& options);

/** The tagger's tags for a training document's tokens (for checking a model). */
std::vector<std::vector<Tag>> tag_document(const TrainingDocument& document,
                                           const TaggerModel& model);

} // namespace news
