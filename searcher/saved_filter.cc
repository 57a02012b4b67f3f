#include "searcher/saved_filter.hh"

#include <algorithm>

#include <fmt/core.h>

#include "common/schema.hh"
#include "searcher/saved_searches.hh"

namespace news {
namespace {

std::string chain(const std::vector<std::string>& path, const std::string& last) {
  std::string text;
  for (const std::string& name : path)
    text += name + " -> ";
  return text + last;
}

// Errors that already say which saved searches (a cycle, the depth, an
// unknown name, an error inside one) are passed on as they are.
bool names_saved_searches(const Error& e) {
  const std::string_view message = e.what();
  return message.starts_with("saved search") || message.starts_with("no saved search") ||
         message.starts_with("in saved search");
}

class SavedFieldProcessor : public Xapian::FieldProcessor {
public:
  SavedFieldProcessor(const Xapian::Database& db, const QueryRequest& request, ParseErrors& errors)
      : db_(db), request_(request), errors_(errors) {}

  Xapian::Query operator()(const std::string& name) override {
    return errors_.guard([&] {
      const std::vector<std::string>& path = request_.saved_path;
      if (std::find(path.begin(), path.end(), name) != path.end())
        throw_usage("saved search '{}' refers to itself: {}", name, chain(path, name));
      if (path.size() >= kMaxSavedDepth)
        throw_usage("saved searches nest more than {} deep: {}", kMaxSavedDepth, chain(path, name));
      const std::optional<SavedSearch> saved = find_saved_search(db_, name);
      if (!saved) throw unknown_saved_search(db_, name);
      QueryRequest inner = query_request(*saved, request_.now);
      inner.saved_path = path;
      inner.saved_path.push_back(name);
      // Its own language, else the search's that uses it.
      if (inner.language.empty()) inner.language = request_.language;
      try {
        return build_query(inner, db_).query;
      } catch (const Error& e) {
        if (names_saved_searches(e)) throw;
        throw Error(e.kind(), fmt::format("in saved search '{}': {}", name, e.what()), e.hint());
      }
    });
  }

private:
  const Xapian::Database& db_;
  const QueryRequest& request_;
  ParseErrors& errors_;
};

} // namespace

void add_saved_filter(Xapian::QueryParser& parser, const Xapian::Database& db,
                      const QueryRequest& request, ParseErrors& errors) {
  // A boolean prefix: the parser drops a free-text prefix's stopwords
  // (`saved:a`) before its field processor sees them. Its own grouping, the
  // entity filters' empty one: two saved searches must both match.
  static const std::string kOwnGroup;
  const std::string name(spec(Field::Saved).query_name);
  parser.add_boolean_prefix(name, (new SavedFieldProcessor(db, request, errors))->release(),
                            &kOwnGroup);
}

} // namespace news
