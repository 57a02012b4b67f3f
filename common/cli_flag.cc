#include "common/cli_flag.hh"

namespace news {

std::string long_name(const char* names) {
  const std::string_view all(names);
  return std::string(all.substr(0, all.find(',')));
}

void refuse_choice(Refusal refusal, std::string_view where, std::string_view option,
                   std::string_view word, const std::vector<std::string_view>& words) {
  std::string list;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0) list += refusal == Refusal::UnknownValue || i + 1 < words.size() ? ", " : " or ";
    list += words[i];
  }
  if (refusal == Refusal::MustBe)
    throw_usage("{}{} must be {}, not '{}'", where, option, list, word);
  throw_usage("{}{}: unknown value '{}' (expected {})", where, option, word, list);
}

} // namespace news
