// What `--version` says: the program's version, the Xapian library it runs
// on and the index schema it writes (index_features.hh).
#pragma once

#include <string>
#include <string_view>

namespace news {

/** `news-search 0.1.0 (Xapian 1.4.22, index schema 3)` and a newline. */
std::string version_text(std::string_view program);

} // namespace news
