#include "common/config_file.hh"

#include <doctest/doctest.h>

#include "common/error.hh"
#include "tests/unit/temp_dir.hh"

using namespace news;
using news::test::TempDir;

namespace {

ConfigFile read(const TempDir& dir, const std::string& text) {
  const auto file = dir.write("config.toml", text);
  return read_config_file({file.string(), "test"}, true);
}

// The one-line message of the error reading `text` raises.
std::string error_of(const TempDir& dir, const std::string& text) {
  try {
    read(dir, text);
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::Usage);
    return std::string(e.what());
  }
  FAIL("no error");
  return {};
}

} // namespace

TEST_SUITE("config_file") {
  TEST_CASE("settings keep the line they were written on") {
    TempDir dir;
    const ConfigFile config = read(dir, "database = \"/srv/idx\"\n"
                                        "language = \"en\"\n"
                                        "ignore = [\"*.bak\",\n  \"drafts/\"]\n"
                                        "\n[[root]]\n"
                                        "path = \"archive\"\n"
                                        "map = { body = \"story_text\" }\n"
                                        "max-file-size = 80\n"
                                        "no-entities = true\n"
                                        "file-dates = false\n");
    const std::string file = (dir.path / "config.toml").string();
    CHECK(config.exists);
    REQUIRE(config.database);
    CHECK(config.database->value == "/srv/idx");
    CHECK(config.database->origin == file + ":1");
    CHECK(config.language->value == "en");
    REQUIRE(config.ignore.size() == 2);
    CHECK(config.ignore[1].value == "drafts/");
    CHECK(config.ignore[1].origin == file + ":4");
    REQUIRE(config.roots.size() == 1);
    const ConfiguredRoot& root = config.roots.front();
    CHECK(root.path.value == (dir.path / "archive").string()); // relative to the file's folder
    CHECK(root.read_options.at("map").values == std::vector<std::string>{"body=story_text"});
    CHECK(root.read_options.at("map").origin == file + ":8");
    CHECK(root.read_options.at("max-file-size").values == std::vector<std::string>{"80"});
    CHECK(root.read_options.at("no-entities").values.empty());
    CHECK_FALSE(root.read_options.contains("file-dates")); // false: not given
  }

  TEST_CASE("~/ is the home folder") {
    TempDir dir;
    setenv("HOME", dir.path.c_str(), 1);
    CHECK(read(dir, "database = \"~/idx/\"\n").database->value == (dir.path / "idx").string());
  }

  TEST_CASE("errors are one line naming the file, the line and the problem") {
    TempDir dir;
    const std::string file = (dir.path / "config.toml").string();
    CHECK(error_of(dir, "\n\ndatabse = \"x\"\n") ==
          file + ":3: unknown key 'databse' (known: database, language, ignore, root)");
    CHECK(error_of(dir, "[[root]]\npath = \"/a\"\nmapp = [\"a=b\"]\n") ==
          file + ":3: unknown key 'mapp' in [[root]] (known: path, ignore, file-dates, map, "
                 "max-file-size, no-entities)");
    CHECK(error_of(dir, "database = 3\n") == file + ":1: 'database' must be a string");
    CHECK(error_of(dir, "[[root]]\nmap = []\n") == file + ":1: [[root]] without a 'path'");
    CHECK(error_of(dir, "[[root]]\npath = \"/a\"\nno-entities = \"yes\"\n") ==
          file + ":3: 'no-entities' must be true or false");
    CHECK(error_of(dir, "[root]\npath = \"/a\"\n").starts_with(file + ":1: 'root' must be tables"));
    const std::string syntax = error_of(dir, "database = \"x\"\nignore = [\n");
    CHECK(syntax.starts_with(file + ":"));
    CHECK(syntax.find('\n') == std::string::npos);
  }

  TEST_CASE("a file the user named must exist, the default one may not") {
    TempDir dir;
    const std::string missing = (dir.path / "none.toml").string();
    CHECK_THROWS_WITH_AS(read_config_file({missing, "--config"}, true),
                         (missing + ": no such config file (given by --config)").c_str(), Error);
    const ConfigFile none = read_config_file({missing, "default"}, false);
    CHECK_FALSE(none.exists);
    CHECK(none.roots.empty());
  }
}
