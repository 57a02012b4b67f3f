// Paths and ids are bytes, not text: a folder may be named in Latin-1, an id
// may hold a newline. They are stored and compared as bytes, and shown in one
// reversible escaped form, the one Python and ripgrep use:
//
//   \\  a backslash          \n \r \t  newline, carriage return, tab
//   \xNN  any other control byte (below 0x20, and 0x7f), and every byte
//         that is not part of well-formed UTF-8 (e.g. Latin-1 `\xe9`)
//
// Everything else, valid UTF-8 included, is shown as it is. The escaped form
// is one line, and unescape_bytes gives the bytes back.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace news {

/** The escaped, printable, one-line form of `bytes`. */
std::string escape_bytes(std::string_view bytes);

/** The bytes back from escape_bytes' form; nullopt when `escaped` is not such a form. */
std::optional<std::string> unescape_bytes(std::string_view escaped);

} // namespace news
