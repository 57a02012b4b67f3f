#include "common/cjk_organisations.hh"

#include <algorithm>

#include "common/cjk_characters.hh"
#include "common/cjk_name_words.hh"

namespace news {
namespace {

using namespace cjk;

constexpr std::size_t kMaxNameChars = 10; // before the last word
// What comes before an organisation's name rather than in it (该公司 is "the company", 据 is
// "according to").
constexpr std::string_view kDeterminers = "该該这這那本此各其每某两兩一据據";
// What, after the last word, makes it part of another word (大学生, 党员).
constexpr std::string_view kWordContinues = "生员員";

bool one_of(std::string_view characters, std::string_view character) {
  return characters.find(character) != std::string_view::npos;
}

class Organisations {
public:
  Organisations(std::string_view text, Entities& entities)
      : text_(text), chars_(characters(text)), entities_(entities) {
    // Japanese particles are kana: the Chinese ones (日, 本) are words of Japanese names.
    chinese_ = std::none_of(chars_.begin(), chars_.end(), [](const Char& c) {
      return is_hiragana(c.code) || is_katakana(c.code);
    });
  }

  void find() {
    for (std::size_t i = 0; i < chars_.size(); ++i) {
      if (!in_name(i)) continue;
      const std::size_t suffix = suffix_at(i);
      if (suffix == 0) continue;
      const std::size_t end = i + suffix;
      if (end < chars_.size() && one_of(kWordContinues, character(end))) continue;
      std::size_t begin = i;
      while (begin > 0 && i - begin < kMaxNameChars && in_name(begin - 1) && !stops(begin - 1))
        --begin;
      const std::size_t least = suffix == 1 ? 2 : 1; // 执政党 and 入党 are no party's names
      if (i - begin >= least && (begin == 0 || !in_name(begin - 1) || i - begin < kMaxNameChars))
        entities_.add(EntityKind::Org, std::string(span_of(text_, chars_, begin, end)));
      i = end - 1;
    }
  }

private:
  std::string_view character(std::size_t i) const { return span_of(text_, chars_, i, i + 1); }

  // Where a Chinese name starts: after a particle or a determiner.
  bool stops(std::size_t i) const {
    return chinese_ && (is_chinese_particle(character(i)) || one_of(kDeterminers, character(i)));
  }

  bool in_name(std::size_t i) const {
    return is_han(chars_[i].code) || is_katakana(chars_[i].code);
  }

  // The length in characters of the last word starting at `i` (0: none).
  std::size_t suffix_at(std::size_t i) const {
    for (std::string_view suffix : cjk_organisation_suffixes()) {
      std::size_t at = i, bytes = 0;
      while (at < chars_.size() && bytes < suffix.size() &&
             character(at) == suffix.substr(bytes, chars_[at].size)) {
        bytes += chars_[at].size;
        ++at;
      }
      if (bytes == suffix.size()) return at - i;
    }
    return 0;
  }

  std::string_view text_;
  std::vector<Char> chars_;
  Entities& entities_;
  bool chinese_ = true;
};

} // namespace

void add_cjk_organisations(std::string_view text, Entities& entities) {
  Organisations(text, entities).find();
}

} // namespace news
