#include "indexer/readers/encoding.hh"

#include <array>
#include <cerrno>
#include <cstdint>

#include <fmt/core.h>
#include <iconv.h>

#include "common/ascii.hh"
#include "common/text_normalize.hh"
#include "common/utf8.hh"

namespace news {
namespace {

// Labels read as Windows-1252, as browsers do (WHATWG Encoding): Latin-1 and
// ASCII declarations mean it in practice.
constexpr std::array<std::string_view, 16> kWindows1252 = {
    "windows-1252", "cp1252", "x-cp1252",       "iso-8859-1",     "iso8859-1", "iso_8859-1",
    "latin1",       "l1",     "iso-ir-100",     "csisolatin1",    "cp819",     "ibm819",
    "us-ascii",     "ascii",  "ansi_x3.4-1968", "iso_8859-1:1987"};

// Labels for which browsers use a superset (WHATWG Encoding): iconv's plain
// SHIFT_JIS reads `\` as a yen sign, GB2312 pages hold GBK characters, EUC-KR
// pages hold UHC ones.
struct Superset {
  std::string_view label;
  const char* iconv_name;
};
constexpr std::array<Superset, 32> kSupersets = {{
    {"shift_jis", "CP932"},   {"shift-jis", "CP932"},       {"sjis", "CP932"},
    {"x-sjis", "CP932"},      {"ms_kanji", "CP932"},        {"csshiftjis", "CP932"},
    {"windows-31j", "CP932"}, {"ms932", "CP932"},           {"gb2312", "GB18030"},
    {"gbk", "GB18030"},       {"x-gbk", "GB18030"},         {"chinese", "GB18030"},
    {"csgb2312", "GB18030"},  {"iso-ir-58", "GB18030"},     {"gb_2312-80", "GB18030"},
    {"euc-cn", "GB18030"},    {"cp936", "GB18030"},         {"windows-936", "GB18030"},
    {"euc-kr", "CP949"},      {"ks_c_5601-1987", "CP949"},  {"ks_c_5601-1989", "CP949"},
    {"ksc5601", "CP949"},     {"ksc_5601", "CP949"},        {"korean", "CP949"},
    {"windows-949", "CP949"}, {"cseuckr", "CP949"},         {"iso-ir-149", "CP949"},
    {"big5", "BIG5-HKSCS"},   {"big5-hkscs", "BIG5-HKSCS"}, {"cn-big5", "BIG5-HKSCS"},
    {"csbig5", "BIG5-HKSCS"}, {"x-x-big5", "BIG5-HKSCS"},
}};

bool is_utf8_label(std::string_view label) {
  // A UTF-16 or UTF-32 declaration read in ASCII is wrong: browsers take UTF-8.
  return label == "utf-8" || label == "utf8" || label == "unicode-1-1-utf-8" ||
         label.starts_with("utf-16") || label.starts_with("utf-32") || label.starts_with("ucs-") ||
         label == "unicode";
}

std::string iconv_name(std::string_view label) {
  for (const Superset& superset : kSupersets)
    if (superset.label == label) return superset.iconv_name;
  return std::string(label);
}

// Bytes one undecodable unit takes: skipped on an error.
std::size_t unit_size(const std::string& charset) {
  if (charset.starts_with("UTF-16")) return 2;
  if (charset.starts_with("UTF-32")) return 4;
  return 1;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool is_label_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
         std::string_view("-_.:+").find(c) != std::string_view::npos;
}

// The label after `charset` at `at` in lowercase text: `charset = "koi8-r"`.
std::string label_after(std::string_view text, std::size_t at) {
  std::size_t i = at;
  while (i < text.size() && is_space(text[i]))
    ++i;
  if (i >= text.size() || text[i] != '=') return {};
  ++i;
  while (i < text.size() && (is_space(text[i]) || text[i] == '"' || text[i] == '\''))
    ++i;
  const std::size_t start = i;
  while (i < text.size() && is_label_char(text[i]))
    ++i;
  return std::string(text.substr(start, i - start));
}

std::string xml_declared_charset(std::string_view text) {
  const std::size_t end = text.substr(0, 1024).find("?>");
  if (end == std::string_view::npos) return {};
  const std::string declaration = to_lower(text.substr(0, end));
  const std::size_t at = declaration.find("encoding");
  return at == std::string::npos ? std::string{} : label_after(declaration, at + 8);
}

std::string meta_declared_charset(std::string_view text) {
  const std::string head = to_lower(text.substr(0, 1 << 16));
  for (std::size_t meta = head.find("<meta"); meta != std::string::npos;
       meta = head.find("<meta", meta + 5)) {
    const std::string_view tag = std::string_view(head).substr(meta, head.find('>', meta) - meta);
    for (std::size_t at = tag.find("charset"); at != std::string_view::npos;
         at = tag.find("charset", at + 7))
      if (std::string label = label_after(tag, at + 7); !label.empty()) return label;
  }
  return {};
}

} // namespace

std::optional<ByteOrderMark> byte_order_mark(std::string_view bytes) {
  if (bytes.starts_with(std::string_view("\xFF\xFE\x00\x00", 4))) return {{"UTF-32LE", 4}};
  if (bytes.starts_with(std::string_view("\x00\x00\xFE\xFF", 4))) return {{"UTF-32BE", 4}};
  if (bytes.starts_with("\xEF\xBB\xBF")) return {{"UTF-8", 3}};
  if (bytes.starts_with("\xFF\xFE")) return {{"UTF-16LE", 2}};
  if (bytes.starts_with("\xFE\xFF")) return {{"UTF-16BE", 2}};
  return std::nullopt;
}

bool has_wide_byte_order_mark(std::string_view bytes) {
  const std::optional<ByteOrderMark> bom = byte_order_mark(bytes);
  return bom && bom->length != 3;
}

std::string declared_charset(std::string_view text) {
  const std::size_t start = text.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos || text[start] != '<') return {};
  text.remove_prefix(start);
  if (text.starts_with("<?xml"))
    if (std::string label = xml_declared_charset(text); !label.empty()) return label;
  return meta_declared_charset(text);
}

