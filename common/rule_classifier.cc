#include "common/rule_classifier.hh"

#include <cctype>
#include <optional>

#include "common/ascii.hh"
#include "common/cyrillic_inflection.hh"
#include "common/entity_names.hh"
#include "common/intl_name_words.hh"
#include "common/noun_capitals.hh"
#include "common/rule_spans.hh"
#include "common/script_text.hh"
#include "common/utf8.hh"

namespace news {
namespace {

// Words that, before a capitalised name, make it a place.
bool is_place_preposition(const std::string& word) {
  return word == "in" || word == "at" || word == "near" || word == "from" || word == "outside" ||
         word == "across" || word == "to" || word == "via";
}

} // namespace

class RuleClassifier::Piece {
public:
  Piece(const Gazetteer& g, bool sports, Entities& found, std::unordered_set<std::string>& surnames,
        std::string_view language, std::vector<NameToken> tokens)
      : g_(g), tokens_(std::move(tokens)), surnames_(surnames), sports_(sports), found_(found),
        language_(language) {}

  void classify_all() {
    for (const NameSpan& span : capitalised_runs(tokens_, g_))
      classify(span);
  }

private:
  void classify(NameSpan span) {
    if (opens_sentence(span.begin) && span.end - span.begin == 1) return; // Spanish `Como`
    bool titled = lowercase_title_before(span);
    while (span.begin < span.end && !is_known(span_text(tokens_, span.begin, span.end))) {
      const NameToken& t = tokens_[span.begin];
      if (foreign_leading_word(span, titled)) {
        continue; // other languages: `Der`, `der Autokonzern Volkswagen`, `России Владимир Путин`
      } else if (g_.demonym(t.text) && span.end - span.begin > 1 &&
                 title_length({span.begin + 1, span.end}) > 0) {
        ++span.begin; // `Russian President Vladimir Putin`: the adjective is not the name
      } else if (std::size_t n = title_length(span); n > 0) {
        titled = true;
        span.begin += n;
      } else if ((g_.is_non_name(t.text) && !g_.is_given_name(t.text)) ||
                 (t.sentence_start && g_.is_connector(to_lower(t.text)))) {
        ++span.begin; // `The`, `According`, `Monday`...
      } else if (t.sentence_start && span.end - span.begin > 2 &&
                 g_.is_connector(tokens_[span.begin + 1].text) && !is_known(t.text)) {
        span.begin += 2; // `Shares of Acme Inc`: a sentence's first word is rarely a name's
        while (!language_.empty() && span.end - span.begin > 1 &&
               lists::is_article_after_of(tokens_[span.begin].text))
          ++span.begin; // `L'intervention de la France`
      } else if (titled && split_at_and(span)) {
        return; // `Chancellor Olaf Scholz and Dr Anna Berg`
      } else {
        break;
      }
    }
    // `Sprecher der Gesellschaft`, `président de la République`: an office of something.
    // (Not in English, whose rules are the tagger's features: the model is trained with them.)
    if (!language_.empty() && titled && span.begin < span.end && !tokens_[span.begin].capitalised) {
      while (span.begin < span.end && !tokens_[span.begin].capitalised)
        ++span.begin;
      titled = false;
    }
    if (span.begin >= span.end) return;
    const std::string name = span_text(tokens_, span.begin, span.end);
    if (g_.is_non_name(name)) return; // `Cold War`
    if (titled && !is_known(name)) return add_person(name);
    if (is_known(name) && classify_known(span, name)) return;
    if (split_at_title(span) || split_known_parts(span) || split_at_in(span) ||
        split_after_place(span) || split_before_place(span))
      return;
    if (classify_known(span, name)) return;
    // `Chinese officials`, `Japanese Finance Ministry`: the adjective is not part of the name.
    if (g_.demonym(tokens_[span.begin].text) && span.end - span.begin > 1)
      return classify({span.begin + 1, span.end});
    if (split_at_and(span)) return;
    classify_by_context(span, name);
  }

