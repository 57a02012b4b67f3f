// The time a search may take. Xapian 1.4 cannot stop a match part-way
// (Enquire::set_time_limit only gives up check_at_least), so a timer ends
// the process itself: one line on stderr, exit status 2.
#pragma once

namespace news {

/**
 * From now on, a search still running after `seconds` ends the process with
 * "news-search: the search took longer than N s ..." and exit status 2.
 * 0 disarms it. Only one deadline exists per process.
 */
void set_search_deadline(unsigned seconds);

} // namespace news