std::optional<Converted> convert_to_utf8(std::string_view bytes, const std::string& charset) {
  iconv_t cd = iconv_open("UTF-8", charset.c_str());
  if (cd == reinterpret_cast<iconv_t>(static_cast<std::intptr_t>(-1))) return std::nullopt;
  const std::size_t unit = unit_size(charset);
  Converted out;
  out.text.resize(bytes.size() * 2 + 16);
  std::size_t used = 0;
  char* in = const_cast<char*>(bytes.data());
  std::size_t in_left = bytes.size();
  constexpr std::string_view kReplacement = "\xEF\xBF\xBD"; // U+FFFD
  for (;;) {
    char* to = out.text.data() + used;
    std::size_t to_left = out.text.size() - used;
    // A last call with no input flushes a stateful encoding's shift state.
    const std::size_t result = in_left > 0 ? iconv(cd, &in, &in_left, &to, &to_left)
                                           : iconv(cd, nullptr, nullptr, &to, &to_left);
    const int error = errno;
    used = out.text.size() - to_left;
    if (result != static_cast<std::size_t>(-1)) {
      if (in_left == 0) break;
      continue;
    }
    if (error == E2BIG) {
      out.text.resize(out.text.size() * 2);
      continue;
    }
    if (in_left == 0) break; // the flush failed: nothing left to convert
    // EILSEQ (a byte the charset has not) or EINVAL (cut short at the end).
    out.lossy = true;
    out.text.resize(std::max(out.text.size(), used + kReplacement.size()));
    out.text.replace(used, kReplacement.size(), kReplacement);
    used += kReplacement.size();
    const std::size_t skip = std::min(in_left, error == EILSEQ ? unit : in_left);
    in += skip;
    in_left -= skip;
  }
  iconv_close(cd);
  out.text.resize(used);
  return out;
}

std::optional<std::string> decode_to_utf8(std::string& bytes) {
  if (const std::optional<ByteOrderMark> bom = byte_order_mark(bytes)) {
    bytes.erase(0, bom->length);
    if (bom->length != 3) {
      std::optional<Converted> converted = convert_to_utf8(bytes, bom->charset);
      if (converted) {
        bytes = std::move(converted->text);
        if (converted->lossy)
          return fmt::format("not valid {}: bad bytes read as U+FFFD", bom->charset);
        return std::nullopt;
      }
    }
  }
  if (is_valid_utf8(bytes)) return std::nullopt;
  const std::string label = declared_charset(bytes);
  if (label.empty() || is_utf8_label(label)) {
    bytes = windows1252_to_utf8(bytes);
    return kNotUtf8Warning;
  }
  for (std::string_view windows1252 : kWindows1252) {
    if (label == windows1252) {
      bytes = windows1252_to_utf8(bytes);
      return std::nullopt;
    }
  }
  std::optional<Converted> converted = convert_to_utf8(bytes, iconv_name(label));
  if (!converted) {
    bytes = windows1252_to_utf8(bytes);
    return fmt::format("unknown charset \"{}\" declared: read as Windows-1252", label);
  }
  bytes = std::move(converted->text);
  if (converted->lossy) return fmt::format("not valid {}: bad bytes read as U+FFFD", label);
  return std::nullopt;
}

} // namespace news
