// GNU gettext message catalogues (.mo files) read directly: the pairs of
// an original string and its translation. Used for the translated country
// names that Debian's iso-codes package installs
// (/usr/share/locale/LANG/LC_MESSAGES/iso_3166-1.mo).
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace news {

/** An original string (`Germany`) and its translation (`Allemagne`). */
using MoEntry = std::pair<std::string, std::string>;

/**
 * The entries of a .mo file, in its order, without the header entry (the
 * empty original), context-qualified or plural entries (only their first
 * forms are kept) or empty translations. A missing, truncated or malformed
 * file, or one larger than 4 MB, gives no entries rather than an error:
 * translations only add names.
 */
std::vector<MoEntry> read_mo_catalog(const std::string& path);

/** The same from the bytes of a .mo file. */
std::vector<MoEntry> parse_mo_catalog(std::string_view bytes);

} // namespace news
