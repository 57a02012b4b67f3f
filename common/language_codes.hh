// Languages by their codes and names: a declared tag (`en-US`, `deu`) as the
// bare code under which articles are stored (their `L` term), and a
// language as a user names it (`de`, `DE`, `de-AT`, `German`, `Deutsch`),
// checked against the languages ICU knows. The indexer, the query filters
// and the options all read languages through here.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace news {

/**
 * A declared language tag as a bare code: ISO 639-1 where the language has
 * one (`en-US`, `EN_gb`, `eng` give `en`; `zh-Hant` gives `zh`), else its
 * ISO 639-2/3 code (`haw`); empty for a tag that names no language (`und`,
 * `xx`) or is not a tag (two or three letters, then `-`/`_` parts).
 */
std::string language_tag_code(std::string_view tag);

/**
 * The code of a language as a user names it: a tag of a language ICU knows
 * (`de`, `DE`, `de-AT`, `deu`), or the language's English or own name, in
 * any case (`German`, `deutsch`, `русский`); nullopt for anything else.
 */
std::optional<std::string> language_named(std::string_view name);

} // namespace news
