// What every article goes through after its file is read, before it is
// indexed (add, sync) or shown (inspect): small steps, in order, each
// complete on its own. A new kind of analysis is one more step.
#pragma once

#include "common/article.hh"
#include "indexer/read_articles.hh"

namespace news {

/**
 * Runs the steps over an article of `file`, read with `options`:
 * 1. provenance: its path and format;
 * 2. id: its own, else (a record or feed item) its URL, else the file's
 *    path with `:record`, else (a single-article file: text, HTML) the
 *    file's path. Paths lose a `.gz` suffix, so a compressed copy gives the
 *    same ids and is indexed once;
 * 3. date fallback: a single-article file without a date in its content
 *    takes the day its path names (date_from_path), with date_source `path`;
 *    else, with `file_dates`, the file's modification time (date_source
 *    `file`); else it stays undated. A file's time is not when its story was
 *    published;
 * 4. entities: its people, organisations and places, unless
 *    `extract_entities` is off.
 * A step that fails fails the article's file, as its reader would:
 * InputError (unforeseen_error).
 */
void analyse_article(Article& article, const SourceFile& file, const ReadOptions& options);

} // namespace news
