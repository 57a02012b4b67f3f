#include "common/msgpack_reader.hh"

#include <string>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using namespace news;

namespace {

std::string packed(const nlohmann::json& json) {
  const std::vector<std::uint8_t> bytes = nlohmann::json::to_msgpack(json);
  return std::string(bytes.begin(), bytes.end());
}

} // namespace

TEST_SUITE("msgpack_reader") {
  TEST_CASE("reads what nlohmann::json writes, at every width") {
    const std::string long_text(70000, 'x'); // str32
    const nlohmann::json json = {"short",
                                 std::string(40, 'y'),
                                 std::string(300, 'z'),
                                 long_text,
                                 0,
                                 127,
                                 255,
                                 65535,
                                 4294967296ull,
                                 -1,
                                 -33,
                                 -200,
                                 -40000,
                                 -5000000000ll};
    const std::string bytes = packed(json);
    MsgpackReader r(bytes);
    REQUIRE(r.read_array() == json.size());
    CHECK(r.read_string() == "short");
    CHECK(r.read_string() == std::string(40, 'y'));
    CHECK(r.read_string() == std::string(300, 'z'));
    CHECK(r.read_string() == long_text);
    CHECK(r.read_uint() == 0u);
    CHECK(r.read_uint() == 127u);
    CHECK(r.read_uint() == 255u);
    CHECK(r.read_uint() == 65535u);
    CHECK(r.read_int() == 4294967296ll);
    CHECK(r.read_int() == -1);
    CHECK(r.read_int() == -33);
    CHECK(r.read_int() == -200);
    CHECK(r.read_int() == -40000);
    CHECK(r.read_int() == -5000000000ll);
    CHECK(r.at_end());
    CHECK_FALSE(r.failed());
  }

  TEST_CASE("a value of another type is skipped whole, nested or not") {
    const nlohmann::json json = {
        {"a", {{"deep", {1, 2.5, nullptr, true, {{"x", "y"}}}}}}, {"b", -7}, {"c", "text"}};
    const std::string bytes = packed(json);
    MsgpackReader r(bytes);
    REQUIRE(r.read_map() == 3u);
    CHECK(r.read_string() == "a");
    CHECK_FALSE(r.read_string().has_value()); // a map: skipped
    CHECK(r.read_string() == "b");
    CHECK_FALSE(r.read_uint().has_value()); // negative
    CHECK(r.read_string() == "c");
    CHECK_FALSE(r.read_int().has_value()); // a string
    CHECK(r.at_end());
    CHECK_FALSE(r.failed());
  }

  TEST_CASE("truncated or malformed bytes fail, and stay failed") {
    const std::string bytes = packed({{"title", "a headline"}});
    MsgpackReader cut(std::string_view(bytes).substr(0, bytes.size() - 3));
    REQUIRE(cut.read_map() == 1u);
    CHECK(cut.read_string() == "title");
    CHECK_FALSE(cut.read_string().has_value());
    CHECK(cut.failed());
    CHECK_FALSE(cut.read_string().has_value());

    MsgpackReader unused("\xc1");
    CHECK_FALSE(unused.read_map().has_value());
    CHECK(unused.failed());

    // A map claiming more entries than there are bytes.
    MsgpackReader huge(std::string_view("\xdf\xff\xff\xff\xff\x01", 6));
    CHECK_FALSE(huge.read_map().has_value());
    CHECK(huge.failed());

    MsgpackReader empty("");
    CHECK_FALSE(empty.read_map().has_value());
    CHECK(empty.failed());
  }
}