  // Other languages: a title in lowercase before the name (`le président Macron`,
  // `президент Путин`).
  bool lowercase_title_before(const NameSpan& span) const {
    const std::string before = word_before(span);
    return !before.empty() && !tokens_[span.begin - 1].capitalised &&
           g_.is_person_title(to_lower(before));
  }

  // Leading words other languages put before a name, dropped from the span:
  // a sentence's determiner (`Der`, `Le`, `El`: lists::sentence_determiners),
  // a German common noun after an article and its adjectives (`der deutsche
  // Autokonzern Volkswagen`), a known place in another script before more
  // words (Russian `России Владимир Путин`: a genitive, classified on its own).
  bool foreign_leading_word(NameSpan& span, bool& titled) {
    const NameToken& t = tokens_[span.begin];
    if (!language_.empty() && span.end - span.begin > 2 && is_cyrillic_word(t.text) &&
        is_adjective_case_form(t.text)) {
      ++span.begin; // `Миланского Джан Галлеаццо Висконти`: a name opens with no adjective
      return true;
    }
    if (opens_sentence(span.begin) && span.end - span.begin > 1) {
      ++span.begin; // `En Italia`, `Doch Berlin`, `В США`; `Después de Rusia`, `Sur la BBC`
      while (span.end - span.begin > 1 && g_.is_connector(tokens_[span.begin].text))
        ++span.begin;
      return true;
    }
    if (t.sentence_start && g_.is_sentence_determiner(t.text) && span.end - span.begin > 1 &&
        !is_known(t.text)) {
      ++span.begin;
      titled = titled || lowercase_title_before(span);
      return true;
    }
    if (span.end - span.begin > 1 && after_noun_article(span.begin) && !g_.is_given_name(t.text) &&
        !is_known(t.text) && title_length(span) == 0) {
      ++span.begin;
      return true;
    }
    if (t.sentence_start && span.end - span.begin > 1 && is_cyrillic_word(t.text) &&
        !may_share_case(t.text, tokens_[span.begin + 1].text)) {
      ++span.begin; // `Визит Владимира Путина`: a sentence's first word, in another case
      return true;
    }
    if (capitalises_nouns(language_) && span.end - span.begin > 1 && is_office_noun(t.text) &&
        !is_known(t.text)) {
      ++span.begin; // `Firmenchef Gerd Krick`, `Bundeswehr-Generalinspekteur Klaus Naumann`
      titled = true;
      return true;
    }
    if (span.end - span.begin > 1 && has_non_latin_letters(t.text) && place_of(t.text)) {
      classify({span.begin, span.begin + 1});
      ++span.begin;
      return true;
    }
    return false;
  }

  // A preposition or conjunction opening a sentence of the article's language (`En`, `В`).
  bool opens_sentence(std::size_t at) const {
    return !language_.empty() && tokens_[at].sentence_start &&
           g_.is_sentence_opener(language_, tokens_[at].text);
  }

  // The article's language's `of` (`Carlos III de España`, `l'intervention de la France`).
  bool is_of(const NameToken& t) const {
    return t.text == "of" || (!language_.empty() && lists::is_other_of(t.text));
  }

  // The article's language's `and` among the connectors (`Francia y España`).
  bool is_and(const NameToken& t) const {
    return t.text == "and" || t.text == "&" || (!language_.empty() && t.text == "y");
  }

  // Whether an article (`der`, `einem`), then at most two lowercase words, come before `at`.
  bool after_noun_article(std::size_t at) const {
    for (std::size_t back = 1; back <= 3 && back <= at; ++back) {
      const NameToken& t = tokens_[at - back];
      if (!t.word) return false;
      if (g_.is_noun_article(to_lower(t.text))) return true;
      if (t.capitalised) return false;
    }
    return false;
  }

