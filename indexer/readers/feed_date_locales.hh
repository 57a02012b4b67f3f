// Feed dates in other languages that feedparser reads, put in English or
// ISO 8601 words for parse_feed_date's other forms to read:
//
//   Κυρ, 11 Ιούλ 2004 12:00:00 EST     Greek day and month names
//   2004-július-13T9:15-05:00          Hungarian month names
//   2004-05-25 오후 11:23:17           Korean (Nate): 오전 AM, 오후 PM; Korean time (+09:00)
//   2004년 05월 28일  01:31:15         Korean (OnBlog); Korean time
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace news {

/** The date with its Greek or Hungarian names in English (or month numbers), or a
 *  Korean date in ISO 8601; nullopt when the text has none of these. */
std::optional<std::string> date_in_english(std::string_view text);

} // namespace news
