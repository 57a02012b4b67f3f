// A file's character encoding, and its text made UTF-8: byte-order marks
// (UTF-8, UTF-16, UTF-32), the charset declared by `<?xml encoding=...?>` or
// `<meta charset>`, Windows-1252 for undeclared bytes that are not UTF-8.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace news {

/** The warning for a file (or line) read as Windows-1252. */
inline constexpr const char* kNotUtf8Warning = "not valid UTF-8: read as Windows-1252";

/** A byte-order mark at the start of the bytes. */
struct ByteOrderMark {
  const char* charset; // iconv's name: "UTF-8", "UTF-16LE", "UTF-32BE"...
  std::size_t length;
};

/** The byte-order mark the bytes start with, if any (UTF-32 before UTF-16). */
std::optional<ByteOrderMark> byte_order_mark(std::string_view bytes);

/** Whether the bytes start with a UTF-16 or UTF-32 byte-order mark: text
 *  with NUL bytes, not a binary file. */
bool has_wide_byte_order_mark(std::string_view bytes);

/**
 * The charset a markup document declares, lowercase: the `encoding` of its
 * `<?xml ...?>` declaration, else a `<meta charset=...>` or `<meta
 * http-equiv="Content-Type" content="...; charset=...">` in its first 64 KiB.
 * Empty when the text does not start with `<` or declares nothing.
 */
std::string declared_charset(std::string_view text);

/** Text converted to UTF-8 with iconv; bytes invalid in the charset become
 *  U+FFFD (and `lossy` is set). Nullopt when iconv does not know the charset. */
struct Converted {
  std::string text;
  bool lossy = false;
};
std::optional<Converted> convert_to_utf8(std::string_view bytes, const std::string& charset);

/**
 * Makes a file's text UTF-8 in place, without byte-order mark. A UTF-16 or
 * UTF-32 byte-order mark decides; valid UTF-8 is kept as it is (pages saved
 * as UTF-8 often still declare their old charset); other bytes are read in
 * the declared charset, else (none declared, or one iconv does not know) as
 * Windows-1252. Returns the warning to give, if any.
 */
std::optional<std::string> decode_to_utf8(std::string& bytes);

} // namespace news
