// The HTTP API (docs/http-api.md): /api/search, /api/articles/{id},
// /api/articles/{id}/similar, /api/stats and /healthz, each answered with
// the JSON the CLI prints, or with an error body and the status of its kind.
#pragma once

#include <httplib.h>

#include "server/service_pool.hh"

namespace news {

/** Adds the API's routes; `max_limit` is the largest `limit` a request may ask. */
void add_api_routes(httplib::Server& server, ServicePool& pool, unsigned max_limit);

} // namespace news
