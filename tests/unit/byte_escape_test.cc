#include "common/byte_escape.hh"

#include <doctest/doctest.h>

using namespace news;

TEST_SUITE("byte_escape") {
  TEST_CASE("text and valid UTF-8 are shown as they are") {
    CHECK(escape_bytes("/archive/2024/reuters-1.jsonl") == "/archive/2024/reuters-1.jsonl");
    CHECK(escape_bytes("/archive/Zürich/séisme €") == "/archive/Zürich/séisme €");
    CHECK(escape_bytes("emoji \xF0\x9F\x93\xB0") == "emoji \xF0\x9F\x93\xB0");
  }

  TEST_CASE("bytes that are not UTF-8 and control bytes are escaped, on one line") {
    CHECK(escape_bytes("archive/r\xff") == "archive/r\\xff");
    CHECK(escape_bytes("caf\xe9.txt") == "caf\\xe9.txt"); // Latin-1
    CHECK(escape_bytes("a\nb\r\tc") == "a\\nb\\r\\tc");
    CHECK(escape_bytes(std::string("nul\0bell\x07 del\x7f", 14)) == "nul\\x00bell\\x07 del\\x7f");
    CHECK(escape_bytes("back\\slash") == "back\\\\slash");
    // Overlong forms, surrogates, truncated sequences and stray continuations.
    CHECK(escape_bytes("\xC0\xAF") == "\\xc0\\xaf");
    CHECK(escape_bytes("\xED\xA0\x80") == "\\xed\\xa0\\x80");
    CHECK(escape_bytes("\xE2\x82") == "\\xe2\\x82");
    CHECK(escape_bytes("\x80z") == "\\x80z");
    CHECK(escape_bytes("\xF4\x90\x80\x80") == "\\xf4\\x90\\x80\\x80"); // past U+10FFFF
  }

  TEST_CASE("unescaping gives every byte string back") {
    std::string all;
    for (int b = 0; b < 256; ++b)
      all += static_cast<char>(b);
    for (const std::string& bytes :
         {all, std::string("a\nb"), std::string("r\xff/caf\xe9"), std::string("x\\y\\n"),
          std::string("Zürich\xC3"), std::string()}) {
      const std::string shown = escape_bytes(bytes);
      CHECK(shown.find('\n') == std::string::npos);
      REQUIRE(unescape_bytes(shown).has_value());
      CHECK(*unescape_bytes(shown) == bytes);
    }
  }

  TEST_CASE("what escape_bytes cannot have made is refused") {
    CHECK_FALSE(unescape_bytes("trailing\\").has_value());
    CHECK_FALSE(unescape_bytes("\\q").has_value());
    CHECK_FALSE(unescape_bytes("\\x4").has_value());
    CHECK_FALSE(unescape_bytes("\\xzz").has_value());
  }
}
