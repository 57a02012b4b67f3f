// Xapian's stub database files: one line per database a search spans.
//
// A stub file is Xapian's own format (xapian-core's "stub databases"): blank
// lines and lines starting with '#' are skipped, every other line is
//   auto PATH | glass PATH | chert PATH   a local database (relative to the stub's folder)
//   remote HOST:PORT                       a database served by xapian-tcpsrv
//   remote :PROGRAM ARGS                   one served by xapian-progsrv over a pipe
// This file reads one into ShardSpecs, so that each shard can be opened,
// checked and named on its own (Xapian opening a stub itself would hide
// which shard failed, and answer metadata from the first one only).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace news {

/** One database a search or an index spans. */
struct ShardSpec {
  enum class Kind { Local, Tcp, Program };
  Kind kind = Kind::Local;
  std::filesystem::path path; /**< Local: the database folder (absolute when read from a stub) */
  std::string host;           /**< Tcp */
  unsigned port = 0;          /**< Tcp */
  std::string program;        /**< Program: the command, then its arguments */
  std::string args;

  bool remote() const { return kind != Kind::Local; }
  /** As a user reads it in a message: the path, "HOST:PORT" or ":PROGRAM ARGS". */
  std::string describe() const;
  /** Its line in a stub file. */
  std::string stub_line() const;
  bool operator==(const ShardSpec&) const = default;
};

/**
 * True when `path` is a regular file that looks like a stub file: small,
 * text, and every line that is not blank or a comment starts with one of
 * the types above. A Xapian database is a folder, so never one.
 */
bool is_stub_file(const std::filesystem::path& path);

/**
 * The shards a stub file lists, in order. Throws news::Error (ErrorKind::Database)
 * naming `path:LINE` and the problem for a line that does not parse (an unknown
 * type, a missing path, a bad port), and for a file that lists none.
 */
std::vector<ShardSpec> read_stub_file(const std::filesystem::path& path);

/** Parses one line's text (no newline) of a stub file in folder `base`; throws
 * std::invalid_argument. */
ShardSpec parse_stub_line(const std::string& line, const std::filesystem::path& base);

/** Writes a stub file listing `shards` (replacing it atomically: a temporary file, then rename). */
void write_stub_file(const std::filesystem::path& path, const std::vector<ShardSpec>& shards);

} // namespace news
