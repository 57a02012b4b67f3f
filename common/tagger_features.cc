#include "common/tagger_features.hh"

#include <algorithm>
#include <array>
#include <cassert>

#include "common/ascii.hh"
#include "common/gazetteer.hh"
#include "common/name_tokens.hh"
#include "common/tagger_marks.hh"

namespace news {
namespace {

// Feature templates: a number each, hashed with the value.
enum Template : std::uint8_t {
  kBias = 1,
  kWord,
  kLower,
  kShape,
  kPrefix,
  kSuffix,
  kCaps,
  kPosition,
  kLowerAt,
  kShapeAt,
  kBigramBefore,
  kBigramAfter,
  kGazetteerWord,
  kGazetteerSpan,
  kRuleSpan,
  kDocument,
  kRuleShape,
  kHeadlineGazetteer,
  kTitleBefore,
  kSport,
};

constexpr auto is_lower = is_ascii_lower;
constexpr auto is_upper = is_ascii_upper;
constexpr auto has_lower = has_ascii_lower;
constexpr auto has_upper = has_ascii_upper;
bool capitalised(std::string_view w) { return !w.empty() && is_upper(w[0]); }

// A capital, or letters beyond ASCII, whose case this file does not tell.
bool may_be_capitalised(std::string_view w) {
  return std::any_of(w.begin(), w.end(), [](char c) { return is_upper(c) || (c & 0x80) != 0; });
}

// The rule of outside_names, `may_be(k)` telling whether token k may be capitalised.
template <typename MayBe>
bool outside_by(const TaggerSentence& s, std::size_t i, const MayBe& may_be) {
  // The token itself: ASCII without a capital (a lowercase word, a number, punctuation).
  return !s[i].empty() && !may_be(i) && (i == 0 || !may_be(i - 1)) &&
         (i + 1 == s.size() || !may_be(i + 1));
}

} // namespace

bool outside_names(const TaggerSentence& s, std::size_t i) {
  return outside_by(s, i, [&](std::size_t k) { return may_be_capitalised(s[k]); });
}

bool all_capitals(const TaggerSentence& s) {
  std::size_t upper = 0;
  for (const std::string& w : s) {
    if (has_lower(w)) return false;
    upper += has_upper(w);
  }
  return upper > 0;
}

namespace {

// What the document says of each capitalised word's lowercase form: only
// those are asked of (a few dozen a piece), so only those are looked for.
// Each token with a capital knows its word's number: asked by token, not by string.
class DocumentWords {
public:
  explicit DocumentWords(const std::vector<TaggerSentence>& sentences) {
    numbers_.reserve(sentences.size());
    for (const TaggerSentence& s : sentences) {
      std::vector<std::uint32_t>& numbers = numbers_.emplace_back(s.size(), kNone);
      for (std::size_t i = 0; i < s.size(); ++i) {
        if (!has_upper(s[i])) continue;
        const auto [number, added] = asked_.add(to_lower(s[i]));
        if (added) seen_.push_back({});
        numbers[i] = static_cast<std::uint32_t>(number);
      }
    }
    for (std::size_t si = 0; si < sentences.size(); ++si) {
      const TaggerSentence& s = sentences[si];
      const bool caps = all_capitals(s);
      for (std::size_t i = 0; i < s.size(); ++i) {
        if (!has_upper(s[i]) && has_lower(s[i])) {
          if (const std::size_t at = asked_.find(s[i]); at != StringTable::npos)
            seen_[at].lowercase = true;
        } else if (!caps && i > 0 && capitalised(s[i]) && has_lower(s[i])) {
          seen_[numbers_[si][i]].capitalised_inside = true;
        }
      }
    }
  }
  /** Token `i` of sentence `si`, which has a capital: its lowercase seen as a word. */
  bool seen_lowercase(std::size_t si, std::size_t i) const { return facts(si, i).lowercase; }
  /** Its word seen capitalised past a sentence's start (a headline in capitals aside). */
  bool seen_capitalised_inside(std::size_t si, std::size_t i) const {
    return facts(si, i).capitalised_inside;
  }

private:
  static constexpr std::uint32_t kNone = static_cast<std::uint32_t>(-1);
  struct Seen {
    bool lowercase = false, capitalised_inside = false;
  };
  Seen facts(std::size_t si, std::size_t i) const {
    const std::uint32_t number = numbers_[si][i];
    return number == kNone ? Seen{} : seen_[number];
  }
  StringTable asked_; // the lowercase of each word with a capital
  std::vector<Seen> seen_;
  std::vector<std::vector<std::uint32_t>> numbers_; // by sentence and token: a word's, or kNone
};

// A token's features, gathered in place and stored at once when done (one
// allocation of their number).
class FeatureSink {
public:
  // More than a token has: some forty-one at most (document_features).
  static constexpr std::size_t kMostFeatures = 64;
  explicit FeatureSink(TokenFeatures& out) : out_(out) {}
  FeatureSink(const FeatureSink&) = delete;
  FeatureSink& operator=(const FeatureSink&) = delete;
  ~FeatureSink() {
    out_.ids.assign(ids_.begin(), ids_.begin() + static_cast<std::ptrdiff_t>(size_));
  }

