#include "server/api_routes.hh"

#include <array>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/core.h>
#include <xapian.h>

#include "common/database.hh"
#include "common/error.hh"
#include "searcher/output.hh"
#include "searcher/sink.hh"
#include "searcher/url_request.hh"
#include "server/http_error.hh"
#include "server/response_headers.hh"

namespace news {
namespace {

// The parameters each endpoint takes; any other is refused, as the CLI
// refuses an unknown option. /api/search takes those request_from_params
// reads (searched_request learns them by asking it).
constexpr std::array<std::string_view, 1> kSimilarParameters{"limit"};
constexpr std::array<std::string_view, 0> kNoParameters{};
constexpr std::string_view kArticlesPrefix = "/api/articles/";
constexpr std::string_view kSimilarSuffix = "/similar";

/** Refuses a parameter not in `allowed`, or one given twice. */
void check_parameters(const httplib::Request& request, std::span<const std::string_view> allowed) {
  for (const auto& [name, value] : request.params) {
    if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
      std::string names;
      for (const std::string_view known : allowed)
        names += (names.empty() ? "" : ", ") + std::string(known);
      throw Error(ErrorKind::Usage,
                  allowed.empty()
                      ? fmt::format("unknown parameter '{}' (this takes none)", name)
                      : fmt::format("unknown parameter '{}' (expected {})", name, names));
    }
    if (request.get_param_value_count(name) > 1)
      throw Error(ErrorKind::Usage, fmt::format("parameter '{}' given more than once", name));
  }
}

ParamLookup parameters_of(const httplib::Request& request) {
  return [&request](std::string_view name) -> std::optional<std::string> {
    const std::string key(name);
    if (!request.has_param(key)) return std::nullopt;
    return request.get_param_value(key);
  };
}

/** The request of /api/search's parameters; refuses those request_from_params does not read. */
SearchRequest searched_request(const httplib::Request& request, unsigned max_limit) {
  std::vector<std::string> read; // the names asked for, which need not outlive the call
  const ParamLookup given = parameters_of(request);
  const SearchRequest search = request_from_params(
      [&](std::string_view name) {
        read.emplace_back(name);
        return given(name);
      },
      max_limit);
  check_parameters(request, std::vector<std::string_view>(read.begin(), read.end()));
  return search;
}

/** The search JSON of `results`, as news-search --format json prints it. */
std::string search_json(const SearchResults& results, unsigned offset) {
  StringSink sink;
  print_json(results, offset, sink);
  return std::move(sink.text());
}

void send_json(httplib::Response& response, std::string body) {
  response.set_header("Cache-Control", "no-store");
  response.set_content(std::move(body), std::string(kJsonType));
}

void send_error(httplib::Response& response, HttpErrorKind kind, std::string_view message) {
  response.status = http_error_info(kind).status;
  send_json(response, error_json(kind, message));
}

/** Runs a route, turning what it throws into the error response of its kind. */
httplib::Server::Handler
guarded(std::function<void(const httplib::Request&, httplib::Response&)> route) {
  return [route = std::move(route)](const httplib::Request& request, httplib::Response& response) {
    try {
      route(request, response);
    } catch (const Error& e) {
      send_error(response, http_error_kind(e.kind()), e.what());
    } catch (const Xapian::Error& e) {
      const Error error = explain_database_error(e);
      send_error(response, http_error_kind(error.kind()), error.what());
    } catch (const std::exception& e) {
      send_error(response, HttpErrorKind::Internal, fmt::format("internal error: {}", e.what()));
    }
  };
}

/** The id in /api/articles/ID[/similar], from the target as sent (an id may hold '/'). */
struct ArticlePath {
  std::string id;
  bool similar = false;
};

std::optional<ArticlePath> article_path(const httplib::Request& request) {
  std::string_view raw = request.target;
  raw = raw.substr(0, raw.find('?'));
  if (raw.substr(0, kArticlesPrefix.size()) != kArticlesPrefix) return std::nullopt;
  raw.remove_prefix(kArticlesPrefix.size());
  ArticlePath path;
  if (raw.size() > kSimilarSuffix.size() && raw.ends_with(kSimilarSuffix)) {
    path.similar = true;
    raw.remove_suffix(kSimilarSuffix.size());
  }
  if (raw.empty()) return std::nullopt;
  path.id = httplib::detail::decode_url(std::string(raw), false);
  return path;
}

} // namespace

void add_api_routes(httplib::Server& server, ServicePool& pool, unsigned max_limit) {
  server.Get("/api/search", guarded([&pool, max_limit](const httplib::Request& request,
                                                       httplib::Response& response) {
               const SearchRequest search = searched_request(request, max_limit);
               send_json(response, search_json(pool.acquire()->search(search), search.offset));
             }));
  server.Get(R"(/api/articles/.+)", guarded([&pool, max_limit](const httplib::Request& request,
                                                               httplib::Response& response) {
               const std::optional<ArticlePath> path = article_path(request);
               if (!path) throw Error(ErrorKind::NotFound, "no article id in the path");
               if (!path->similar) {
                 check_parameters(request, kNoParameters);
                 StringSink sink;
                 print_article_json(pool.acquire()->article(path->id), sink);
                 send_json(response, std::move(sink.text()));
                 return;
               }
               // `news-search --like ID --limit N`.
               check_parameters(request, kSimilarParameters);
               const ParamLookup given = parameters_of(request);
               const SearchRequest similar = request_from_params(
                   [&](std::string_view name) {
                     return name == "like" ? std::optional<std::string>(path->id) : given(name);
                   },
                   max_limit);
               send_json(response, search_json(pool.acquire()->search(similar), 0));
             }));
  server.Get("/api/stats",
             guarded([&pool](const httplib::Request& request, httplib::Response& response) {
               check_parameters(request, kNoParameters);
               StringSink sink;
               print_summary_json(pool.acquire()->summary(), sink);
               send_json(response, std::move(sink.text()));
             }));
  server.Get("/healthz", [&pool](const httplib::Request&, httplib::Response& response) {
    try {
      const IndexSummary summary = pool.acquire()->summary();
      send_json(response, fmt::format("{{\"status\":\"ok\",\"articles\":{}}}\n", summary.articles));
    } catch (const std::exception& e) {
      send_error(response, HttpErrorKind::Unavailable, e.what());
    }
  });
}

} // namespace news
