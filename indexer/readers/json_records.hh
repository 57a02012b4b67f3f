// Articles from JSON: JSON Lines (one object a line) and JSON documents (an
// array of objects, an object holding such an array under `articles`,
// `items`, `results`, `data`, `documents` or `entries`, or one article object).
#pragma once

#include <string_view>

#include "indexer/readers/json_fields.hh"
#include "indexer/readers/parsed_file.hh"

namespace news {

/** Reads one line of JSON Lines (a blank one is skipped); `line_number` names its record. */
void read_json_line(std::string_view line, unsigned line_number, const JsonFieldMap& fields,
                    ParsedFile& out);

/** Reads JSON Lines; a malformed line is an error for that line only. Records are line numbers. */
void read_json_lines(std::string_view text, const JsonFieldMap& fields, ParsedFile& out);

/** Reads one JSON document. Records are 1-based positions in the array. */
void read_json_document(std::string_view text, const JsonFieldMap& fields, ParsedFile& out);

} // namespace news
