#include "indexer/file_walker.hh"

#include <algorithm>
#include <set>
#include <system_error>

namespace news {
namespace {

namespace fs = std::filesystem;

class Walker {
public:
  Walker(const std::vector<fs::path>& excluded, ProblemSink& problems) : problems_(problems) {
    for (const fs::path& folder : excluded) {
      std::error_code ec;
      const fs::path canonical = fs::canonical(folder, ec);
      if (!ec) seen_folders_.insert(canonical); // as if already read
    }
  }

  void visit(const fs::path& path) {
    std::error_code ec;
    const fs::path canonical = fs::canonical(path, ec);
    if (ec) return fail(path, ec.message());
    const fs::file_status status = fs::status(canonical, ec);
    if (ec) return fail(path, ec.message());
    if (fs::is_directory(status)) return visit_directory(path, canonical);
    if (fs::is_regular_file(status)) {
      if (seen_files_.insert(canonical).second) files_.push_back(canonical);
      return;
    }
    fail(path, "not a regular file or folder");
  }

  std::vector<fs::path> take_files() { return std::move(files_); }

private:
  void visit_directory(const fs::path& shown, const fs::path& canonical) {
    // A folder that contains itself through a symlink is a loop (an error);
    // one reached again through two roots is simply not read twice.
    if (std::find(ancestors_.begin(), ancestors_.end(), canonical) != ancestors_.end())
      return fail(shown, "symlink loop: this folder contains itself, skipped");
    if (!seen_folders_.insert(canonical).second) return;
    ancestors_.push_back(canonical);
    read_directory(shown, canonical);
    ancestors_.pop_back();
  }

  void read_directory(const fs::path& shown, const fs::path& canonical) {
    std::error_code ec;
    std::vector<fs::path> children;
    for (fs::directory_iterator it(canonical, ec), end; !ec && it != end; it.increment(ec)) {
      const std::string name = it->path().filename().string();
      if (!name.empty() && name.front() == '.') continue;
      children.push_back(shown / it->path().filename());
    }
    if (ec) return fail(shown, ec.message());
    std::sort(children.begin(), children.end());
    for (const fs::path& child : children)
      visit(child);
  }

  void fail(const fs::path& path, std::string message) {
    problems_.problem({Problem::Severity::Error, path.string(), std::nullopt, std::move(message)});
  }

  ProblemSink& problems_;
  std::vector<fs::path> ancestors_;
  std::set<fs::path> seen_folders_;
  std::set<fs::path> seen_files_;
  std::vector<fs::path> files_;
};

} // namespace

std::vector<fs::path> collect_files(const std::vector<fs::path>& roots,
                                    const std::vector<fs::path>& excluded, ProblemSink& problems) {
  Walker walker(excluded, problems);
  for (const fs::path& root : roots)
    walker.visit(root);
  return walker.take_files();
}

} // namespace news
