// Companies' legal forms (`Inc`, `Corp`, `Co`, `Ltd`, `PLC`, `AG`, `SA`,
// `NV`, `GmbH`...): a word at the end of an organisation's name that says
// what kind of company it is, not which. `Texaco` and `Texaco Inc` are one
// organisation, under one key in the index (entity_key of the kind, below)
// and on the query side: org:"texaco inc" finds both, --facets counts them
// once. Names that differ in more than the legal form stay apart.
#pragma once

#include <string>
#include <string_view>

#include "common/entity.hh"

namespace news {

/** The name without its trailing legal forms (`Mitsubishi Heavy Industries Co Ltd` ->
 *  `Mitsubishi Heavy Industries`, `Texaco, Inc.` -> `Texaco`); the name itself when it has
 *  none, or when nothing of a name would be left (`Co`, `Sears, Roebuck and Co`). */
std::string_view without_legal_form(std::string_view name);

/** How an entity of `kind` is keyed in the index and by the searcher: entity_key of the name,
 *  an organisation's without its legal form. */
std::string entity_key(EntityKind kind, std::string_view name);

} // namespace news
