// `path:` and `folder:` in queries: a file, or a folder and everything under
// it, as the folder terms of the index (schema.hh, folder_key) find them.
//
//   path:/archive/a.txt       that file
//   path:/archive/2024/       everything under /archive/2024 (the slash changes nothing)
//   path:sample_corpus        relative to the current directory, as in the shell
//   folder:/archive/2024      everything under /archive/2024
//   folder:2024/03            everything under every folder whose path ends in 2024/03
//
// A relative folder: is a walk over the folder terms that start with its key:
// it costs the folders it matches, at most kMaxFolders (more is an error that
// asks for more of the path), never the files or articles under them.
#pragma once

#include <xapian.h>

#include "searcher/parse_errors.hh"

namespace news {

/** A relative folder: may match this many folders at most. */
inline constexpr Xapian::termcount kMaxFolders = 1000;

/** Registers `path:` and `folder:` with the parser; `db` and `errors` must outlive the parsing. */
void add_path_filters(Xapian::QueryParser& parser, const Xapian::Database& db, ParseErrors& errors);

} // namespace news
