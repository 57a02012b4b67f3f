#include "searcher/path_filter.hh"

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "common/error.hh"
#include "common/index_codecs.hh"
#include "common/index_features.hh"
#include "common/schema.hh"
#include "searcher/match_queries.hh"

namespace news {
namespace {

namespace fs = std::filesystem;

// `~/x` is the home folder's x (the shell does not expand it after `path:`).
std::string expand_home(const std::string& value) {
  const char* home = std::getenv("HOME");
  if (home == nullptr || *home == '\0' || !(value == "~" || value.starts_with("~/"))) return value;
  return std::string(home) + value.substr(1);
}

// The names of a path, `.` and empty ones dropped; `..` resolved, but not above the start.
std::vector<std::string> names_of(const fs::path& path, const std::string& value) {
  std::vector<std::string> names;
  for (const fs::path& part : path.lexically_normal().relative_path()) {
    const std::string name = part.string();
    if (name.empty() || name == ".") continue;
    if (name == "..")
      throw_usage("'{}' goes above the {} it starts from", value,
                  path.is_absolute() ? "root" : "folder");
    names.push_back(name);
  }
  return names;
}

std::string joined(const std::vector<std::string>& names) {
  std::string path;
  for (const std::string& name : names)
    path += "/" + name;
  return path;
}

// Every article under the folder of these names: its term (the root: all).
Xapian::Query folder_query(const std::vector<std::string>& names) {
  if (names.empty()) return match_all();
  return Xapian::Query(boolean_term(Field::Folder, folder_key(names)));
}

// Every article under a folder whose path ends in these names.
Xapian::Query folder_end_query(const Xapian::Database& db, const std::vector<std::string>& names,
                               const std::string& value) {
  if (names.empty()) return match_all();
  const std::string start = boolean_term(Field::Folder, folder_key(names));
  std::vector<Xapian::Query> folders;
  for (auto term = db.allterms_begin(start); term != db.allterms_end(start); ++term) {
    if (folders.size() == kMaxFolders)
      throw Error(ErrorKind::Usage,
                  fmt::format("folder:{} matches more than {} folders", value, kMaxFolders),
                  "give more of its path, or the whole path from /");
    folders.emplace_back(*term);
  }
  return Xapian::Query(Xapian::Query::OP_OR, folders.begin(), folders.end());
}

class PathFieldProcessor : public Xapian::FieldProcessor {
public:
  PathFieldProcessor(const Xapian::Database& db, ParseErrors& errors, Field field)
      : db_(db), errors_(errors), field_(field) {}

  Xapian::Query operator()(const std::string& raw) override {
    return errors_.guard([&] {
      const std::string value = expand_home(raw);
      if (value.empty()) throw_usage("{}: needs a path", spec(field_).query_name);
      const bool absolute = value.starts_with('/');
      if (!has_feature(db_, "folder-terms") && db_.get_doccount() > 0) {
        if (field_ == Field::Path && absolute) // the file alone, as this index knows it
          return Xapian::Query(
              boolean_term(Field::Path, fs::path(value).lexically_normal().string()));
        throw Error(ErrorKind::Usage,
                    fmt::format("{}:{}: this index has no folder terms (made before them)",
                                spec(field_).query_name, raw),
                    "rebuild it: remove it and run news-index add again");
      }
      if (field_ == Field::Folder && !absolute)
        return folder_end_query(db_, names_of(value, raw), raw);
      const fs::path path = absolute ? fs::path(value) : fs::current_path() / value;
      const std::vector<std::string> names = names_of(path, raw);
      const Xapian::Query folder = folder_query(names);
      if (field_ == Field::Folder || names.empty()) return folder;
      return Xapian::Query(Xapian::Query::OP_OR,
                           Xapian::Query(boolean_term(Field::Path, joined(names))), folder);
    });
  }

private:
  const Xapian::Database& db_;
  ParseErrors& errors_;
  Field field_;
};

} // namespace

void add_path_filters(Xapian::QueryParser& parser, const Xapian::Database& db,
                      ParseErrors& errors) {
  for (Field field : {Field::Path, Field::Folder})
    parser.add_boolean_prefix(std::string(spec(field).query_name),
                              (new PathFieldProcessor(db, errors, field))->release());
}

} // namespace news
