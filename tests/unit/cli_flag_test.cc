#include "common/cli_flag.hh"

#include <doctest/doctest.h>

#include "common/cli_options.hh"

using namespace news;
namespace po = boost::program_options;

namespace {

enum class Shade { Light, Dark, Dim };
constexpr std::array<Choice<Shade>, 3> kShades{
    {{"light", Shade::Light}, {"dark", Shade::Dark}, {"dim", Shade::Dim}}};
constexpr ChoiceFlag<Shade> kShadeMustBe{
    {"shade,s", "light, dark or dim"}, kShades, Refusal::MustBe, "paint: "};
constexpr ChoiceFlag<Shade> kShadeUnknown{
    {"shade,s", "light, dark or dim"}, kShades, Refusal::UnknownValue};
constexpr Switch kLoud{"loud,l", "say it loud"};
constexpr Flag<unsigned> kCount{"count", "how many"};
constexpr Flag<std::string> kName{"name", "what to call it"};

po::variables_map parsed(const po::options_description& options,
                         const std::vector<std::string>& args) {
  po::variables_map vm;
  po::store(po::command_line_parser(args).options(options).run(), vm);
  po::notify(vm);
  return vm;
}

std::string refusal(const po::variables_map& vm, const ChoiceFlag<Shade>& flag) {
  try {
    chosen(vm, flag);
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::Usage);
    return e.what();
  }
  FAIL("the word was taken");
  return "";
}

} // namespace

TEST_SUITE("command-line flags") {
  TEST_CASE("a flag is declared under its names and read back through its definition") {
    po::options_description options;
    declare(options, kLoud, kCount, kName, kShadeMustBe);
    const po::variables_map vm = parsed(options, {"-l", "--count", "3", "-s", "dim"});
    CHECK(is_on(vm, kLoud));
    CHECK(given(vm, kCount) == 3u);
    CHECK(chosen(vm, kShadeMustBe) == Shade::Dim);
    // Not given: no value, even for a switch (which Boost stores as false).
    const po::variables_map none = parsed(options, {});
    CHECK_FALSE(is_on(none, kLoud));
    CHECK_FALSE(given(none, kCount));
    CHECK_FALSE(chosen(none, kShadeMustBe));
    // Given empty is given.
    CHECK(given(parsed(options, {"--name", ""}), kName) == "");
  }

  TEST_CASE("a word that is not a choice is refused in the executable's wording") {
    po::options_description options;
    declare(options, kShadeMustBe);
    const po::variables_map vm = parsed(options, {"--shade", "red"});
    CHECK(refusal(vm, kShadeMustBe) == "paint: --shade must be light, dark or dim, not 'red'");
    CHECK(refusal(vm, kShadeUnknown) == "--shade: unknown value 'red' (expected light, dark, dim)");
  }

  TEST_CASE("the long name and another help line") {
    CHECK(long_name("format,f") == "format");
    CHECK(long_name("db") == "db");
    constexpr Flag<std::string> brief = with_help(kDbOption, "index location");
    CHECK(std::string(brief.names) == "db");
    CHECK(std::string(brief.help) == "index location");
  }

  TEST_CASE("a command's formats are a choice of the output formats, in its order") {
    constexpr auto formats = format_choices({OutputFormat::Jsonl, OutputFormat::Text});
    CHECK(formats[0].word == "jsonl");
    CHECK(formats[0].value == OutputFormat::Jsonl);
    CHECK(formats[1].word == "text");
    for (std::size_t i = 0; i < kOutputFormats.size(); ++i)
      CHECK(static_cast<std::size_t>(kOutputFormats[i].value) ==
            i); // format_choices indexes by value
  }
}
