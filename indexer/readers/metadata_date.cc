#include "indexer/readers/metadata_date.hh"

#include <fmt/core.h>

namespace news {

void set_metadata_date(Article& article, std::optional<Date> date, std::optional<unsigned> record,
                       ParsedFile& out, std::string_view quoted, std::string_view label,
                       std::string_view expected) {
  if (!date) {
    out.warn(record,
             fmt::format("{} \"{}\" is not {}; indexed without date", label, quoted, expected));
    return;
  }
  article.date = date;
  article.date_source = DateSource::Metadata;
}

} // namespace news
