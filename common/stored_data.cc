#include "common/stored_data.hh"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <vector>

#include <fmt/core.h>
#include <nlohmann/json.hpp>
#include <xxhash.h>

#include "common/article_fields.hh"

namespace news {
namespace {

using Json = nlohmann::json;

// The fields in the order nlohmann::json (a std::map) writes an object's
// keys, which is the order of the data written before this table.
constexpr std::array<ArticleField, kArticleFields.size()> fields_by_name() {
  std::array<ArticleField, kArticleFields.size()> order{};
  for (std::size_t i = 0; i < order.size(); ++i)
    order[i] = kArticleFields[i].field;
  std::sort(order.begin(), order.end(),
            [](ArticleField a, ArticleField b) { return spec(a).name < spec(b).name; });
  return order;
}
constexpr std::array<ArticleField, kArticleFields.size()> kStoredOrder = fields_by_name();

// A MessagePack map of up to 15 entries has its size in its first byte, the
// only byte written here rather than by nlohmann::json.
static_assert(kArticleFields.size() <= 15, "the stored data's map header is one byte");
char map_header(unsigned entries) { return static_cast<char>(0x80u | entries); }

// The stored value of a field; null when the field is not stored (never a
// stored value).
Json stored_value(const Article& a, ArticleField field) {
  const ArticleFieldSpec& s = spec(field);
  switch (s.value) {
  case FieldValue::Text:
  case FieldValue::Bytes:
    return a.*s.text;
  case FieldValue::Date:
    return a.date ? Json(a.date->unix_seconds()) : Json();
  case FieldValue::DateSource:
    return a.date ? Json(to_string(a.date_source)) : Json();
  case FieldValue::Record:
    return a.record ? Json(*a.record) : Json();
  case FieldValue::Entities:
    break;
  }
  if (a.entities.empty()) return Json();
  Json entities = Json::object();
  for (EntityKind kind : kEntityKinds)
    entities[std::string(to_string(kind))] = a.entities.of(kind);
  return entities;
}

// One entry of the map, key then value, as nlohmann::json writes it in an object.
void append_entry(std::string& out, std::string_view key, const Json& value) {
  Json::to_msgpack(Json(std::string(key)), out);
  Json::to_msgpack(value, out);
}

struct HashState {
  std::unique_ptr<XXH3_state_t, decltype(&XXH3_freeState)> state{XXH3_createState(),
                                                                 &XXH3_freeState};
  HashState() {
    if (!state) throw std::bad_alloc();
    XXH3_64bits_reset(state.get());
  }
  void add(std::string_view bytes) { XXH3_64bits_update(state.get(), bytes.data(), bytes.size()); }
  std::string hex() { return fmt::format("{:016x}", XXH3_64bits_digest(state.get())); }
};

// The nlohmann SAX reader of the stored data: takes the top map's fields,
// and the names in the entities' lists; skips what has another type or
// name. Fails (returns false) on nesting deeper than the data ever has.
class StoredDataReader {
public:
  explicit StoredDataReader(Article& article) : a_(article) {}

  bool null() { return true; }
  bool boolean(bool) { return true; }
  bool number_float(double, const std::string&) { return true; }
  bool binary(Json::binary_t&) { return true; }
  bool number_integer(std::int64_t value) {
    if (at(ArticleField::Date)) a_.date = Date::from_unix_seconds(value);
    return true;
  }
  bool number_unsigned(std::uint64_t value) {
    if (at(ArticleField::Date) && value <= std::numeric_limits<std::int64_t>::max())
      a_.date = Date::from_unix_seconds(static_cast<std::int64_t>(value));
    if (at(ArticleField::Record) && value <= std::numeric_limits<unsigned>::max())
      a_.record = static_cast<unsigned>(value);
    return true;
  }
  bool string(std::string& value) {
    if (depth_ == 1 && field_ && field_->text)
      a_.*field_->text = std::move(value);
    else if (at(ArticleField::DateSource))
      a_.date_source = date_source_from_string(value);
    else if (depth_ == 3 && in_names_)
      a_.entities.add(*kind_, value);
    return true;
  }
  bool key(std::string& name) {
    if (depth_ == 1)
      field_ = find_field(name, [](const ArticleFieldSpec&) { return true; });
    else if (depth_ == 2 && in_entities_)
      kind_ = entity_kind(name);
    return true;
  }
  bool start_object(std::size_t) { return open(true); }
  bool start_array(std::size_t) { return open(false); }
  bool end_object() { return close(); }
  bool end_array() { return close(); }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) {
    return false;
  }

