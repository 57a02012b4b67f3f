#include "common/stored_data.hh"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <memory>
#include <span>

#include <msgpack.hpp>
#include <xxhash.h>

#include "common/article_fields.hh"
#include "common/index_codecs.hh"

namespace news {
namespace {

// The fields in the order nlohmann::json (a std::map) wrote an object's
// keys before this table: in byte order of their names.
constexpr std::array<ArticleField, kArticleFields.size()> fields_by_name() {
  std::array<ArticleField, kArticleFields.size()> order{};
  for (std::size_t i = 0; i < order.size(); ++i)
    order[i] = kArticleFields[i].field;
  std::sort(order.begin(), order.end(),
            [](ArticleField a, ArticleField b) { return spec(a).name < spec(b).name; });
  return order;
}
constexpr std::array<ArticleField, kArticleFields.size()> kStoredOrder = fields_by_name();

// The entity kinds in byte order of their names too: org, person, place.
const std::array<EntityKind, kEntityKinds.size()>& entity_kinds_by_name() {
  static const auto order = [] {
    std::array<EntityKind, kEntityKinds.size()> kinds = kEntityKinds;
    std::sort(kinds.begin(), kinds.end(),
              [](EntityKind a, EntityKind b) { return to_string(a) < to_string(b); });
    return kinds;
  }();
  return order;
}

// msgpack-cxx's packer writes to anything with write(bytes, size).
struct Bytes {
  std::string& out;
  void write(const char* bytes, std::size_t size) { out.append(bytes, size); }
};
using Packer = msgpack::packer<Bytes>;

void pack_string(Packer& packer, std::string_view text) {
  packer.pack_str(static_cast<std::uint32_t>(text.size()));
  packer.pack_str_body(text.data(), static_cast<std::uint32_t>(text.size()));
}

bool is_stored(const Article& a, ArticleField field) {
  switch (spec(field).value) {
  case FieldValue::Text:
  case FieldValue::Bytes:
    return true;
  case FieldValue::Date:
  case FieldValue::DateSource:
    return a.date.has_value();
  case FieldValue::Record:
    return a.record.has_value();
  case FieldValue::Entities:
    break;
  }
  return !a.entities.empty();
}

// One entry of the map: the field's name, then its value. Integers take the
// smallest MessagePack form, as nlohmann::json's writer gave them.
void pack_entry(std::string& out, const Article& a, ArticleField field) {
  Bytes bytes{out};
  Packer packer(bytes);
  const ArticleFieldSpec& s = spec(field);
  pack_string(packer, s.name);
  switch (s.value) {
  case FieldValue::Text:
  case FieldValue::Bytes:
    pack_string(packer, a.*s.text);
    return;
  case FieldValue::Date:
    packer.pack_int64(a.date->unix_seconds());
    return;
  case FieldValue::DateSource:
    pack_string(packer, to_string(a.date_source));
    return;
  case FieldValue::Record:
    packer.pack_uint32(*a.record);
    return;
  case FieldValue::Entities:
    break;
  }
  packer.pack_map(static_cast<std::uint32_t>(kEntityKinds.size()));
  for (EntityKind kind : entity_kinds_by_name()) {
    pack_string(packer, to_string(kind));
    packer.pack_array(static_cast<std::uint32_t>(a.entities.of(kind).size()));
    for (const std::string& name : a.entities.of(kind))
      pack_string(packer, name);
  }
}

std::string map_header(std::size_t entries) {
  std::string out;
  Bytes bytes{out};
  Packer(bytes).pack_map(static_cast<std::uint32_t>(entries));
  return out;
}

struct HashState {
  std::unique_ptr<XXH3_state_t, decltype(&XXH3_freeState)> state{XXH3_createState(),
                                                                 &XXH3_freeState};
  HashState() {
    if (!state) throw std::bad_alloc();
    XXH3_64bits_reset(state.get());
  }
  void add(std::string_view bytes) { XXH3_64bits_update(state.get(), bytes.data(), bytes.size()); }
  std::string hex() { return encode_hash(XXH3_64bits_digest(state.get())); }
};

std::string_view string_of(const msgpack::object& value) {
  return {value.via.str.ptr, value.via.str.size};
}

// The names of each kind: `{"person": [names...], ...}`; other kinds, and
// values that are not lists of strings, are left out.
void read_entities(const msgpack::object& value, Entities& entities) {
  if (value.type != msgpack::type::MAP) return;
  for (const msgpack::object_kv& kv : std::span(value.via.map.ptr, value.via.map.size)) {
    if (kv.key.type != msgpack::type::STR || kv.val.type != msgpack::type::ARRAY) continue;
    for (EntityKind kind : kEntityKinds) {
      if (string_of(kv.key) != to_string(kind)) continue;
      for (const msgpack::object& name : std::span(kv.val.via.array.ptr, kv.val.via.array.size))
        if (name.type == msgpack::type::STR) entities.add(kind, std::string(string_of(name)));
    }
  }
}

// A field's value, when it has the type the field stores.
void read_field(const ArticleFieldSpec& s, const msgpack::object& value, Article& a) {
  const bool positive = value.type == msgpack::type::POSITIVE_INTEGER;
  switch (s.value) {
  case FieldValue::Text:
  case FieldValue::Bytes:
    if (value.type == msgpack::type::STR) a.*s.text = string_of(value);
    return;
  case FieldValue::Date:
    if (value.type == msgpack::type::NEGATIVE_INTEGER)
      a.date = Date::from_unix_seconds(value.via.i64);
    else if (positive && value.via.u64 <= std::numeric_limits<std::int64_t>::max())
      a.date = Date::from_unix_seconds(static_cast<std::int64_t>(value.via.u64));
    return;
  case FieldValue::DateSource:
    if (value.type == msgpack::type::STR) a.date_source = date_source_from_string(string_of(value));
    return;
  case FieldValue::Record:
    if (positive && value.via.u64 <= std::numeric_limits<unsigned>::max())
      a.record = static_cast<unsigned>(value.via.u64);
    return;
  case FieldValue::Entities:
    read_entities(value, a.entities);
    return;
  }
}

} // namespace

StoredData encode_stored_data(const Article& a) {
  // The content is the same article with its provenance as an article read
  // from nowhere has it: the other entries are shared, written once.
  static const Article kNoProvenance;
  std::size_t stored = 0, content = 0;
  for (ArticleField field : kStoredOrder) {
    stored += is_stored(a, field);
    content += spec(field).provenance ? is_stored(kNoProvenance, field) : is_stored(a, field);
  }
  StoredData out;
  out.bytes = map_header(stored);
  HashState hash;
  hash.add(map_header(content));
  std::string provenance; // an entry of the content's own
  for (ArticleField field : kStoredOrder) {
    const std::size_t begin = out.bytes.size();
    if (is_stored(a, field)) pack_entry(out.bytes, a, field);
    if (!spec(field).provenance) {
      hash.add(std::string_view(out.bytes).substr(begin));
    } else if (is_stored(kNoProvenance, field)) {
      provenance.clear();
      pack_entry(provenance, kNoProvenance, field);
      hash.add(provenance);
    }
  }
  out.content_hash = hash.hex();
  return out;
}

namespace {

// Walks MessagePack without building anything: whole (every element a count
// claims is there) and at most kMaxDepth deep. msgpack-cxx's unpack reserves a
// container's claimed count before reading its elements, so garbage claiming
// a million elements at each of 32 levels must be refused before it.
class WellFormed : public msgpack::null_visitor {
public:
  static constexpr std::size_t kMaxDepth = 32;
  static bool check(std::string_view bytes) {
    WellFormed visitor;
    std::size_t end = 0;
    return msgpack::parse(bytes.data(), bytes.size(), end, visitor) && end == bytes.size();
  }
  bool start_array(std::uint32_t) { return ++depth_ <= kMaxDepth; }
  bool end_array() { return --depth_, true; }
  bool start_map(std::uint32_t) { return ++depth_ <= kMaxDepth; }
  bool end_map() { return --depth_, true; }

private:
  std::size_t depth_ = 0;
};

} // namespace

Article decode_stored_data(std::string_view bytes) {
  // Strings are read in place (the reference function). Only data checked
  // whole and at most 32 deep is unpacked (the data nests 3 deep), so that
  // garbage costs memory only in proportion to its size.
  if (!WellFormed::check(bytes)) return Article{};
  const msgpack::unpack_limit limit(bytes.size(), bytes.size() / 2, bytes.size(), bytes.size(),
                                    bytes.size(), WellFormed::kMaxDepth);
  const auto in_place = [](msgpack::type::object_type, std::size_t, void*) { return true; };
  msgpack::object_handle handle;
  std::size_t end = 0;
  try {
    handle = msgpack::unpack(bytes.data(), bytes.size(), end, in_place, nullptr, limit);
  } catch (const msgpack::unpack_error&) {
    return Article{};
  }
  // Stored data that is not whole is not half-shown.
  const msgpack::object& data = handle.get();
  if (end != bytes.size() || data.type != msgpack::type::MAP) return Article{};
  Article a;
  for (const msgpack::object_kv& kv : std::span(data.via.map.ptr, data.via.map.size)) {
    if (kv.key.type != msgpack::type::STR) continue;
    const std::string_view name = string_of(kv.key);
    if (const ArticleFieldSpec* s = find_field(name)) read_field(*s, kv.val, a);
    // else: a field of a later version
  }
  if (!a.date) a.date_source = DateSource::None;
  return a;
}

} // namespace news
