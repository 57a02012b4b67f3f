#include "indexer/readers/encoding.hh"

#include <doctest/doctest.h>

#include "common/text_normalize.hh"
#include "common/utf8.hh"
#include "indexer/read_articles.hh"
#include "tests/unit/temp_dir.hh"

using namespace news;
using news::test::TempDir;
namespace fs = std::filesystem;

namespace {

FileArticles read_file(const fs::path& file) {
  ReadOptions options;
  options.extract_entities = false;
  return read_articles(file, options);
}

// UTF-16 or UTF-32 code units of code points, with a byte-order mark: written
// here by hand, not by the iconv under test.
std::string wide(std::u32string_view text, int unit, bool big_endian) {
  std::string out;
  auto put = [&](std::uint32_t value) {
    for (int i = 0; i < unit; ++i) {
      const int shift = 8 * (big_endian ? unit - 1 - i : i);
      out += static_cast<char>((value >> shift) & 0xFF);
    }
  };
  put(0xFEFF);
  for (char32_t c : text) {
    if (unit == 2 && c > 0xFFFF) {
      put(0xD800 + ((c - 0x10000) >> 10));
      put(0xDC00 + ((c - 0x10000) & 0x3FF));
    } else {
      put(c);
    }
  }
  return out;
}

struct Legacy {
  const char* label;
  std::string title; // in the charset
  std::string body;
  const char* title_utf8;
  const char* body_utf8;
};

// The same words as Python's codecs write them (`"Привет, мир".encode("koi8-r")`).
const Legacy kLegacy[] = {
    {"KOI8-R", "\xF0\xD2\xC9\xD7\xC5\xD4\x2C\x20\xCD\xC9\xD2",
     "\xEE\xCF\xD7\xCF\xD3\xD4\xC9\x20\xC4\xCE\xD1", "Привет, мир", "Новости дня"},
    {"Big5", "\xA5\x78\xA5\x5F\xB7\x73\xBB\x44", "\xA4\xB5\xA4\xD1\xA4\xD1\xAE\xF0\xAB\xDC\xA6\x6E",
     "台北新聞", "今天天氣很好"},
    {"EUC-JP", "\xC5\xEC\xB5\xFE\xA4\xCE\xA5\xCB\xA5\xE5\xA1\xBC\xA5\xB9",
     "\xBA\xA3\xC6\xFC\xA4\xCF\xC0\xB2\xA4\xEC\xA4\xC7\xA4\xB9", "東京のニュース",
     "今日は晴れです"},
    {"EUC-KR", "\xBC\xAD\xBF\xEF\x20\xB4\xBA\xBD\xBA",
     "\xBF\xC0\xB4\xC3\x20\xB3\xAF\xBE\xBE\xB0\xA1\x20\xC1\xC1\xBD\xC0\xB4\xCF\xB4\xD9",
     "서울 뉴스", "오늘 날씨가 좋습니다"},
    {"GB2312", "\xB1\xB1\xBE\xA9\xD0\xC2\xCE\xC5",
     "\xBD\xF1\xCC\xEC\xCC\xEC\xC6\xF8\xBA\xDC\xBA\xC3", "北京新闻", "今天天气很好"},
    {"Shift_JIS", "\x91\xE5\x8D\xE3\x82\xCC\x83\x6A\x83\x85\x81\x5B\x83\x58",
     "\x8D\xA1\x93\xFA\x82\xCD\x90\xB0\x82\xEA\x82\xC5\x82\xB7", "大阪のニュース",
     "今日は晴れです"},
};

} // namespace

