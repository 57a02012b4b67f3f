#include "indexer/readers/feed_author.hh"

#include <cctype>

#include "common/ascii.hh"
#include "indexer/readers/body_text.hh"

namespace news {
namespace {

bool is_local_part_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.' ||
         c == '+';
}

bool is_domain_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.';
}

bool is_bracket_pair(char open, char close) {
  return (open == '(' && close == ')') || (open == '<' && close == '>') ||
         (open == '[' && close == ']');
}

// Without the brackets around the whole text: `(Name)` -> `Name`.
std::string_view unbracketed(std::string_view text) {
  text = trim(text);
  while (text.size() >= 2 && is_bracket_pair(text.front(), text.back()))
    text = trim(text.substr(1, text.size() - 2));
  return text;
}

} // namespace

std::string author_name(std::string_view text) {
  const std::string written = collapse_spaces(text);
  const std::size_t at = written.find('@');
  if (at == std::string::npos) return written;
  std::size_t start = at, end = at + 1;
  while (start > 0 && is_local_part_char(written[start - 1]))
    --start;
  while (end < written.size() && is_domain_char(written[end]))
    ++end;
  if (start == at || written.find('.', at) >= end) return written; // no email here
  if (start >= 7 && iequals(std::string_view(written).substr(start - 7, 7), "mailto:")) start -= 7;
  // What is left around the email, without the brackets that held it alone.
  std::string_view before = std::string_view(written).substr(0, start);
  std::string_view after = std::string_view(written).substr(end);
  for (;;) {
    const std::string_view left = trim(before), right = trim(after);
    if (left.empty() || right.empty() || !is_bracket_pair(left.back(), right.front())) break;
    before = left.substr(0, left.size() - 1);
    after = right.substr(1);
  }
  const std::string rest = std::string(before) + " " + std::string(after);
  const std::string name = collapse_spaces(unbracketed(rest));
  return name.empty() ? written : name;
}

} // namespace news
