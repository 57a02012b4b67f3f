// Finding an article by its id, as stored or as printed (escaped: ids are
// bytes, see byte_escape.hh), or by its short handle (article_handle.hh),
// for --like, `show`, the server's article pages and the like.
#pragma once

#include <string>

#include <xapian.h>

namespace news {

/**
 * The id term of the article with this id, or else with this handle; empty
 * when no article has it. Throws news::Error (not found) naming some of
 * the articles when the handle starts the hashes of more than one.
 */
std::string existing_id_term(const Xapian::Database& db, const std::string& id);

} // namespace news
