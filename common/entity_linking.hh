// The variants of one entity in an article under one name: a bare surname
// is the person named in full (`Lawson` after `Nigel Lawson`, also when it
// was taken for an organisation or a place), a bare name opening one person's
// full name is that person (`Xi` after `Xi Jinping`), and an organisation is the same
// name with a company ending (`Texaco` and `Texaco Inc`: `Texaco`). The
// variant's words stay as the entity's mentions.
#pragma once

#include "common/entity.hh"

namespace news {

void merge_variants(Entities& entities);

/** Moves `name` of `from` into the entity `to_name` of `to`, as one of its mentions. */
void fold_entity(Entities& entities, EntityKind from, const std::string& name, EntityKind to,
                 const std::string& to_name);

} // namespace news