  bool has_organisation_word(const NameSpan& span) const {
    for (std::size_t i = span.begin; i < span.end; ++i)
      if (g_.is_organisation_word(tokens_[i].text)) return true;
    return false;
  }

  std::string word_before(const NameSpan& span) const {
    return span.begin > 0 && tokens_[span.begin - 1].word ? tokens_[span.begin - 1].text : "";
  }

  std::optional<std::string> place_of(const std::string& name) const {
    if (auto sense = g_.local_place_sense(language_, name)) return sense; // Spanish `América`
    return known_place(name, g_);
  }

  bool is_known(const std::string& name) const { return place_of(name) || g_.organisation(name); }

  // `Boxing Association President Ramon Manzanares`: an organisation, then a person.
  bool split_at_title(const NameSpan& span) {
    for (std::size_t i = span.begin + 1; i + 1 < span.end; ++i) {
      const std::size_t n = title_length({i, span.end});
      if (n == 0) continue;
      classify({span.begin, i});
      add_person(span_text(tokens_, i + n, span.end));
      return true;
    }
    return false;
  }

  // `Union of Industrialists in Moscow`: `in` joined an organisation's name
  // to a place; unless the whole is a known name, they are two.
  bool split_at_in(const NameSpan& span) {
    for (std::size_t i = span.begin + 1; i + 1 < span.end; ++i) {
      if (tokens_[i].text != "in") continue;
      classify({span.begin, i});
      classify({i + 1, span.end});
      return true;
    }
    return false;
  }

  // `West Bank and Gaza`, `Russia and China`: known names on both sides;
  // `Karlsruhe of Germany`, `Tono Eitel of Germany`: a name, then its country.
  // Other languages: the `of` before the place may have an article after it (`de la France`);
  // one side of `y` a country is enough (`Cataluña y España`; `Ortega y Gasset` stays).
  bool split_known_parts(const NameSpan& span) {
    for (std::size_t i = span.begin + 1; i + 1 < span.end; ++i) {
      std::size_t after = i + 1;
      while (!language_.empty() && after + 1 < span.end &&
             lists::is_article_after_of(tokens_[after].text))
        ++after;
      if (is_of(tokens_[i]) && place_of(span_text(tokens_, after, span.end)) &&
          !has_organisation_word({span.begin, i}) &&
          !lists::is_compass_point(tokens_[after].text)) { // `Irlande du Nord`
        classify_part({span.begin, i}); // `Pedro I`, `Russie` (de Saint-Pétersbourg)
        classify({after, span.end});
        return true;
      }
      if (!is_and(tokens_[i])) continue;
      const std::string left = span_text(tokens_, span.begin, i);
      const std::string right = span_text(tokens_, i + 1, span.end);
      const auto country_name = [&](const std::string& name) {
        const std::optional<std::string> place = place_of(name);
        return place && g_.is_country(*place);
      };
      const bool country = tokens_[i].text == "y" && (country_name(left) || country_name(right));
      if ((is_known(left) && is_known(right)) || country) {
        classify_part({span.begin, i});
        classify_part({i + 1, span.end});
        return true;
      }
    }
    return false;
  }

  // A part of a name split in another language is a name when it is known or has a person's
  // given name or title first (`Carlos III de España`); else its own words cannot tell what it
  // is (`Orquesta Filarmónica de Kanagawa`, `Partido Demócrata de Maldivas`): only the places
  // in it count. In English every part is classified.
  void classify_part(const NameSpan& span) {
    const std::string text = span_text(tokens_, span.begin, span.end);
    if (language_.empty() || g_.is_given_name(tokens_[span.begin].text) || title_length(span) > 0 ||
        is_known(text))
      return classify(span);
    split_known_parts(span);
  }