  bool was_map() const { return was_map_; }

private:
  // Nesting deeper than this is taken for garbage (the stored data nests 3 deep).
  static constexpr unsigned kMaxDepth = 32;

  static std::optional<EntityKind> entity_kind(std::string_view name) {
    for (EntityKind kind : kEntityKinds)
      if (name == to_string(kind)) return kind;
    return std::nullopt;
  }
  // The value read is the top map's own value of this field.
  bool at(ArticleField field) const { return depth_ == 1 && field_ && field_->field == field; }
  bool open(bool map) {
    if (++depth_ > kMaxDepth) return false;
    if (depth_ == 1) was_map_ = map;
    if (depth_ == 2) in_entities_ = map && field_ && field_->field == ArticleField::Entities;
    if (depth_ == 3) in_names_ = !map && in_entities_ && kind_;
    return depth_ > 1 || map; // data that is not a map is not an article
  }
  bool close() {
    if (depth_ == 2) in_entities_ = false;
    if (depth_ == 3) in_names_ = false;
    --depth_;
    return true;
  }

  Article& a_;
  unsigned depth_ = 0;                      // 1: in the top map
  const ArticleFieldSpec* field_ = nullptr; // the top map's field being read
  bool was_map_ = false;
  bool in_entities_ = false;       // in the entities' map
  std::optional<EntityKind> kind_; // the entities' list being read
  bool in_names_ = false;          // in a list of names
};

} // namespace

StoredData encode_stored_data(const Article& a) {
  // The content is the same article with its provenance as an article read
  // from nowhere has it: most entries are shared, provenance ones are not.
  static const Article kNoProvenance;
  StoredData out;
  out.bytes.push_back(map_header(0)); // the count, once known
  std::string provenance;             // the content's own entries
  struct Piece {
    const std::string* in;
    std::size_t begin, end;
  };
  std::vector<Piece> content;
  unsigned stored = 0;
  for (ArticleField field : kStoredOrder) {
    const ArticleFieldSpec& s = spec(field);
    const std::size_t begin = out.bytes.size();
    const Json value = stored_value(a, field);
    if (!value.is_null()) {
      append_entry(out.bytes, s.name, value);
      ++stored;
      if (!s.provenance) content.push_back({&out.bytes, begin, out.bytes.size()});
    }
    if (!s.provenance) continue;
    const Json unknown = stored_value(kNoProvenance, field);
    if (unknown.is_null()) continue;
    const std::size_t from = provenance.size();
    append_entry(provenance, s.name, unknown);
    content.push_back({&provenance, from, provenance.size()});
  }
  out.bytes[0] = map_header(stored);
  HashState hash;
  const char content_header = map_header(static_cast<unsigned>(content.size()));
  hash.add(std::string_view(&content_header, 1));
  for (const Piece& piece : content)
    hash.add(std::string_view(*piece.in).substr(piece.begin, piece.end - piece.begin));
  out.content_hash = hash.hex();
  return out;
}

Article decode_stored_data(std::string_view bytes) {
  Article a;
  StoredDataReader reader(a);
  bool whole = false;
  try {
    whole = Json::sax_parse(bytes.begin(), bytes.end(), &reader, Json::input_format_t::msgpack);
  } catch (const Json::exception&) {
  }
  // Stored data that is not whole is not half-shown.
  if (!whole || !reader.was_map()) return Article{};
  if (!a.date) a.date_source = DateSource::None;
  return a;
}

} // namespace news
