// Test helper: a document's terms as a comparable list.
#pragma once

#include <string>
#include <tuple>
#include <vector>

#include <xapian.h>

namespace news::testing {

/** Each term of a document with its wdf and number of positions, in term order. */
inline std::vector<std::tuple<std::string, Xapian::termcount, Xapian::termcount>>
terms_of(const Xapian::Document& document) {
  std::vector<std::tuple<std::string, Xapian::termcount, Xapian::termcount>> terms;
  for (auto it = document.termlist_begin(); it != document.termlist_end(); ++it)
    terms.emplace_back(*it, it.get_wdf(), it.positionlist_count());
  return terms;
}

} // namespace news::testing
