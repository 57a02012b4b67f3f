#include "common/version.hh"

#include <fmt/core.h>
#include <xapian.h>

#include "common/index_features.hh"

namespace news {

std::string version_text(std::string_view program) {
  return fmt::format("{} {} (Xapian {}, index schema {})\n", program, NEWS_VERSION,
                     Xapian::version_string(), kWrittenSchemaVersion);
}

} // namespace news
