// The entity tagger's parts: tokens, features, the model's bytes, decoding.
#include <doctest/doctest.h>

#include "common/feature_hash.hh"
#include "common/gazetteer.hh"
#include "common/sequence_tagger.hh"
#include "common/sports_report.hh"
#include "common/tagger_features.hh"
#include "common/tagger_marks.hh"
#include "common/tagger_model.hh"
#include "common/tagger_tokens.hh"

using namespace news;

TEST_CASE("tagger tokens: punctuation apart, abbreviations and acronyms whole, 's apart") {
  const auto sentences =
      tagger_sentences("Germany's U.S. unit, Acme Inc. (ACM), rose. \"Yes\" said Mr. P. Smith");
  REQUIRE(sentences.size() == 2);
  CHECK(sentences[0] == TaggerSentence{"Germany", "'s", "U.S.", "unit", ",", "Acme", "Inc.", "(",
                                       "ACM", ")", ",", "rose", "."});
  CHECK(sentences[1] == TaggerSentence{"\"", "Yes", "\"", "said", "Mr.", "P.", "Smith"});
}

TEST_CASE("tagger tokens: a line break ends a sentence") {
  const auto sentences = tagger_sentences("CHICAGO 3 Detroit 2\nTORONTO 1 Boston 0");
  REQUIRE(sentences.size() == 2);
  CHECK(sentences[1].front() == "TORONTO");
}

TEST_CASE("tagger tokens: joined back as the article's text") {
  const TaggerSentence tokens{"Boatmen", "'s", "Bancshares", "Inc.", "(", "BOAT", ")", "."};
  CHECK(joined_tokens(tokens, 0, tokens.size()) == "Boatmen's Bancshares Inc. (BOAT).");
  CHECK(joined_tokens(tokens, 2, 4) == "Bancshares Inc.");
}

TEST_CASE("word shape: runs of a kind of character once") {
  CHECK(word_shape("Putin") == "Xx");
  CHECK(word_shape("U.S.") == "X.X.");
  CHECK(word_shape("1996-08-22") == "d-d-d");
  CHECK(word_shape("NATO") == "X");
}

TEST_CASE("features: the rules' names and the gazetteer are features of their tokens") {
  Entities rules;
  rules.add(EntityKind::Person, "Anna Berg");
  const std::vector<TaggerSentence> doc{{"Anna", "Berg", "visited", "France", "."}};
  const auto with_rules = document_features(doc, rules);
  const auto without = document_features(doc, Entities{});
  REQUIRE(with_rules.size() == 1);
  REQUIRE(with_rules[0].size() == 5);
  CHECK(with_rules[0][0].ids != without[0][0].ids); // the rules marked Anna
  CHECK(with_rules[0][2].ids == without[0][2].ids); // but not `visited`
  CHECK(with_rules[0][0].word_hash == without[0][0].word_hash);
  // The same word in the same place has the same features.
  const auto again = document_features(doc, rules);
  CHECK(again[0][3].ids == with_rules[0][3].ids);
}

TEST_CASE("decoding: an inside tag only after its name's start") {
  CHECK(may_follow(Tag::BPer, Tag::IPer));
  CHECK(may_follow(Tag::IPer, Tag::IPer));
  CHECK_FALSE(may_follow(Tag::O, Tag::IPer));
  CHECK_FALSE(may_follow(Tag::BOrg, Tag::IPer));
  // A scorer that likes I-PER best everywhere: the first token cannot be I-PER.
  const SentenceFeatures sentence(3);
  const auto tags = decode(sentence, [](const TokenFeatures&, Tag, Tag before, TagScores& s) {
    s[static_cast<std::size_t>(Tag::IPer)] = 10;
    s[static_cast<std::size_t>(Tag::BPer)] = before == Tag::O ? 5 : 0;
  });
  CHECK(tags == std::vector<Tag>{Tag::BPer, Tag::IPer, Tag::IPer});
}

