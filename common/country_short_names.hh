// The short names of countries that iso-codes' catalogues leave out, where
// they translate only the formal name (`Russian Federation`): `Russland`,
// `Россия`, `США`, `Royaume-Uni`... Written for this project.
#pragma once

#include <span>
#include <string_view>

namespace news::lists {

/** A name in one language (iso-codes' locale name) and the canonical place it stands for. */
struct LocalAlias {
  std::string_view language;
  std::string_view name;
  std::string_view canonical;
};

/** Short country names, by language. */
std::span<const LocalAlias> country_short_names();

} // namespace news::lists