TEST_SUITE("encoding") {
  TEST_CASE("byte-order marks, UTF-32 told from UTF-16") {
    CHECK(std::string(byte_order_mark("\xEF\xBB\xBFx")->charset) == "UTF-8");
    CHECK(std::string(byte_order_mark("\xFF\xFEx\0")->charset) == "UTF-16LE");
    CHECK(std::string(byte_order_mark("\xFE\xFF\0x")->charset) == "UTF-16BE");
    CHECK(std::string(byte_order_mark(std::string_view("\xFF\xFE\0\0", 4))->charset) == "UTF-32LE");
    CHECK(std::string(byte_order_mark(std::string_view("\0\0\xFE\xFF", 4))->charset) == "UTF-32BE");
    CHECK_FALSE(byte_order_mark("plain"));
    CHECK(has_wide_byte_order_mark("\xFE\xFF\0x"));
    CHECK_FALSE(has_wide_byte_order_mark("\xEF\xBB\xBFx"));
  }

  TEST_CASE("the declared charset: XML declaration, meta charset, meta http-equiv") {
    CHECK(declared_charset("<?xml version=\"1.0\" encoding=\"KOI8-R\"?><rss/>") == "koi8-r");
    CHECK(declared_charset(" <?xml version='1.0' encoding = 'euc-jp' ?>") == "euc-jp");
    CHECK(declared_charset("<!doctype html><html><head><META CHARSET=Big5>") == "big5");
    CHECK(declared_charset("<html><meta name=\"description\" content=\"charset talk\">"
                           "<meta http-equiv=\"Content-Type\" content=\"text/html; "
                           "charset=Shift_JIS\">") == "shift_jis");
    CHECK(declared_charset("<?xml version=\"1.0\"?><rss/>").empty());
    CHECK(declared_charset("{\"body\": \"<meta charset=koi8-r>\"}").empty());
  }

  TEST_CASE("iconv conversion: unknown charsets, bad bytes") {
    CHECK_FALSE(convert_to_utf8("abc", "NO-SUCH-CHARSET"));
    const std::optional<Converted> koi8 = convert_to_utf8("\xF0\xD2\xC9", "KOI8-R");
    REQUIRE(koi8);
    CHECK(koi8->text == "При");
    CHECK_FALSE(koi8->lossy);
    const std::optional<Converted> cut = convert_to_utf8("a\xC5\xECz\xC5", "EUC-JP");
    REQUIRE(cut);
    CHECK(cut->text == "a東z\xEF\xBF\xBD");
    CHECK(cut->lossy);
  }

  TEST_CASE("bug: declared encodings are ignored") {
    TempDir dir;
    for (const Legacy& legacy : kLegacy) {
      CAPTURE(legacy.label);
      REQUIRE_FALSE(is_valid_utf8(legacy.title + legacy.body)); // else nothing is tested
      const std::string feed = std::string("<?xml version=\"1.0\" encoding=\"") + legacy.label +
                               "\"?>\n<rss version=\"2.0\"><channel><title>F</title><item><title>" +
                               legacy.title + "</title><description>" + legacy.body +
                               "</description></item></channel></rss>\n";
      const std::string page = std::string("<!DOCTYPE html><html><head><meta charset=\"") +
                               legacy.label + "\"><title>" + legacy.title +
                               "</title></head><body><article><p>" + legacy.body +
                               "</p></article></body></html>\n";
      const std::string equiv = std::string("<html><head><meta http-equiv=\"Content-Type\" "
                                            "content=\"text/html; charset=") +
                                legacy.label + "\"></head><body><h1>" + legacy.title + "</h1><p>" +
                                legacy.body + "</p></body></html>\n";
      for (const auto& [name, text] : {std::pair{"feed.rss", feed}, std::pair{"page.html", page},
                                       std::pair{"equiv.html", equiv}}) {
        CAPTURE(name);
        const FileArticles read = read_file(dir.write(name, text));
        REQUIRE(read.articles.size() == 1);
        CHECK(read.articles[0].title == legacy.title_utf8);
        CHECK(read.articles[0].body == legacy.body_utf8);
        CHECK(read.problems.empty());
      }
    }
  }

  TEST_CASE("bug: UTF-16 and UTF-32 files are rejected as binary") {
    TempDir dir;
    const std::u32string text = U"Título 北京\r\n\r\nCuerpo del artículo, 😀 incluido.\r\n";
    const std::u32string feed = U"<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<rss><channel>"
                                U"<item><title>Zürich</title><description>Größe &amp; "
                                U"caf&eacute;</description></item></channel></rss>";
    for (const auto& [unit, big_endian] :
         {std::pair{2, false}, std::pair{2, true}, std::pair{4, false}, std::pair{4, true}}) {
      CAPTURE(unit);
      CAPTURE(big_endian);
      const FileArticles plain = read_file(dir.write("wide.txt", wide(text, unit, big_endian)));
      REQUIRE(plain.articles.size() == 1);
      CHECK(plain.articles[0].title == "Título 北京");
      CHECK(plain.articles[0].body == "Cuerpo del artículo, 😀 incluido.");
      CHECK(plain.problems.empty());
      const FileArticles rss = read_file(dir.write("wide.rss", wide(feed, unit, big_endian)));
      REQUIRE(rss.articles.size() == 1);
      CHECK(rss.articles[0].title == "Zürich");
      CHECK(rss.articles[0].body == "Größe & café");
      const FileArticles lines = read_file(dir.write(
          "wide.jsonl", wide(U"{\"title\": \"Köln\"}\n{\"title\": \"東京\"}\n", unit, big_endian)));
      REQUIRE(lines.articles.size() == 2);
      CHECK(lines.source.format == "jsonl");
      CHECK(lines.articles[0].title == "Köln");
      CHECK(lines.articles[1].title == "東京");
    }
  }

  TEST_CASE("valid UTF-8 wins over a stale declaration, unknown charsets fall back") {
    TempDir dir;
    // Saved pages keep their old <meta charset> (readability-pages/qq: gb2312, in UTF-8).
    FileArticles read = read_file(dir.write(
        "saved.html", "<html><head><meta charset=\"gb2312\"></head><body><p>北京新闻</p></body>"
                      "</html>"));
    REQUIRE(read.articles.size() == 1);
    CHECK(read.articles[0].body == "北京新闻");
    CHECK(read.problems.empty());
    read = read_file(dir.write("unknown.rss", "<?xml version=\"1.0\" encoding=\"x-klingon\"?>"
                                              "<rss><item><title>Caf\xE9</title></item></rss>"));
    REQUIRE(read.articles.size() == 1);
    CHECK(read.articles[0].title == "Café");
    REQUIRE(read.problems.size() == 1);
    CHECK(read.problems[0].message ==
          "unknown charset \"x-klingon\" declared: read as Windows-1252");
    // Latin-1 declared is read as Windows-1252, as browsers do, without a warning.
    read = read_file(dir.write("latin1.rss", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>"
                                             "<rss><item><title>\x93"
                                             "Caf\xE9\x94</title></item></rss>"));
    REQUIRE(read.articles.size() == 1);
    CHECK(read.articles[0].title == "“Café”");
    CHECK(read.problems.empty());
  }
}