TEST_CASE("decoding: tags to names") {
  const std::vector<Tag> tags{Tag::BPer, Tag::IPer, Tag::O,    Tag::BLoc,
                              Tag::BLoc, Tag::BOrg, Tag::IOrg, Tag::IOrg};
  const auto spans = tagged_spans(tags);
  REQUIRE(spans.size() == 4);
  CHECK((spans[0].begin == 0 && spans[0].end == 2 && spans[0].kind == Tag::BPer));
  CHECK((spans[1].begin == 3 && spans[1].end == 4 && spans[1].kind == Tag::BLoc));
  CHECK((spans[2].begin == 4 && spans[2].end == 5));
  CHECK((spans[3].begin == 5 && spans[3].end == 8 && spans[3].kind == Tag::BOrg));
}

TEST_CASE("model: its bytes read back as the same model, other bytes are refused") {
  std::vector<float> weights(std::size_t{TaggerModel::kBuckets} * kTagCount, 0);
  weights[5 * kTagCount + 1] = 2.0f;
  weights[7 * kTagCount + 3] = -1.0f;
  const TaggerModel model = TaggerModel::quantise(weights);
  const TaggerModel back = TaggerModel::parse(model.serialise());
  TagScores scores{};
  back.add_scores(5, scores);
  back.add_scores(7, scores);
  CHECK(scores[1] == 32767);
  CHECK(scores[3] == -16384);
  CHECK(scores[0] == 0);
  CHECK_THROWS_WITH(TaggerModel::parse("NEWSTAG1 but nothing else"), doctest::Contains("model"));
  CHECK_THROWS_WITH(TaggerModel::parse("hello"), "not an entity tagger model");
  std::string damaged = model.serialise();
  damaged.resize(damaged.size() / 2);
  CHECK_THROWS_WITH(TaggerModel::parse(damaged), "entity tagger model is damaged");
}

TEST_CASE("the built-in model is read once and scores tokens") {
  const TaggerModel* model = TaggerModel::builtin();
  REQUIRE(model != nullptr);
  CHECK(TaggerModel::builtin() == model);
}

TEST_CASE("gazetteer known_as: what place() and organisation() say, a place first") {
  const Gazetteer& g = Gazetteer::instance();
  for (const char* name :
       {"Germany", "GERMANY", "U.S.", "Bank of Japan", "IMF", "NATO", "International Monetary Fund",
        "Allemagne", "Москве", "Washington", "Reuters", "Putin", "said", "", "Zzyzx Qwerty"}) {
    CAPTURE(name);
    const Gazetteer::Known expected = g.place(name)          ? Gazetteer::Known::Place
                                      : g.organisation(name) ? Gazetteer::Known::Organisation
                                                             : Gazetteer::Known::None;
    CHECK(g.known_as(name) == expected);
  }
  CHECK(g.known_as("Germany") == Gazetteer::Known::Place);
  CHECK(g.known_as("International Monetary Fund") == Gazetteer::Known::Organisation);
  CHECK(g.known_as("Zzyzx Qwerty") == Gazetteer::Known::None);
}

TEST_CASE("gazetteer may_start_known_name: true for the first word of every name known") {
  const Gazetteer& g = Gazetteer::instance();
  // The first word of a known name, in any case, folded or as an acronym is written.
  for (const char* word : {"Bank", "BANK", "bank", "International", "IMF", "U.S.", "Germany",
                           "GERMANY", "Allemagne", "Москве", "Washington"}) {
    CAPTURE(word);
    CHECK(g.may_start_known_name(word));
  }
  // A name known only when its first word may start one: no lookup is skipped wrongly.
  for (const char* name : {"Bank of Japan", "International Monetary Fund", "NATO", "Germany"}) {
    CAPTURE(name);
    REQUIRE(g.known_as(name) != Gazetteer::Known::None);
    const std::string name_text(name);
    CHECK(g.may_start_known_name(name_text.substr(0, name_text.find(' '))));
  }
  CHECK_FALSE(g.may_start_known_name("Zzyzx"));
  CHECK_FALSE(g.may_start_known_name("Qwertyuiop"));
}

