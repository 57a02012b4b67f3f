// Base64 (RFC 4648's alphabet), as feeds carry content in it (Atom 0.3's
// mode="base64", Atom 1.0 content of a type neither text nor XML).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace news {

/** The bytes base64 text stands for; white space is skipped, `=` ends it.
 *  Nullopt when another character is in it. */
std::optional<std::string> decode_base64(std::string_view text);

} // namespace news
