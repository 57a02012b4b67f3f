// `news-index sync [PATH]`: brings the index in step with its roots (the cron job).
#pragma once

#include <string>
#include <vector>

namespace news {

int run_sync_command(const std::vector<std::string>& args);

} // namespace news
