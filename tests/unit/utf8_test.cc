#include "common/utf8.hh"

#include <string>

#include <doctest/doctest.h>
#include <xapian.h>

using namespace news;

TEST_SUITE("utf8") {
  TEST_CASE("UTF-8 validation") {
    CHECK(is_valid_utf8("plain ASCII"));
    CHECK(is_valid_utf8("Zürich – 北京 😀"));
    CHECK(is_valid_utf8(""));
    CHECK_FALSE(is_valid_utf8("caf\xE9"));          // Latin-1 é
    CHECK_FALSE(is_valid_utf8("\xC0\xAF"));         // overlong '/'
    CHECK_FALSE(is_valid_utf8("\xE0\x80\xAF"));     // overlong '/' in three bytes
    CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));     // surrogate
    CHECK_FALSE(is_valid_utf8("\xE2\x80"));         // truncated
    CHECK_FALSE(is_valid_utf8("\xF4\x90\x80\x80")); // past U+10FFFF
    CHECK_FALSE(is_valid_utf8("\x80z"));            // a stray continuation byte
    CHECK(is_valid_utf8("\xF4\x8F\xBF\xBF"));       // U+10FFFF itself
    CHECK(is_valid_utf8("\xED\x9F\xBF"));           // U+D7FF, just below the surrogates
  }

  TEST_CASE("the length of the well-formed sequence at a byte") {
    const std::string text = "aé€😀\xE9";
    CHECK(utf8_sequence_length(text, 0) == 1);
    CHECK(utf8_sequence_length(text, 1) == 2);
    CHECK(utf8_sequence_length(text, 2) == 0); // a continuation byte starts none
    CHECK(utf8_sequence_length(text, 3) == 3);
    CHECK(utf8_sequence_length(text, 6) == 4);
    CHECK(utf8_sequence_length(text, 10) == 0); // Latin-1 é at the end
  }

  TEST_CASE("a character's start: back over continuation bytes, never before the text") {
    const std::string text = "aé€";
    CHECK(utf8_character_start(text, 0) == 0);
    CHECK(utf8_character_start(text, 2) == 1);
    CHECK(utf8_character_start(text, 3) == 3);
    CHECK(utf8_character_start(text, 5) == 3);
    CHECK(utf8_character_start(text, text.size()) == text.size());
    CHECK(utf8_character_start("\x80\x80", 1) == 0);
    CHECK(is_utf8_continuation('\xA9'));
    CHECK_FALSE(is_utf8_continuation('\xC3'));
    CHECK_FALSE(is_utf8_continuation('a'));
  }

  // Word splitting must read bytes as the TermGenerator and the QueryParser
  // do: every two bytes, followed by continuation bytes or not, are read to
  // the same characters as Xapian's own iterator reads them.
  TEST_CASE("characters are read as Xapian reads them, valid or not") {
    for (unsigned first = 0; first < 256; ++first) {
      for (unsigned second = 0; second < 256; ++second) {
        for (const std::string tail : {"", "\x80", "\x80\x80", "\xBFz"}) {
          const std::string text =
              std::string{static_cast<char>(first), static_cast<char>(second)} + tail;
          std::string ours, xapians;
          for (std::size_t at = 0; at < text.size();) {
            const Utf8Character c = utf8_character_at(text, at);
            REQUIRE(c.size > 0);
            append_utf8(ours, c.code);
            at += c.size;
          }
          for (Xapian::Utf8Iterator it(text); it != Xapian::Utf8Iterator(); ++it)
            Xapian::Unicode::append_utf8(xapians, *it);
          if (ours != xapians) FAIL_CHECK("bytes " << first << " " << second << " " << tail);
        }
      }
    }
    CHECK(utf8_character_at("caf\xE9", 3).code == 0xE9); // Latin-1, one byte
    CHECK(utf8_character_at("caf\xE9", 3).size == 1);
    CHECK(utf8_character_at("\xE2\x82\xAC", 0).code == 0x20AC);
    CHECK(utf8_character_at("\xE2\x82\xAC", 0).size == 3);
    CHECK(utf8_character_at("\xE2\x82", 0).size == 1); // truncated: the lead byte alone
  }

  TEST_CASE("code points are appended in UTF-8") {
    std::string out;
    for (const unsigned code : {0x41u, 0xE9u, 0x20ACu, 0x1F600u})
      append_utf8(out, code);
    CHECK(out == "Aé€😀");
  }
}
