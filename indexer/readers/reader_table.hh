// Every input format and its reader, in one table: what the format is
// called, how its content is recognised (the sniff), and the function that
// reads it. Reading a file (read_articles) asks the table which reader the
// text needs, then calls that reader; a new format is a new row.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "indexer/readers/json_fields.hh"
#include "indexer/readers/parsed_file.hh"

namespace news {

enum class InputFormat { Text, JsonLines, Json, Html, Feed };

/**
 * A file's text as the sniffs see it: from its first non-blank character,
 * with the format its file name's extension names. What costs a parse is
 * worked out once, for whichever sniff asks first.
 */
class SniffedText {
public:
  /** `text` not blank; `file_name` without a `.gz` suffix. */
  SniffedText(std::string_view text, std::string_view file_name);

  std::string_view text() const { return text_; }
  char first() const { return text_.front(); }
  /** The format the extension names (`.jsonl`, `.html`, `.rss`...), if any. */
  std::optional<InputFormat> by_extension() const { return by_extension_; }
  bool extension_is(InputFormat format) const { return by_extension_ == format; }

  bool first_line_is_json() const;    /**< the first line is one JSON value */
  bool has_lines_after_first() const; /**< content follows the first line */
  bool is_json() const;               /**< the whole text is one JSON value */
  bool has_html_tags() const;         /**< `<html`, `<body`, `<p>`... near the start */

private:
  std::string_view text_;
  std::optional<InputFormat> by_extension_;
  mutable std::optional<bool> first_line_is_json_, is_json_, has_html_tags_;
};

/** A reader: one file's text (valid UTF-8, `\n` line ends) into articles and problems. */
using ReadText = void (*)(std::string_view text, const JsonFieldMap& fields, ParsedFile& out);
/** A reader of one line of a line-by-line format; `line_number` names its record. */
using ReadLine = void (*)(std::string_view line, unsigned line_number, const JsonFieldMap& fields,
                          ParsedFile& out);

struct Reader {
  InputFormat format;
  const char* name;            /**< `text`, `jsonl`, `json`, `html`, `feed` */
  std::string_view extensions; /**< the file name extensions that name it, space-separated */
  bool one_article;            /**< a file is one article (named and dated by its path) */
  /** Whether the text is this format; asked in the table's order, the first yes reads it. */
  bool (*sniff)(const SniffedText& text);
  ReadText read;
  ReadLine read_line = nullptr;                       /**< set: read as the lines stream in */
  std::string (*name_of)(std::string_view) = nullptr; /**< a closer name from the text */

  /** The format's name for this text: `rss` or `atom` for a feed. */
  std::string name_for(std::string_view text) const { return name_of ? name_of(text) : name; }
};

/** Every reader, in the order their sniffs are asked; plain text, the last, takes any text. */
std::span<const Reader> readers();

/** The reader of a format. */
const Reader& reader_of(InputFormat format);

/** `text`, `jsonl`, `json`, `html` or `feed`. */
const char* to_string(InputFormat format);

/**
 * The reader decoded text needs: the first whose sniff claims it. JSON is
 * recognised by a leading `{` or `[` that parses; markup by a feed root
 * element (rss, feed, RDF) or HTML tags; what the content leaves open, the
 * extension of `file_name` (without a `.gz` suffix) decides; anything else
 * is plain text. Blank text is read as its extension says.
 */
const Reader& detect_reader(std::string_view text, std::string_view file_name);

/** detect_reader's format. */
InputFormat detect_format(std::string_view text, std::string_view file_name);

} // namespace news
