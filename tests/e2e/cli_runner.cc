#include "tests/e2e/cli_runner.hh"

#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>

#include <sys/wait.h>
#include <xapian.h>

namespace news::test {

namespace fs = std::filesystem;

namespace {

std::string command_line(const char* exe, const fs::path& db,
                         const std::vector<std::string>& args) {
  std::string line = shell_quote(exe) + " --db " + shell_quote(db.string());
  for (const std::string& arg : args)
    line += " " + shell_quote(arg);
  return line;
}

} // namespace

std::string file_contents(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string shell_quote(const std::string& arg) {
  std::string quoted = "'";
  for (char c : arg) {
    if (c == '\'')
      quoted += "'\\''";
    else
      quoted += c;
  }
  return quoted + "'";
}

RunResult run_shell(const std::string& command, const fs::path& scratch) {
  const fs::path out = scratch / ".stdout", err = scratch / ".stderr";
  const std::string full = "cd " + shell_quote(scratch.string()) + " && bash -c " +
                           shell_quote(command) + " </dev/null >" + shell_quote(out.string()) +
                           " 2>" + shell_quote(err.string());
  const int raw = std::system(full.c_str());
  RunResult result;
  result.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : 128 + WTERMSIG(raw);
  result.out = file_contents(out);
  result.err = file_contents(err);
  return result;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);)
    lines.push_back(line);
  return lines;
}

Sandbox::Sandbox() {
  std::string pattern = (fs::temp_directory_path() / "news-e2e-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
  dir_ = fs::canonical(pattern);
}

Sandbox::~Sandbox() {
  std::error_code ec;
  fs::remove_all(dir_, ec);
}

fs::path Sandbox::write(const std::string& relative, const std::string& content) const {
  const fs::path path = dir_ / relative;
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

RunResult Sandbox::index(const std::vector<std::string>& args) const {
  return run_shell(command_line(NEWS_INDEX_EXE, db(), args), dir_);
}

RunResult Sandbox::search(const std::vector<std::string>& args) const {
  return run_shell(command_line(NEWS_SEARCH_EXE, db(), args), dir_);
}

unsigned articles_in(const Sandbox& sandbox) {
  return Xapian::Database(sandbox.db().string()).get_doccount();
}

std::size_t columns_of(const std::string& line) {
  std::size_t columns = 0;
  for (const char c : line)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++columns;
  return columns;
}

std::size_t count_of(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t pos = text.find(what); pos != std::string::npos; pos = text.find(what, pos + 1))
    ++n;
  return n;
}

const Sandbox& indexed_sample_corpus() {
  static const Sandbox sandbox;
  static const int status = sandbox.index({"add", SAMPLE_CORPUS_DIR}).status;
  if (status != 0) throw std::runtime_error("indexing sample_corpus failed");
  return sandbox;
}

std::vector<std::string> search_ids(const Sandbox& sandbox, std::vector<std::string> args) {
  args.insert(args.begin(), {"--format", "ids", "--limit", "0"});
  return lines_of(sandbox.search(args).out);
}

std::string listing(const fs::path& dir) {
  std::set<std::string> lines;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    const std::string name = fs::relative(entry.path(), dir).string();
    if (name == ".stdout" || name == ".stderr") continue;
    lines.insert(name + (entry.is_regular_file() ? " " + std::to_string(entry.file_size()) : ""));
  }
  std::string out;
  for (const std::string& line : lines)
    out += line + "\n";
  return out;
}

} // namespace news::test
