#include "indexer/read_articles.hh"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include <fmt/core.h>

#include "common/text_normalize.hh"
#include "indexer/input_problem.hh"
#include "indexer/readers/plain_text.hh"

namespace news {
namespace {

namespace fs = std::filesystem;

std::string read_bytes(const fs::path& file, const ReadOptions& options) {
  std::error_code ec;
  const std::uintmax_t size = fs::file_size(file, ec);
  if (ec) throw InputError(ec.message());
  if (size > options.max_file_size)
    throw InputError(
        fmt::format("file is {} bytes, over the limit of {} (--max-file-size); skipped", size,
                    options.max_file_size));
  std::ifstream in(file, std::ios::binary);
  if (!in) throw InputError(fmt::format("cannot open: {}", std::strerror(errno)));
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) throw InputError(fmt::format("read error: {}", std::strerror(errno)));
  return std::move(bytes).str();
}

// A NUL byte in the first block is the classic sign of a binary file (grep's test).
bool looks_binary(std::string_view bytes) {
  return bytes.substr(0, 8192).find('\0') != std::string_view::npos;
}

// Text as the parsers want it: UTF-8 without byte-order mark, `\n` line ends.
std::string normalise_text(std::string bytes, std::vector<std::string>& warnings) {
  constexpr std::string_view kBom = "\xEF\xBB\xBF";
  if (std::string_view(bytes).starts_with(kBom)) bytes.erase(0, kBom.size());
  if (!is_valid_utf8(bytes)) {
    warnings.push_back("not valid UTF-8: read as Windows-1252");
    bytes = windows1252_to_utf8(bytes);
  }
  std::string text;
  text.reserve(bytes.size());
  for (size_t i = 0; i < bytes.size(); ++i) {
    if (bytes[i] != '\r') {
      text += bytes[i];
    } else if (i + 1 >= bytes.size() || bytes[i + 1] != '\n') {
      text += '\n'; // a lone CR (old Mac) ends a line too
    }
  }
  return text;
}

bool is_blank(std::string_view text) {
  return text.find_first_not_of(" \t\n\v\f") == std::string_view::npos;
}

} // namespace

FileArticles read_articles(const fs::path& file, const ReadOptions& options) {
  std::string bytes = read_bytes(file, options);
  if (bytes.empty()) throw InputError("empty file");
  if (looks_binary(bytes)) throw InputError("binary file (contains NUL bytes); skipped");

  FileArticles result;
  const std::string text = normalise_text(std::move(bytes), result.warnings);
  if (is_blank(text)) throw InputError("no text in file");

  Article article = parse_plain_text(text, result.warnings);
  if (article.title.empty() && article.body.empty()) throw InputError("no text in file");
  article.id = file.string();
  article.path = file.string();
  article.format = "text";
  result.articles.push_back(std::move(article));
  return result;
}

} // namespace news
