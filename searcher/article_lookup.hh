// Finding an article by its id, as stored or as printed (escaped: ids are
// bytes, see byte_escape.hh), for --like, the server's article pages and
// the like.
#pragma once

#include <string>

#include <xapian.h>

namespace news {

/** The id term of the article with this id; empty when no article has it. */
std::string existing_id_term(const Xapian::Database& db, const std::string& id);

} // namespace news
