// Which reader a file needs: decided from its content first, its file name
// extension second (for content that could be either).
#pragma once

#include <string>
#include <string_view>

namespace news {

enum class InputFormat { Text, JsonLines, Json, Html, Feed };

/** `text`, `jsonl`, `json`, `html` or `feed`. */
const char* to_string(InputFormat format);

/**
 * Detects the format of decoded text. `file_name` is the name without a
 * `.gz` suffix. JSON is recognised by a leading `{` or `[` that parses;
 * markup by a feed root element (rss, feed, RDF) or HTML tags; anything else
 * is plain text unless the extension says otherwise.
 */
InputFormat detect_format(std::string_view text, std::string_view file_name);

/** `atom` for an Atom feed (root `<feed>`), else `rss`. */
std::string feed_format_name(std::string_view text);

} // namespace news