TEST_CASE("may_follow: I-X after B-X or I-X only, any other tag after anything") {
  constexpr Tag kTags[] = {Tag::O,    Tag::BPer, Tag::IPer,  Tag::BOrg, Tag::IOrg,
                           Tag::BLoc, Tag::ILoc, Tag::BMisc, Tag::IMisc};
  for (Tag before : kTags)
    for (Tag tag : kTags) {
      const bool inside =
          tag == Tag::IPer || tag == Tag::IOrg || tag == Tag::ILoc || tag == Tag::IMisc;
      const auto kind = [](Tag t) { return (static_cast<int>(t) + 1) / 2; }; // O, PER, ORG...
      const bool same_kind = kind(before) == kind(tag);
      CAPTURE(static_cast<int>(before));
      CAPTURE(static_cast<int>(tag));
      CHECK(may_follow(before, tag) == (!inside || same_kind));
    }
  CHECK_FALSE(may_follow(Tag::IOrg, Tag::IPer));
  CHECK_FALSE(may_follow(Tag::BPer, Tag::IOrg));
}

TEST_CASE("features: a sports report's sport is a feature of its tokens") {
  CHECK(title_sport("SOCCER - ALBANIAN LEAGUE RESULTS.") == "soccer");
  CHECK(title_sport("Cricket: England win") == "cricket");
  CHECK(title_sport("ICE HOCKEY - NHL RESULTS") == "ice hockey");
  CHECK(title_sport("Golfers strike").empty());
  CHECK(title_sport("EU rejects German call").empty());
  const std::vector<TaggerSentence> doc{{"Besa", "Kavaje", "2", "Teuta", "Durres", "0"}};
  const auto soccer = document_features(doc, Entities{}, "soccer");
  const auto plain = document_features(doc, Entities{});
  CHECK(soccer[0][0].ids != plain[0][0].ids);
  CHECK(soccer[0][0].ids.size() == plain[0][0].ids.size() + 3);
  CHECK(document_features(doc, Entities{}, "tennis")[0][0].ids != soccer[0][0].ids);
}

TEST_CASE("outside names: ASCII without capitals, between neighbours without capitals") {
  const TaggerSentence s{"Officials", "said", "that", "prices", "rose", "5", "pct", "."};
  CHECK_FALSE(outside_names(s, 0)); // a capital
  CHECK_FALSE(outside_names(s, 1)); // next to one
  for (std::size_t i = 2; i < s.size(); ++i) {
    CAPTURE(s[i]);
    CHECK(outside_names(s, i)); // words, a number, punctuation, the last token
  }
  const TaggerSentence bank{"the", "Bank", "of", "Japan", "and", "Schalke", "04", "said"};
  CHECK_FALSE(outside_names(bank, 0)); // before `Bank`
  CHECK_FALSE(outside_names(bank, 2)); // inside the name
  CHECK_FALSE(outside_names(bank, 6)); // `04` after `Schalke`
  CHECK(outside_names(bank, 7));       // after `04`, which has no capital
  // Letters beyond ASCII may be capitals: their neighbours are not outside.
  const TaggerSentence other{"visit", "of", "Путина", "in", "Zürich"};
  CHECK(outside_names(other, 0));
  CHECK_FALSE(outside_names(other, 1));
  CHECK_FALSE(outside_names(other, 2));
  CHECK_FALSE(outside_names(other, 3));
}