  /** A feature whose template and values are constants: its bucket, computed when compiled. */
  void add(FeatureId constant) {
    assert(size_ < kMostFeatures); // a new template past the bound: raise it
    if (size_ < kMostFeatures) ids_[size_++] = constant;
  }
  // Inlined: some forty calls a token, each a few instructions of hashing.
  [[gnu::always_inline]] void add(Template t, std::string_view value) {
    add(bucket_of(feature_hash(t, value)));
  }
  /** `start`: the hash of a template and its first value (a constant's, compiled). */
  [[gnu::always_inline]] void add_after(std::uint64_t start, std::string_view more) {
    add(bucket_of(feature_hash(start, more)));
  }
  [[gnu::always_inline]] void add(Template t, std::string_view value, std::string_view more) {
    add_after(feature_hash(t, value), more);
  }
  void add(Template t, std::string_view value, std::string_view more, std::string_view last) {
    add(bucket_of(feature_hash(feature_hash(feature_hash(t, value), more), last)));
  }

private:
  TokenFeatures& out_;
  std::array<FeatureId, kMostFeatures> ids_;
  std::size_t size_ = 0;
};

// The buckets of the features of constant values, and the hashes that
// features of a constant first value start from: computed when compiled,
// the same numbers as hashing them for each token.
constexpr FeatureId constant(Template t, std::string_view value) {
  return bucket_of(feature_hash(t, value));
}
constexpr FeatureId constant(Template t, std::string_view value, std::string_view more) {
  return bucket_of(feature_hash(feature_hash(t, value), more));
}

constexpr std::array<std::string_view, 3> kPositions{"first", "last", "inside"};
constexpr std::array<std::string_view, 3> kSentenceKinds{"caps", "title", "text"};
constexpr std::array<std::string_view, 3> kCapsKinds{"Cap", "CAPS", "lower"};

template <std::size_t N, std::size_t M>
constexpr std::array<std::array<FeatureId, M>, N>
constant_pairs(Template t, const std::array<std::string_view, N>& first,
               const std::array<std::string_view, M>& second) {
  std::array<std::array<FeatureId, M>, N> out{};
  for (std::size_t i = 0; i < N; ++i)
    for (std::size_t j = 0; j < M; ++j)
      out[i][j] = constant(t, first[i], second[j]);
  return out;
}

constexpr FeatureId kBiasId = constant(kBias, "");
constexpr auto kPositionIds = constant_pairs(kPosition, kPositions, kSentenceKinds);
constexpr auto kCapsIds = constant_pairs(kCaps, kCapsKinds, kPositions);
constexpr std::array<std::uint64_t, 4> kLowerAtStarts{
    feature_hash(kLowerAt, "-2"), feature_hash(kLowerAt, "-1"), feature_hash(kLowerAt, "1"),
    feature_hash(kLowerAt, "2")};
constexpr std::uint64_t kShapeBeforeStart = feature_hash(kShapeAt, "-1");
constexpr std::uint64_t kShapeAfterStart = feature_hash(kShapeAt, "+1");
constexpr std::uint64_t kPrefixStart = feature_hash(kPrefix, "");
constexpr FeatureId kTitleId = constant(kGazetteerWord, "title");
constexpr FeatureId kSpeechId = constant(kGazetteerWord, "speech");
constexpr FeatureId kSpeechNextId = constant(kGazetteerWord, "speech-next");
constexpr FeatureId kConnectorId = constant(kGazetteerWord, "connector");
constexpr FeatureId kGivenId = constant(kGazetteerWord, "given");
constexpr FeatureId kNonNameId = constant(kGazetteerWord, "non-name");
constexpr FeatureId kOrgWordId = constant(kGazetteerWord, "org-word");
constexpr FeatureId kPlaceWordId = constant(kGazetteerWord, "place-word");
constexpr FeatureId kDemonymId = constant(kGazetteerWord, "demonym");
constexpr FeatureId kTitleBeforeId = constant(kTitleBefore, "1");
constexpr FeatureId kTwoWordTitleBeforeId = constant(kTitleBefore, "2");
constexpr std::array<FeatureId, 2> kSeenLowercaseIds{constant(kDocument, "lower", "0"),
                                                     constant(kDocument, "lower", "1")};
constexpr std::array<FeatureId, 2> kSeenCapitalisedIds{constant(kDocument, "cap-inside", "0"),
                                                       constant(kDocument, "cap-inside", "1")};

// What the lists say of one word, looked up once: its features and its
// neighbours' read them.
struct WordFacts {
  bool title = false;  // its lowercase is a person's title
  bool speech = false; // its lowercase is a speech verb
};

void word_lists(FeatureSink& f, const std::string& word, const WordFacts& facts,
                const Gazetteer& g) {
  if (facts.title) f.add(kTitleId);
  if (!has_upper(word)) { // the word is its lowercase: `facts` speak of it
    if (facts.speech) f.add(kSpeechId);
    if (g.is_connector(word)) f.add(kConnectorId);
    return;
  }
  const std::string titled = has_lower(word) ? word : title_case(word);
  if (g.is_given_name(titled)) f.add(kGivenId);
  if (g.is_non_name(titled)) f.add(kNonNameId);
  if (g.is_organisation_word(titled)) f.add(kOrgWordId);
  if (g.is_place_word(titled)) f.add(kPlaceWordId);
  if (g.demonym(titled)) f.add(kDemonymId);
}

} // namespace

std::string word_shape(std::string_view word) {
  std::string out;
  for (char c : word) {
    const char k = is_upper(c) ? 'X' : is_lower(c) ? 'x' : c >= '0' && c <= '9' ? 'd' : c;
    if (out.empty() || out.back() != k || (k != 'X' && k != 'x' && k != 'd')) out += k;
  }
  return out.size() > 8 ? out.substr(0, 8) : out;
}

namespace {

// How far a featured token reads its neighbours: their lowercase two tokens
// away, their shapes and what the lists say of them one away.
constexpr std::size_t kLowerReach = 2, kShapeReach = 1;

// Each token's distance to the nearest featured one (kLowerReach + 1 when further).
void distances_to_featured(const SentenceFeatures& features, std::vector<std::size_t>& out) {
  const std::size_t n = features.size();
  out.assign(n, kLowerReach + 1);
  for (std::size_t i = 0; i < n; ++i) {
    if (features[i].outside) continue;
    for (std::size_t k = i > kLowerReach ? i - kLowerReach : 0; k < n && k <= i + kLowerReach; ++k)
      out[k] = std::min(out[k], k < i ? i - k : k - i);
  }
}

} // namespace

std::vector<SentenceFeatures> document_features(const std::vector<TaggerSentence>& sentences,
                                                const Entities& rules, std::string_view sport,
                                                FeaturedTokens which) {
  const Gazetteer& g = Gazetteer::instance();
  const SpanMarks rules_marks = rule_marks(rules);
  const DocumentWords doc(sentences);
  std::vector<SentenceFeatures> out;
  out.reserve(sentences.size());
  std::string two_words; // `prime minister` before a word, one buffer for all
  // Of each token near a featured one, reused from sentence to sentence: its
  // lowercase (the token itself when it has no capital, else `lowered`), its
  // shape, what the lists say of it. Tokens far from any are not read.
  std::vector<std::string> lowered, shape;
  std::vector<std::string_view> lower;
  std::vector<WordFacts> facts;
  std::vector<std::size_t> distance;
  std::vector<char> maybe_capital;
  for (std::size_t si = 0; si < sentences.size(); ++si) {
    const TaggerSentence& s = sentences[si];
    const std::vector<std::string_view> ruled = rules_marks.mark(s);
    const std::vector<std::string_view> known = gazetteer_marks(s, g);
    const bool caps = all_capitals(s);
    SentenceFeatures features(s.size());
    if (which == FeaturedTokens::MaybeInNames) { // outside_names, each token read once
      maybe_capital.resize(s.size());
      for (std::size_t i = 0; i < s.size(); ++i)
        maybe_capital[i] = may_be_capitalised(s[i]);
      const auto may_be = [&](std::size_t k) { return maybe_capital[k] != 0; };
      for (std::size_t i = 0; i < s.size(); ++i)
        features[i].outside = outside_by(s, i, may_be);
    }
    distances_to_featured(features, distance);
    if (lowered.size() < s.size()) lowered.resize(s.size()), shape.resize(s.size());
    lower.assign(s.size(), {});
    facts.assign(s.size(), {});
    for (std::size_t i = 0; i < s.size(); ++i) {
      if (distance[i] > kLowerReach) continue;
      if (has_upper(s[i])) {
        lowered[i] = to_lower(s[i]);
        lower[i] = lowered[i];
      } else {
        lower[i] = s[i];
      }
      if (distance[i] > kShapeReach) continue;
      shape[i] = word_shape(s[i]);
      facts[i] = {g.is_person_title(lower[i]), g.is_speech_verb(lower[i])};
    }
    auto lower_at = [&](std::ptrdiff_t i) -> std::string_view {
      if (i < 0) return "<s>";
      if (i >= static_cast<std::ptrdiff_t>(s.size())) return "</s>";
      return lower[static_cast<std::size_t>(i)];
    };
    for (std::size_t i = 0; i < s.size(); ++i) {
      if (features[i].outside) continue;
      const std::string& w = s[i];
      const std::string_view low = lower[i];
      features[i].word_hash = feature_hash(kLower, low);
      FeatureSink f(features[i]);
      const auto at = static_cast<std::ptrdiff_t>(i);
      f.add(kBiasId);
      f.add(kWord, w);
      f.add(bucket_of(features[i].word_hash)); // kLower
      f.add(kShape, shape[i]);
      std::uint64_t prefix = kPrefixStart; // each prefix the one before and a byte
      for (std::size_t n = 1; n <= 4 && n < low.size(); ++n) {
        prefix = fnv1a(prefix, low.substr(n - 1, 1));
        f.add(bucket_of(prefix));
        f.add(kSuffix, low.substr(low.size() - n));
      }
      const std::size_t position = i == 0 ? 0 : i + 1 == s.size() ? 1 : 2;
      f.add(kPositionIds[position][caps ? 0 : si == 0 ? 1 : 2]);
      const std::size_t caps_kind = capitalised(w) ? (has_lower(w) ? 0 : 1) : 2;
      f.add(kCapsIds[caps_kind][position]);
      static constexpr std::array<std::ptrdiff_t, 4> kAround{-2, -1, 1, 2};
      for (std::size_t k = 0; k < kAround.size(); ++k)
        f.add_after(kLowerAtStarts[k], lower_at(at + kAround[k]));
      f.add_after(kShapeBeforeStart, i > 0 ? shape[i - 1] : "<s>");
      f.add_after(kShapeAfterStart, i + 1 < s.size() ? shape[i + 1] : "</s>");
      f.add(kBigramBefore, lower_at(at - 1), low);
      f.add(kBigramAfter, low, lower_at(at + 1));
      word_lists(f, w, facts[i], g);
      if (i > 0 && facts[i - 1].title) f.add(kTitleBeforeId);
      if (i > 1) {
        two_words.assign(lower[i - 2]).append(" ").append(lower[i - 1]);
        if (g.is_person_title(two_words)) f.add(kTwoWordTitleBeforeId);
      }
      if (i + 1 < s.size() && facts[i + 1].speech) f.add(kSpeechNextId);
      const std::string_view gazetteer_mark = known[i].empty() ? "-" : known[i];
      const std::string_view rule_mark = ruled[i].empty() ? "-" : ruled[i];
      f.add(kGazetteerSpan, gazetteer_mark);
      if (caps) f.add(kHeadlineGazetteer, gazetteer_mark);
      f.add(kRuleSpan, rule_mark);
      f.add(kRuleShape, rule_mark, shape[i]);
      f.add(kRuleSpan, rule_mark, known[i]);
      if (!sport.empty()) { // a sports report: its tables' teams, players, venues
        f.add(kSport, sport, kCapsKinds[caps_kind], i + 1 < s.size() ? shape[i + 1] : "</s>");
        f.add(kSport, sport, gazetteer_mark);
        f.add(kSport, sport, "shape", shape[i]);
      }
      if (has_upper(w)) {
        f.add(kSeenLowercaseIds[doc.seen_lowercase(si, i) ? 1 : 0]);
        f.add(kSeenCapitalisedIds[doc.seen_capitalised_inside(si, i) ? 1 : 0]);
      }
    }
    out.push_back(std::move(features));
  }
  return out;
}

} // namespace news
