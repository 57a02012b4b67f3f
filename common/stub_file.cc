#include "common/stub_file.hh"

#include <charconv>
#include <fstream>
#include <stdexcept>

#include <fmt/core.h>

#include "common/error.hh"

namespace news {

namespace {

// A stub file is a few lines; anything much larger is not one.
constexpr std::uintmax_t kMaxStubBytes = 1 << 20;

std::string trim(const std::string& s) {
  const auto first = s.find_first_not_of(" \t\r");
  if (first == std::string::npos) return {};
  const auto last = s.find_last_not_of(" \t\r");
  return s.substr(first, last - first + 1);
}

bool skipped(const std::string& line) { return line.empty() || line.front() == '#'; }

ShardSpec parse_remote(const std::string& rest) {
  ShardSpec spec;
  if (rest.front() == ':') {
    spec.kind = ShardSpec::Kind::Program;
    const std::string command = trim(rest.substr(1));
    const auto space = command.find_first_of(" \t");
    spec.program = command.substr(0, space);
    if (space != std::string::npos) spec.args = trim(command.substr(space));
    if (spec.program.empty()) throw std::invalid_argument("'remote :' names no program");
    return spec;
  }
  spec.kind = ShardSpec::Kind::Tcp;
  const auto colon = rest.rfind(':');
  if (colon == std::string::npos || colon == 0)
    throw std::invalid_argument(fmt::format("'remote {}' is neither HOST:PORT nor :PROGRAM", rest));
  spec.host = rest.substr(0, colon);
  const std::string port = rest.substr(colon + 1);
  unsigned value = 0;
  const auto [end, ec] = std::from_chars(port.data(), port.data() + port.size(), value);
  if (ec != std::errc{} || end != port.data() + port.size() || value == 0 || value > 65535)
    throw std::invalid_argument(fmt::format("'{}' is not a port (1-65535)", port));
  spec.port = value;
  return spec;
}

} // namespace

std::string ShardSpec::describe() const {
  switch (kind) {
  case Kind::Local:
    return path.string();
  case Kind::Tcp:
    return fmt::format("{}:{}", host, port);
  case Kind::Program:
    return args.empty() ? ":" + program : fmt::format(":{} {}", program, args);
  }
  return {};
}

std::string ShardSpec::stub_line() const {
  return kind == Kind::Local ? "auto " + path.string() : "remote " + describe();
}

ShardSpec parse_stub_line(const std::string& line, const std::filesystem::path& base) {
  const std::string text = trim(line);
  const auto space = text.find_first_of(" \t");
  const std::string type = text.substr(0, space);
  const std::string rest = space == std::string::npos ? std::string{} : trim(text.substr(space));
  if (type != "auto" && type != "glass" && type != "chert" && type != "remote")
    throw std::invalid_argument(
        fmt::format("unknown database type '{}' (expected auto, glass, chert or remote)", type));
  if (rest.empty()) throw std::invalid_argument(fmt::format("'{}' names no database", type));
  if (type == "remote") return parse_remote(rest);
  ShardSpec spec;
  spec.path = std::filesystem::path(rest).is_absolute() ? std::filesystem::path(rest) : base / rest;
  spec.path = spec.path.lexically_normal();
  return spec;
}

bool is_stub_file(const std::filesystem::path& path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec) ||
      std::filesystem::file_size(path, ec) > kMaxStubBytes)
    return false;
  std::ifstream in(path, std::ios::binary);
  std::string line;
  bool any = false;
  while (std::getline(in, line)) {
    line = trim(line);
    if (skipped(line)) continue;
    const std::string type = line.substr(0, line.find_first_of(" \t"));
    if (type != "auto" && type != "glass" && type != "chert" && type != "remote") return false;
    any = true;
  }
  return any;
}

std::vector<ShardSpec> read_stub_file(const std::filesystem::path& path) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  if (ec)
    throw Error(ErrorKind::Database,
                fmt::format("{}: cannot read the stub file: {}", path.string(), ec.message()));
  if (size > kMaxStubBytes)
    throw Error(ErrorKind::Database,
                fmt::format("{}: not a stub file (over 1 MiB)", path.string()));
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw Error(ErrorKind::Database, fmt::format("{}: cannot read the stub file", path.string()));
  const std::filesystem::path base = std::filesystem::absolute(path).parent_path();
  std::vector<ShardSpec> shards;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (skipped(trim(line))) continue;
    try {
      shards.push_back(parse_stub_line(line, base));
    } catch (const std::invalid_argument& e) {
      throw Error(ErrorKind::Database, fmt::format("{}:{}: {}", path.string(), number, e.what()));
    }
  }
  if (shards.empty())
    throw Error(ErrorKind::Database,
                fmt::format("{}: the stub file lists no database", path.string()));
  return shards;
}

void write_stub_file(const std::filesystem::path& path, const std::vector<ShardSpec>& shards) {
  const std::filesystem::path temporary = path.string() + ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << "# Xapian stub database file: one shard per line (see xapian's \"stub databases\").\n";
    for (const ShardSpec& shard : shards)
      out << shard.stub_line() << '\n';
    out.flush();
    if (!out)
      throw Error(ErrorKind::Failure,
                  fmt::format("{}: cannot write the stub file", temporary.string()));
  }
  std::filesystem::rename(temporary, path);
}

} // namespace news
