#include "indexer/inspect_command.hh"

#include <filesystem>
#include <iostream>

#include <boost/program_options.hpp>
#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "common/article_json.hh"
#include "common/byte_escape.hh"
#include "common/config_file.hh"
#include "common/error.hh"
#include "common/problem.hh"
#include "indexer/article_pipeline.hh"
#include "indexer/command_line.hh"
#include "indexer/configured_roots.hh"
#include "indexer/file_walker.hh"
#include "indexer/index_options.hh"
#include "indexer/read_articles.hh"
#include "indexer/read_options_cli.hh"
#include "indexer/readers/encoding.hh"
#include "indexer/readers/html_page.hh"

namespace news {
namespace {

namespace fs = std::filesystem;
namespace po = boost::program_options;
using Json = nlohmann::ordered_json;

struct InspectOptions {
  std::vector<fs::path> paths;
  ReadOptions read;
  OutputFormat format = OutputFormat::Text;
  bool explain = false;
};

constexpr const char* kUsage = "usage: news-index inspect [--format text|jsonl] [OPTIONS] PATH...";
constexpr const char* kAbout =
    R"(Parses files exactly as 'add' would and prints each article found, without
touching the index: format, id, title, date and where it came from, author,
URL, language and the body after furniture removal.
)";

// Parsed options, or nullopt when --help was printed.
std::optional<InspectOptions> parse_inspect_options(const std::vector<std::string>& args) {
  po::options_description visible("Options for inspect");
  ReadOptionArgs read_args;
  declare(visible, kHelpOption, kInspectFormatOption, kExplainOption);
  declare_read_options(visible, read_args);
  // --db is accepted (and ignored) so that `news-index --db X inspect F` works.
  declare(visible, with_help(kDbOption, "ignored: inspect reads no index"));
  const auto vm = parse_command_line(args, kUsage, visible, "path", kAbout);
  if (!vm) return std::nullopt;
  if (!vm->count("path")) throw_usage("inspect: no PATH given\n{}", kUsage);
  InspectOptions options;
  options.format = chosen(*vm, kInspectFormatOption).value_or(options.format);
  options.explain = is_on(*vm, kExplainOption);
  for (const auto& p : (*vm)["path"].as<std::vector<std::string>>())
    options.paths.emplace_back(p);
  options.read = to_read_options(read_args);
  return options;
}

// Every field, in the table's inspect order, and the words behind the names.
Json article_json(const Article& a) {
  Json json;
  add_fields(json, a, kInspectFields);
  for (EntityKind kind : kEntityKinds) {
    const auto& mentions = a.entities.mentions[static_cast<std::size_t>(kind)];
    if (!mentions.empty()) json["mentions"][std::string(to_string(kind))] = mentions;
  }
  return json;
}

// The first lines of a body, each cut to a readable width.
std::string body_preview(const std::string& body) {
  constexpr std::size_t kLines = 3, kWidth = 100;
  std::string out;
  std::size_t start = 0;
  for (std::size_t line = 0; line < kLines && start < body.size(); ++line) {
    std::size_t end = std::min(body.find('\n', start), body.size());
    std::string text = body.substr(start, end - start);
    if (text.size() > kWidth) text = text.substr(0, kWidth) + "…";
    out += fmt::format("  | {}\n", text);
    start = end + 1;
  }
  if (start < body.size()) out += "  | …\n";
  return out;
}

void print_text(const Article& a) {
  fmt::print("{}{} [{}]\n", escape_bytes(a.path), a.record ? fmt::format(":{}", *a.record) : "",
             a.format);
  auto field = [](std::string_view name, const std::string& value) {
    if (!value.empty()) fmt::print("  {:<9} {}\n", fmt::format("{}:", name), value);
  };
  for (ArticleField f : kInspectFields) {
    const ArticleFieldSpec& s = spec(f);
    if (s.provenance || f == ArticleField::DateSource) continue; // on the first line, by the date
    if (f == ArticleField::Body || f == ArticleField::Entities) continue; // blocks, below
    if (f == ArticleField::Date)
      field(s.name, a.date
                        ? fmt::format("{} ({})", format_iso8601(*a.date), to_string(a.date_source))
                        : "undated: no date filter finds it");
    else
      field(s.name, field_text(a, f));
  }
  for (EntityKind kind : kEntityKinds) {
    std::string names;
    for (const std::string& name : a.entities.of(kind))
      names += (names.empty() ? "" : "; ") + name;
    field(to_string(kind), names);
  }
  fmt::print("  body:     {} characters\n{}\n", a.body.size(), body_preview(a.body));
}

// For --explain: how an HTML page's body was chosen, its text read again as
// read_articles reads it (decompressed, decoded).
// With jsonl, on stderr: stdout stays one article a line.
void print_explanation(const fs::path& file, const ReadOptions& options, OutputFormat format) {
  InputStream input(file, options.max_file_size);
  std::string text = input.rest();
  decode_to_utf8(text);
  std::fflush(stdout);
  fmt::print(format == OutputFormat::Jsonl ? stderr : stdout, "how the body was chosen:\n{}",
             explain_html_page(text));
}

// Problems as add tells them, on stderr, each after the articles before it;
// errors counted for the exit status.
class PrintedProblems : public ProblemSink {
public:
  void problem(const Problem& problem) override {
    if (problem.is_error()) ++errors_;
    std::fflush(stdout); // keep messages next to the articles they are about
    std::cerr << format_problem(problem) << '\n';
  }
  unsigned errors() const { return errors_; }

private:
  unsigned errors_ = 0;
};

} // namespace

int run_inspect_command(const std::vector<std::string>& args) {
  const std::optional<InspectOptions> parsed = parse_inspect_options(args);
  if (!parsed) return 0;
  PrintedProblems problems;
  // The ignore rules of add and sync (without a database's exclusions).
  const WalkedFiles walked = walk_files(parsed->paths, {}, walk_rules(config_file(), {}), problems);
  if (!walked.skipped.empty())
    fmt::print(stderr, "news-index: {} skipped by rules (inspect names the files to read them)\n",
               walked.skipped.size());
  for (const fs::path& file : walked.files) {
    try {
      FileArticles read = read_articles(file, parsed->read);
      for (Article& article : read.articles) // as add does
        analyse_article(article, read.source, parsed->read);
      for (const Problem& problem : read.problems)
        problems.problem(problem);
      for (const Article& article : read.articles) {
        if (parsed->format == OutputFormat::Jsonl)
          fmt::print("{}\n",
                     article_json(article).dump(-1, ' ', false, Json::error_handler_t::replace));
        else
          print_text(article);
      }
      if (parsed->explain && read.source.format.starts_with("html"))
        print_explanation(file, parsed->read, parsed->format);
    } catch (const InputError& e) {
      problems.problem(e.problem(file.string()));
    }
  }
  return static_cast<int>(problems.errors() == 0 ? ExitCode::Ok : ExitCode::InputFailed);
}

} // namespace news