  // Other languages: a known place of several words, then two or three words shaped as a
  // person's name (`Estados Unidos Franklin Delano Roosevelt`, after `presidente de los`): two
  // names. (A one-word place may be the given name: `Dominique` is French for Dominica.)
  bool split_after_place(const NameSpan& span) {
    if (language_.empty() || span.end - span.begin < 4) return false;
    for (std::size_t i = span.begin + 2; i + 2 <= span.end && i + 3 >= span.end; ++i) {
      if (!place_of(span_text(tokens_, span.begin, i)) || !looks_like_person({i, span.end}) ||
          has_organisation_word({i, span.end}))
        continue; // not `United States Marine Corps`
      classify({span.begin, i});
      classify({i, span.end});
      return true;
    }
    return false;
  }

  // Russian: a known place after a noun is its genitive (`Делегация Российской Федерации`,
  // `Конгресса США`): two names. Not after an adjective, which is the place's own
  // (`Северной Америке` is North America, not the United States).
  bool split_before_place(const NameSpan& span) {
    if (language_.empty()) return false;
    for (std::size_t i = span.begin + 1; i < span.end; ++i) {
      if (!is_cyrillic_word(tokens_[i].text) || !place_of(span_text(tokens_, i, span.end)) ||
          is_adjective_form(tokens_[i - 1].text))
        continue;
      classify_part({span.begin, i});
      classify({i, span.end});
      return true;
    }
    return false;
  }

  // A title of one or two words at the start of the span (`Prime Minister`).
  std::size_t title_length(const NameSpan& span) const {
    for (std::size_t n = 2; n >= 1; --n) {
      if (span.begin + n >= span.end) continue; // a name must follow
      if (g_.is_person_title(to_lower(span_text(tokens_, span.begin, span.begin + n)))) return n;
    }
    return 0;
  }

  bool classify_known(const NameSpan& span, const std::string& name) {
    if (auto place = place_of(name)) {
      // In a sports report a city or county is a team (unless it is where the
      // game is: `at Leicester`); a country, the national side, stays a place.
      if (sports_ && !g_.is_country(*place) && !is_place_preposition(word_before(span)))
        return found_.add(EntityKind::Org, name), true;
      return found_.add(EntityKind::Place, *place, name), true;
    }
    if (auto org = g_.organisation(name)) return found_.add(EntityKind::Org, *org, name), true;
    for (std::size_t i = span.begin; i < span.end; ++i)
      if (g_.is_organisation_word(tokens_[i].text) &&
          !(i == span.begin && span.end - span.begin == 1))
        return found_.add(EntityKind::Org, name), true;
    if (g_.demonym(name) && span.end - span.begin == 1) return true; // `Russian`: an adjective
    if (span.end - span.begin > 1 && g_.is_place_word(tokens_[span.end - 1].text)) {
      // `Ural River`, `Grace Road`; in a sports report `Ross County` is a team.
      const bool team = sports_ && !is_place_preposition(word_before(span));
      return found_.add(team ? EntityKind::Org : EntityKind::Place, name), true;
    }
    return false;
  }

  // `Russia and China`: two names, unless the whole was an organisation.
  bool split_at_and(const NameSpan& span) {
    for (std::size_t i = span.begin + 1; i + 1 < span.end; ++i) {
      if (tokens_[i].text == "and" || tokens_[i].text == "&") {
        classify({span.begin, i});
        classify({i + 1, span.end});
        return true;
      }
    }
    return false;
  }

