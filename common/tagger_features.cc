#include "common/tagger_features.hh"

#include <algorithm>
#include <array>
#include <cctype>
#include <unordered_map>

#include "common/ascii.hh"
#include "common/gazetteer.hh"
#include "common/name_tokens.hh"

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

// The names of the document that a list finds, by their tokens: a token is
// marked B-kind or I-kind where the longest such name starts or goes on.
// A kind's labels, made once: views of them mark the tokens.
struct SpanLabel {
  explicit SpanLabel(std::string_view kind)
      : begin("B-" + std::string(kind)), inside("I-" + std::string(kind)) {}
  std::string begin, inside;
};

// Marks the `length` tokens from `at` as one name: B-kind, then I-kind. The
// number of tokens marked.
std::size_t mark_name(std::vector<std::string_view>& marks, std::size_t at, std::size_t length,
                      const SpanLabel& label) {
  marks[at] = label.begin;
  for (std::size_t k = 1; k < length; ++k)
    marks[at + k] = label.inside;
  return length;
}

class SpanMarks {
public:
  void add(const std::vector<std::string>& tokens, const SpanLabel& label) {
    if (!tokens.empty()) by_first_[tokens.front()].push_back({tokens, &label});
  }

  // The label of each token of the sentence: "" outside, "B-..." or "I-...".
  std::vector<std::string_view> mark(const TaggerSentence& sentence) const {
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

private:
  static bool matches(const TaggerSentence& s, std::size_t at, const std::vector<std::string>& t) {
    if (at + t.size() > s.size()) return false;
    for (std::size_t k = 0; k < t.size(); ++k)
      if (s[at + k] != t[k]) return false;
    return true;
  }
  std::unordered_map<std::string,
                     std::vector<std::pair<std::vector<std::string>, const SpanLabel*>>>
      by_first_;
};

std::vector<std::string> flat_tokens(const std::string& text) {
  std::vector<std::string> out;
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

// ASCII letters, as std::islower and std::isupper tell them in the "C" locale (inline).
constexpr auto is_lower = is_ascii_lower;
constexpr auto is_upper = is_ascii_upper;
bool has_lower(std::string_view w) { return std::any_of(w.begin(), w.end(), is_lower); }
bool has_upper(std::string_view w) { return std::any_of(w.begin(), w.end(), is_upper); }
bool capitalised(std::string_view w) { return !w.empty() && is_upper(w[0]); }

std::string joined(const TaggerSentence& s, std::size_t begin, std::size_t end, bool title) {
  std::string out;
  for (std::size_t i = begin; i < end; ++i) {
    if (!out.empty()) out += ' ';
    out += title && !has_lower(s[i]) ? title_case(s[i]) : s[i];
  }
  return out;
}

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
    if (has_upper(s[i]) && (g.may_start_known_name(s[i]) ||
                            (!has_lower(s[i]) && g.may_start_known_name(title_case(s[i])))))
      while (longest < 4 && i + longest < s.size() &&
             (has_upper(s[i + longest]) || (longest > 0 && g.is_connector(s[i + longest])))) {
        capitals = capitals || !has_lower(s[i + longest]);
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

// A capital, or letters beyond ASCII, whose case this file does not tell.
bool may_be_capitalised(std::string_view w) {
  return std::any_of(w.begin(), w.end(), [](char c) { return is_upper(c) || (c & 0x80) != 0; });
}

} // namespace

bool outside_names(const TaggerSentence& s, std::size_t i) {
  // The token itself: ASCII without a capital (a lowercase word, a number, punctuation).
  return !s[i].empty() && !may_be_capitalised(s[i]) && (i == 0 || !may_be_capitalised(s[i - 1])) &&
         (i + 1 == s.size() || !may_be_capitalised(s[i + 1]));
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
class DocumentWords {
public:
  explicit DocumentWords(const std::vector<TaggerSentence>& sentences) {
    for (const TaggerSentence& s : sentences)
      for (const std::string& w : s)
        if (has_upper(w) && asked_.add(to_lower(w)).second) seen_.push_back({});
    for (const TaggerSentence& s : sentences) {
      const bool caps = all_capitals(s);
      for (std::size_t i = 0; i < s.size(); ++i) {
        if (!has_upper(s[i]) && has_lower(s[i])) {
          if (const std::size_t at = asked_.find(s[i]); at != StringTable::npos)
            seen_[at].lowercase = true;
        } else if (!caps && i > 0 && capitalised(s[i]) && has_lower(s[i])) {
          seen_[asked_.find(to_lower(s[i]))].capitalised_inside = true;
        }
      }
    }
  }
  /** Seen as a lowercase word; `lower`: the lowercase of a word with a capital. */
  bool seen_lowercase(std::string_view lower) const { return facts(lower).lowercase; }
  /** Seen capitalised past a sentence's start (a headline in capitals aside). */
  bool seen_capitalised_inside(std::string_view lower) const {
    return facts(lower).capitalised_inside;
  }

private:
  struct Seen {
    bool lowercase = false, capitalised_inside = false;
  };
  Seen facts(std::string_view lower) const {
    const std::size_t at = asked_.find(lower);
    return at == StringTable::npos ? Seen{} : seen_[at];
  }
  StringTable asked_; // the lowercase of each word with a capital
  std::vector<Seen> seen_;
};

class FeatureSink {
public:
  static constexpr std::size_t kTypicalFeatures = 48; // a token's, for one allocation
  explicit FeatureSink(TokenFeatures& out) : out_(out) { out_.ids.reserve(kTypicalFeatures); }
  /** A feature whose template and values are constants: its bucket, computed when compiled. */
  void add(FeatureId constant) { out_.ids.push_back(constant); }
  // Inlined: some forty calls a token, each a few instructions of hashing.
  [[gnu::always_inline]] void add(Template t, std::string_view value) {
    out_.ids.push_back(bucket_of(feature_hash(t, value)));
  }
  /** `start`: the hash of a template and its first value (a constant's, compiled). */
  [[gnu::always_inline]] void add_after(std::uint64_t start, std::string_view more) {
    out_.ids.push_back(bucket_of(feature_hash(start, more)));
  }
  [[gnu::always_inline]] void add(Template t, std::string_view value, std::string_view more) {
    add_after(feature_hash(t, value), more);
  }
  void add(Template t, std::string_view value, std::string_view more, std::string_view last) {
    out_.ids.push_back(bucket_of(feature_hash(feature_hash(feature_hash(t, value), more), last)));
  }

private:
  TokenFeatures& out_;
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
  for (std::size_t si = 0; si < sentences.size(); ++si) {
    const TaggerSentence& s = sentences[si];
    const std::vector<std::string_view> ruled = rules_marks.mark(s);
    const std::vector<std::string_view> known = gazetteer_marks(s, g);
    const bool caps = all_capitals(s);
    SentenceFeatures features(s.size());
    if (which == FeaturedTokens::MaybeInNames)
      for (std::size_t i = 0; i < s.size(); ++i)
        features[i].outside = outside_names(s, i);
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
        f.add(kSeenLowercaseIds[doc.seen_lowercase(low) ? 1 : 0]);
        f.add(kSeenCapitalisedIds[doc.seen_capitalised_inside(low) ? 1 : 0]);
      }
    }
    out.push_back(std::move(features));
  }
  return out;
}

} // namespace news