TEST_CASE("features for tagging: tokens outside names have none and decode as O") {
  const std::vector<TaggerSentence> doc{
      {"Anna", "Berg", "said", "that", "prices", "rose", "in", "France", "."}};
  const auto all = document_features(doc, Entities{});
  const auto tagging = document_features(doc, Entities{}, {}, FeaturedTokens::MaybeInNames);
  REQUIRE(tagging[0].size() == all[0].size());
  for (std::size_t i = 0; i < doc[0].size(); ++i) {
    CAPTURE(doc[0][i]);
    const bool outside = outside_names(doc[0], i);
    CHECK(tagging[0][i].outside == outside);
    CHECK(all[0][i].outside == false); // training describes every token
    if (outside)
      CHECK(tagging[0][i].ids.empty());
    else
      CHECK(tagging[0][i].ids == all[0][i].ids); // the same features as for training
  }
  const TaggerModel* model = TaggerModel::builtin();
  REQUIRE(model != nullptr);
  const std::vector<Tag> tags = decode(tagging[0], *model);
  for (std::size_t i = 0; i < tags.size(); ++i)
    if (tagging[0][i].outside) CHECK(tags[i] == Tag::O);
  CHECK(tags[0] == Tag::BPer);
  CHECK(tags[7] == Tag::BLoc);
}

namespace {
// Every feature id of a document, in order, folded into one number.
std::uint64_t features_fingerprint(const std::vector<SentenceFeatures>& document) {
  std::uint64_t h = kFnvOffsetBasis;
  for (const SentenceFeatures& sentence : document)
    for (const TokenFeatures& token : sentence) {
      h = feature_hash(h, static_cast<std::uint32_t>(token.ids.size()));
      for (FeatureId id : token.ids)
        h = feature_hash(h, id);
      h = feature_hash(h, static_cast<std::uint32_t>(token.word_hash));
      h = feature_hash(h, static_cast<std::uint32_t>(token.word_hash >> 32));
      h = feature_hash(h, static_cast<std::uint32_t>(token.outside));
    }
  return h;
}
} // namespace

TEST_CASE("features for tagging: the very ids the built-in model was trained on") {
  // A change of what a feature hashes, or of its order, leaves the trained
  // model reading other buckets: retrain (scripts/train-tagger), then pin
  // the new fingerprints here.
  Entities rules;
  rules.add(EntityKind::Person, "Anna Berg");
  rules.add(EntityKind::Org, "Acme Corp");
  const std::vector<TaggerSentence> doc{
      {"PUTIN", "VISITS", "CHINA", "FOR", "TALKS"},
      {"President", "Vladimir", "Putin", "of",   "Russia", "said",   "on",
       "Tuesday",   "that",     "the",   "Bank", "of",     "Japan",  "and",
       "Acme",      "Corp",     "would", "meet", "in",     "Zürich", "."},
      {"prime", "minister",  "Anna", "Berg",   "'s",   "aide", ",",   "Mr.", "Li",         ",",
       "told",  "reporters", "that", "prices", "rose", "5",    "pct", "in",  "1987-03-02", "."}};
  CHECK(features_fingerprint(document_features(doc, rules)) == 85463644635743106ull);
  CHECK(features_fingerprint(document_features(doc, rules, "soccer")) == 18375071613265515595ull);
  CHECK(features_fingerprint(document_features(doc, rules, {}, FeaturedTokens::MaybeInNames)) ==
        8278055112971871752ull);
}

TEST_CASE("span marks: the rules' names, plain or with punctuation, on a sentence's tokens") {
  Entities rules;
  rules.add(EntityKind::Org, "Acme Corp");
  rules.add(EntityKind::Place, "U.S.");
  rules.add(EntityKind::Person, "Anna Berg-Li");
  const TaggerSentence s{"Acme", "Corp", "of", "the", "U.S.", "hired", "Anna", "Berg-Li", "."};
  const std::vector<std::string_view> marks = rule_marks(rules).mark(s);
  CHECK(marks == std::vector<std::string_view>{"B-org", "I-org", "", "", "B-place", "", "B-person",
                                               "I-person", ""});
}

TEST_CASE("span marks: the gazetteer's places and organisations, longest first") {
  const TaggerSentence s{"the", "Bank", "of", "Japan", "in", "Tokyo"};
  const std::vector<std::string_view> marks = gazetteer_marks(s, Gazetteer::instance());
  CHECK(marks == std::vector<std::string_view>{"", "B-org", "I-org", "I-org", "", "B-place"});
}
