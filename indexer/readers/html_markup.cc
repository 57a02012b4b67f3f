#include "indexer/readers/html_markup.hh"

#include <algorithm>
#include <array>
#include <cctype>
#include <set>

#include <libxml/HTMLparser.h>

#include "common/ascii.hh"
#include "common/utf8.hh"

namespace news {
namespace {

// The elements of HTML (HTML5 and the obsolete ones still met), sorted.
constexpr std::array<std::string_view, 132> kElements = {
    "a",        "abbr",   "acronym",    "address",  "applet",   "area",      "article",
    "aside",    "audio",  "b",          "base",     "basefont", "bdi",       "bdo",
    "big",      "blink",  "blockquote", "body",     "br",       "button",    "canvas",
    "caption",  "center", "cite",       "code",     "col",      "colgroup",  "data",
    "datalist", "dd",     "del",        "details",  "dfn",      "dialog",    "dir",
    "div",      "dl",     "dt",         "em",       "embed",    "fieldset",  "figcaption",
    "figure",   "font",   "footer",     "form",     "frame",    "frameset",  "h1",
    "h2",       "h3",     "h4",         "h5",       "h6",       "head",      "header",
    "hgroup",   "hr",     "html",       "i",        "iframe",   "img",       "input",
    "ins",      "kbd",    "label",      "legend",   "li",       "link",      "main",
    "map",      "mark",   "marquee",    "math",     "menu",     "meta",      "meter",
    "nav",      "nobr",   "noframes",   "noscript", "object",   "ol",        "optgroup",
    "option",   "output", "p",          "param",    "picture",  "plaintext", "pre",
    "progress", "q",      "rp",         "rt",       "ruby",     "s",         "samp",
    "script",   "search", "section",    "select",   "slot",     "small",     "source",
    "span",     "strike", "strong",     "style",    "sub",      "summary",   "sup",
    "svg",      "table",  "tbody",      "td",       "template", "textarea",  "tfoot",
    "th",       "thead",  "time",       "title",    "tr",       "track",     "tt",
    "u",        "ul",     "var",        "video",    "wbr",      "xmp"};
static_assert(std::is_sorted(kElements.begin(), kElements.end()) && !kElements.front().empty());

// Elements without content: `<br>` is a tag written in any case.
constexpr std::array<std::string_view, 14> kVoid = {"area",  "base",   "br",    "col",  "embed",
                                                    "hr",    "img",    "input", "link", "meta",
                                                    "param", "source", "track", "wbr"};

// Elements whose end tag may be left out: a lowercase `<p>` is a tag unclosed.
constexpr std::array<std::string_view, 18> kOptionalEnd = {
    "body", "colgroup", "dd", "dt",    "head", "html",  "li", "optgroup", "option",
    "p",    "rp",       "rt", "tbody", "td",   "tfoot", "th", "thead",    "tr"};

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool is_alpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
bool is_alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }
bool has_upper(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// `o:p` (Word), `my-widget` (custom elements): markup, not prose.
bool is_element_name(std::string_view lower, std::string_view as_written) {
  if (std::binary_search(kElements.begin(), kElements.end(), lower)) return true;
  if (lower.find(':') != std::string_view::npos) return true;
  return lower.find('-') != std::string_view::npos && !has_upper(as_written.substr(0, 1));
}

// One `<...>` read as a tag.
struct Tag {
  std::size_t end = 0; // just past `>`
  std::string name;    // lowercase
  bool lowercase = true;
  bool closing = false;
  bool has_attributes = false;
  bool self_closing = false;
};

// Scans tags; remembers where quotes are not, so that unclosed quotes cost
// linear time over a whole text.
class TagScanner {
public:
  explicit TagScanner(std::string_view text) : text_(text) {}

  // The tag starting at `<` at pos, if the syntax is a tag's.
  std::optional<Tag> tag_at(std::size_t pos) {
    Tag tag;
    std::size_t i = pos + 1;
    if (i < text_.size() && text_[i] == '/') {
      tag.closing = true;
      ++i;
    }
    const std::size_t name_start = i;
    if (i >= text_.size() || !is_alpha(text_[i])) return std::nullopt;
    while (i < text_.size() && (is_alnum(text_[i]) || text_[i] == '-' || text_[i] == ':'))
      ++i;
    const std::string_view name = text_.substr(name_start, i - name_start);
    tag.name = to_lower(name);
    tag.lowercase = !has_upper(name);
    if (!is_element_name(tag.name, name)) return std::nullopt;
    for (;;) {
      const std::size_t before_space = i;
      while (i < text_.size() && is_space(text_[i]))
        ++i;
      if (i >= text_.size()) return std::nullopt;
      if (text_[i] == '>') break;
      if (text_[i] == '/' && i + 1 < text_.size() && text_[i + 1] == '>' && !tag.closing) {
        tag.self_closing = true;
        ++i;
        break;
      }
      if (tag.closing || i == before_space) return std::nullopt; // `</a x>`, `<a/S`
      if (!attribute(i, tag)) return std::nullopt;
    }
    tag.end = i + 1;
    return tag;
  }

private:
  // One attribute from i: `name`, `name=value`, `name="value"`. A bare name
  // must be lowercase: `<Video Display Corp>` is prose.
  bool attribute(std::size_t& i, Tag& tag) {
    const std::size_t start = i;
    while (i < text_.size() && !is_space(text_[i]) &&
           std::string_view("/>=\"'<").find(text_[i]) == std::string_view::npos)
      ++i;
    if (i == start) return false;
    const std::string_view name = text_.substr(start, i - start);
    std::size_t j = i;
    while (j < text_.size() && is_space(text_[j]))
      ++j;
    tag.has_attributes = true;
    if (j >= text_.size() || text_[j] != '=') return !has_upper(name);
    ++j;
    while (j < text_.size() && is_space(text_[j]))
      ++j;
    if (j >= text_.size()) return false;
    if (text_[j] == '"' || text_[j] == '\'') {
      const std::size_t close = find_quote(text_[j], j + 1);
      if (close == std::string_view::npos) return false;
      i = close + 1;
      return true;
    }
    const std::size_t value_start = j;
    while (j < text_.size() && !is_space(text_[j]) && text_[j] != '>' && text_[j] != '<')
      ++j;
    i = j;
    return j > value_start;
  }

  std::size_t find_quote(char quote, std::size_t from) {
    Memo& memo = quote == '"' ? double_ : single_;
    if (memo.from <= from && (memo.at == std::string_view::npos || memo.at >= from)) return memo.at;
    memo = {from, text_.find(quote, from)};
    return memo.at;
  }

  struct Memo {
    std::size_t from = std::string_view::npos;
    std::size_t at = std::string_view::npos;
  };
  std::string_view text_;
  Memo double_, single_;
};

// Lowercase names of the closing tags in the text.
std::set<std::string> closed_names(std::string_view text) {
  std::set<std::string> names;
  TagScanner scanner(text);
  for (std::size_t at = text.find("</"); at != std::string_view::npos; at = text.find("</", at + 2))
    if (auto tag = scanner.tag_at(at)) names.insert(tag->name);
  return names;
}

// Whether a tag is markup: a closing tag, a tag with attributes, `<br/>`,
// an element with no content, a lowercase `<p>`, or one closed elsewhere.
// Bare `<S>`, `<DD>` or `<em>` never closed are Reuters' stock tickers.
bool is_markup(const Tag& tag, const std::set<std::string>& closed) {
  if (tag.closing || tag.has_attributes || tag.self_closing || contains(kVoid, tag.name))
    return true;
  if (tag.lowercase && contains(kOptionalEnd, tag.name)) return true;
  return closed.contains(tag.name);
}

bool starts_with_icase(std::string_view text, std::size_t at, std::string_view prefix) {
  return text.size() - at >= prefix.size() && iequals(text.substr(at, prefix.size()), prefix);
}

// End of a comment, doctype, CDATA section or processing instruction at `<`,
// or npos if none is there (or it never ends).
std::size_t declaration_end(std::string_view text, std::size_t at) {
  auto past = [&](std::string_view terminator) {
    const std::size_t end = text.find(terminator, at);
    return end == std::string_view::npos ? end : end + terminator.size();
  };
  if (text.substr(at, 4) == "<!--") return past("-->");
  if (text.substr(at, 9) == "<![CDATA[") return past("]]>");
  if (starts_with_icase(text, at, "<!doctype") || text.substr(at, 2) == "<?") return past(">");
  return std::string_view::npos;
}

// Length of the character reference at `&` (`&eacute;`, `&#233;`, `&#xE9;`),
// 0 if there is none; `code` gets its code point (0 if out of range).
std::size_t reference_length(std::string_view text, std::size_t at, unsigned* code = nullptr) {
  std::size_t i = at + 1;
  if (i < text.size() && text[i] == '#') {
    ++i;
    const bool hex = i < text.size() && (text[i] == 'x' || text[i] == 'X');
    if (hex) ++i;
    const std::size_t digits = i;
    unsigned long value = 0;
    while (i < text.size() && (hex ? std::isxdigit(static_cast<unsigned char>(text[i])) != 0
                                   : std::isdigit(static_cast<unsigned char>(text[i])) != 0)) {
      const int c = std::tolower(static_cast<unsigned char>(text[i]));
      const unsigned long digit = c <= '9' ? c - '0' : c - 'a' + 10;
      value = std::min(value * (hex ? 16 : 10) + digit, 0x110000UL);
      ++i;
    }
    if (code != nullptr) *code = value < 0x110000 ? static_cast<unsigned>(value) : 0;
    return i > digits && i < text.size() && text[i] == ';' ? i + 1 - at : 0;
  }
  constexpr std::size_t kLongestName = 32;
  while (i < text.size() && i - at <= kLongestName && is_alnum(text[i]))
    ++i;
  if (i == at + 1 || i >= text.size() || text[i] != ';' || !is_alpha(text[at + 1])) return 0;
  const std::string name(text.substr(at + 1, i - at - 1));
  const htmlEntityDesc* entity = htmlEntityLookup(reinterpret_cast<const xmlChar*>(name.c_str()));
  if (entity == nullptr) return 0;
  if (code != nullptr) *code = entity->value;
  return i + 1 - at;
}

// A referenced code point in UTF-8; U+FFFD for NUL, surrogates and beyond U+10FFFF.
void append_reference(std::string& out, unsigned code) {
  if (code == 0 || (code >= 0xD800 && code <= 0xDFFF) || code > 0x10FFFF) code = 0xFFFD;
  append_utf8(out, code);
}

// `&name;` with a name of XML's syntax, known or not: its length, else 0.
std::size_t named_reference_length(std::string_view text, std::size_t at) {
  std::size_t i = at + 1;
  if (i >= text.size() || !(is_alpha(text[i]) || text[i] == '_' || text[i] == ':')) return 0;
  while (i < text.size() &&
         (is_alnum(text[i]) || std::string_view("_:.-").find(text[i]) != std::string_view::npos))
    ++i;
  return i < text.size() && text[i] == ';' ? i + 1 - at : 0;
}

// The end of the doctype at `<!DOCTYPE`, past its internal subset `[...]`.
std::size_t doctype_end(std::string_view xml, std::size_t at) {
  const std::size_t bracket = xml.find('[', at);
  const std::size_t close = xml.find('>', at);
  if (close == std::string_view::npos) return xml.size();
  if (bracket == std::string_view::npos || bracket > close) return close + 1;
  const std::size_t subset_end = xml.find("]>", bracket);
  return subset_end == std::string_view::npos ? xml.size() : subset_end + 2;
}

} // namespace

bool looks_like_html(std::string_view text) {
  const std::set<std::string> closed = closed_names(text);
  TagScanner scanner(text);
  for (std::size_t lt = text.find('<'); lt != std::string_view::npos; lt = text.find('<', lt + 1)) {
    if (text.substr(lt, 4) == "<!--" || text.substr(lt, 9) == "<![CDATA[" ||
        starts_with_icase(text, lt, "<!doctype"))
      return true;
    if (auto tag = scanner.tag_at(lt); tag && is_markup(*tag, closed)) return true;
  }
  return false;
}

std::string decode_references(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t copied = 0;
  for (std::size_t at = text.find('&'); at != std::string_view::npos; at = text.find('&', at + 1)) {
    unsigned code = 0;
    const std::size_t length = reference_length(text, at, &code);
    if (length == 0) continue;
    out.append(text.substr(copied, at - copied));
    append_reference(out, code);
    copied = at + length;
    at = copied - 1;
  }
  out.append(text.substr(copied));
  return out;
}

std::string escape_text_brackets(std::string_view html) {
  const std::set<std::string> closed = closed_names(html);
  TagScanner scanner(html);
  std::string out;
  out.reserve(html.size() + html.size() / 16);
  std::size_t copied = 0;
  for (std::size_t lt = html.find('<'); lt != std::string_view::npos; lt = html.find('<', lt)) {
    std::size_t end = declaration_end(html, lt);
    if (end == std::string_view::npos)
      if (auto tag = scanner.tag_at(lt); tag && is_markup(*tag, closed)) end = tag->end;
    if (end != std::string_view::npos) {
      lt = end;
      continue;
    }
    out.append(html.substr(copied, lt - copied));
    out += "&lt;";
    copied = ++lt;
  }
  out.append(html.substr(copied));
  return out;
}

std::optional<std::string> xml_with_html_references(std::string_view xml) {
  std::optional<std::string> out;
  std::size_t copied = 0;
  auto replace = [&](std::size_t at, std::size_t length, std::string_view with) {
    if (!out) out.emplace().reserve(xml.size() + xml.size() / 16);
    out->append(xml.substr(copied, at - copied));
    out->append(with);
    copied = at + length;
  };
  std::size_t i = 0;
  while ((i = xml.find_first_of("<&", i)) != std::string_view::npos) {
    if (xml[i] == '<') {
      std::size_t end =
          xml.substr(i, 9) == "<!DOCTYPE" ? doctype_end(xml, i) : declaration_end(xml, i);
      i = end == std::string_view::npos ? i + 1 : end;
      continue;
    }
    if (xml.substr(i, 2) == "&#") {
      const std::size_t length = reference_length(xml, i);
      if (length == 0) replace(i, 1, "&amp;");
      i += std::max<std::size_t>(length, 1);
      continue;
    }
    unsigned code = 0;
    if (const std::size_t length = reference_length(xml, i, &code); length > 0) {
      const std::string_view name = xml.substr(i + 1, length - 2);
      if (name != "amp" && name != "lt" && name != "gt" && name != "quot" && name != "apos")
        replace(i, length, "&#" + std::to_string(code) + ";");
      i += length;
    } else if (const std::size_t named = named_reference_length(xml, i); named > 0) {
      i += named; // a name the document may declare
    } else {
      replace(i, 1, "&amp;");
      ++i;
    }
  }
  if (out) out->append(xml.substr(copied));
  return out;
}

} // namespace news
