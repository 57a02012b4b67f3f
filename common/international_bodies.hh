// Acronyms of international bodies and what they stand for, written for this
// project: the gazetteer knows them as organisations (under the acronym), and
// `org:` queries by either name find them.
#pragma once

#include <span>

#include "common/entity_lists.hh"

namespace news::lists {

/** `International Tin Council` -> `ITC`, `ITC` -> `ITC`. */
std::span<const Alias> international_bodies();

} // namespace news::lists