  void classify_by_context(const NameSpan& span, const std::string& name) {
    const NameToken& first = tokens_[span.begin];
    const std::size_t length = span.end - span.begin;
    const std::string before =
        span.begin > 0 && tokens_[span.begin - 1].word ? tokens_[span.begin - 1].text : "";
    const std::string after =
        span.end < tokens_.size() && tokens_[span.end].word ? tokens_[span.end].text : "";

    // An acronym: two to five bytes, and more than one letter (`В`, `À` open a sentence).
    const bool one_letter = utf8_sequence_length(first.text, 0) == first.text.size();
    if (length == 1 && first.all_caps && first.text.size() >= 2 && first.text.size() <= 5 &&
        !one_letter && !(!language_.empty() && is_roman_numeral(first.text))) { // `В XVIII веке`
      if (!first.sentence_start || span.end < tokens_.size())
        return found_.add(EntityKind::Org, name);
      return;
    }
    // German writes every noun with a capital: `in Ordnung` is no place, `in Helmstedt` is.
    const bool nouns = capitalises_nouns(language_);
    if (is_place_preposition(before) && !g_.is_given_name(first.text) &&
        (!nouns || may_be_place_after_preposition(tokens_[span.end - 1].text)))
      return found_.add(EntityKind::Place, name);
    // Results tables in sports reports: `Greenock Morton 2 Inverness Thistle 1`
    // (but `C. Lewis 23`, `Ian Woosnam 68` are players).
    if (sports_ && !after.empty() && std::isdigit(static_cast<unsigned char>(after[0])) &&
        !has_person_evidence(span))
      return found_.add(EntityKind::Org, name);
    // In German, two capitalised words are as often nouns (`Vielen Dank`, `Gute Preise`).
    if (length >= 2 && length <= 4 && looks_like_person(span) &&
        (!nouns || has_person_evidence(span) || is_given_name_in_noun_language(first.text)))
      return add_person(name);
    // `Smith said`; a lone capitalised word opening a sentence (`Diplomats said`) is not
    // enough, nor in German a lone one anywhere (`Der Sprecher sagte`) unless known.
    if (g_.is_speech_verb(after) && length <= 3 && (length > 1 || !first.sentence_start) &&
        (!nouns || length > 1 || has_person_evidence(span)))
      return add_person(name);
    if (length == 1 && !first.sentence_start) {
      if (known_surname(name)) return;
      if (g_.is_given_name(first.text)) return;
    }
  }

  // Two to four capitalised words with no organisation or place in them:
  // `Cosmin Contra`, `P. Simmons`, `Tim O'Gorman`.
  bool looks_like_person(const NameSpan& span) const {
    const NameToken& first = tokens_[span.begin];
    if (first.sentence_start && g_.is_non_name(first.text)) return false;
    if (g_.is_given_name(first.text)) return true;
    if (first.text.size() == 2 && first.text[1] == '.') return true;            // an initial
    if (!language_.empty() && is_adjective_case_form(first.text)) return false; // `Красную Армию`
    for (std::size_t i = span.begin; i < span.end; ++i) {
      const NameToken& t = tokens_[i];
      if (!t.word || t.all_caps || g_.is_connector(t.text) || g_.is_non_name(t.text) ||
          g_.place(t.text))
        return false;
    }
    return true;
  }

  // A given name or an initial first: `Ian Woosnam`, `C. Lewis`.
  bool has_person_evidence(const NameSpan& span) const {
    const NameToken& first = tokens_[span.begin];
    return g_.is_given_name(first.text) || (first.text.size() == 2 && first.text[1] == '.') ||
           known_surname(tokens_[span.end - 1].text);
  }

  // Whether a person found has this last word: looked up, not searched for
  // (a body of thousands of names compared each word with every name).
  bool known_surname(const std::string& word) const { return surnames_.contains(word); }

  void add_person(const std::string& name) {
    found_.add(EntityKind::Person, name);
    const std::size_t space = name.rfind(' ');
    if (space != std::string::npos && !found_.person.empty() && found_.person.back() == name)
      surnames_.insert(name.substr(space + 1));
  }

  const Gazetteer& g_;
  std::vector<NameToken> tokens_;
  std::unordered_set<std::string>& surnames_; // last words of the people in found_
  bool sports_;                               // a sports report: teams are named after places
  Entities& found_;
  std::string_view language_; // another language than English (RuleClassifier), or empty
};

void RuleClassifier::read(std::vector<NameToken> tokens) {
  Piece(g_, sports_, found_, surnames_, language_, std::move(tokens)).classify_all();
}

} // namespace news
