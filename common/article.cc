#include "common/article.hh"

namespace news {

const char* to_string(DateSource source) {
  switch (source) {
  case DateSource::Metadata:
    return "metadata";
  case DateSource::Text:
    return "text";
  case DateSource::File:
    return "file";
  case DateSource::Path:
    return "path";
  case DateSource::None:
    break;
  }
  return "none";
}

DateSource date_source_from_string(std::string_view name) {
  for (DateSource s : {DateSource::Metadata, DateSource::Text, DateSource::File, DateSource::Path})
    if (name == to_string(s)) return s;
  return DateSource::None;
}

} // namespace news
