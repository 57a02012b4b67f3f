// Place names that another language gives another place than English does:
// Spanish, Portuguese and Italian `América` is the continent (the United
// States are `Estados Unidos`), where the English `America` is the United
// States (entity_lists' place aliases). Asked with the article's language
// before the gazetteer. See intl_name_words.hh.
#include "common/intl_name_words.hh"

namespace news::lists {
namespace {

// clang-format off
constexpr LocalAlias kPlaceSenses[] = {
    {"es", "América", "Americas"}, {"es", "America", "Americas"},
    {"pt", "América", "Americas"}, {"it", "America", "Americas"},
};
// clang-format on

} // namespace

std::span<const LocalAlias> local_place_senses() { return kPlaceSenses; }

} // namespace news::lists
