// Bounds that keep libxml2 in linear time and bounded memory on hostile
// markup: entity expansion (billion laughs; one large entity referenced
// thousands of times) and the number of attributes of one element (the
// parsers check each new attribute against all before it).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

struct _xmlDoc;

namespace news {

/** More attributes than this on one element are refused. */
inline constexpr std::size_t kMaxAttributes = 1000;

/** Entities may add at most this many bytes to a document, or its own size if larger. */
inline constexpr std::size_t kMinEntityExpansionBudget = 1 << 20;

/**
 * The problem when an element of the markup (HTML or XML) has more than
 * kMaxAttributes attributes; checked in one pass over the text, before parsing.
 */
std::optional<std::string> too_many_attributes(std::string_view markup);

/**
 * The problem when the entities of a parsed XML document (parsed without
 * substitution) would expand to more than the budget: the references in
 * its elements and attributes, or any one entity declared in its DTD.
 * Linear in the document and its declarations.
 */
std::optional<std::string> entity_expansion_problem(const _xmlDoc* doc, std::size_t document_size);

} // namespace news
