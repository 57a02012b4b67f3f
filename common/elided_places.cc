#include "common/elided_places.hh"

#include <cctype>
#include <string>

#include "common/gazetteer.hh"
#include "common/script_text.hh"

namespace news {
namespace {

constexpr std::string_view kApostrophe = "'", kTypographic = "\u2019";
constexpr std::size_t kMaxElision = 5; // letters before the apostrophe: `l`, `dell`, `jusqu`
constexpr std::size_t kMaxWords = 3;   // words of a place after it: `Afrique du Sud`

bool is_word_byte(char c) {
  const auto b = static_cast<unsigned char>(c);
  return std::isalpha(b) || b >= 0x80 || c == '-';
}

// Whether the letters before `at` are a short lowercase word (an elided article).
bool elision_before(std::string_view text, std::size_t at) {
  std::size_t start = at;
  while (start > 0 && std::islower(static_cast<unsigned char>(text[start - 1])) &&
         at - start <= kMaxElision)
    --start;
  if (start == at || at - start > kMaxElision) return false;
  return start == 0 || !is_word_byte(text[start - 1]);
}

std::size_t word_end(std::string_view text, std::size_t at) {
  while (at < text.size() && is_word_byte(text[at]))
    ++at;
  return at;
}

} // namespace

void add_elided_places(std::string_view text, Entities& entities, const Gazetteer& gazetteer) {
  for (std::size_t at = 0; at < text.size(); ++at) {
    std::size_t after = 0;
    if (text.substr(at, kApostrophe.size()) == kApostrophe)
      after = at + kApostrophe.size();
    else if (text.substr(at, kTypographic.size()) == kTypographic)
      after = at + kTypographic.size();
    else
      continue;
    if (!elision_before(text, at)) continue;
    const std::size_t first_end = word_end(text, after);
    if (first_end == after || !word_case(text.substr(after, first_end - after)).capitalised)
      continue;
    // The longest run of up to kMaxWords words from here that is a known place.
    std::size_t end = first_end, best = 0;
    std::string best_place;
    for (std::size_t words = 1; words <= kMaxWords; ++words) {
      if (auto place = gazetteer.place(text.substr(after, end - after))) {
        best = end;
        best_place = *place;
      }
      if (end >= text.size() || text[end] != ' ') break;
      const std::size_t next = word_end(text, end + 1);
      if (next == end + 1) break;
      end = next;
    }
    if (best == 0) continue;
    entities.add(EntityKind::Place, best_place, text.substr(after, best - after));
    at = best - 1;
  }
}

} // namespace news
