#include "common/mo_catalog.hh"

#include <cstdint>
#include <fstream>
#include <iterator>
#include <string_view>

namespace news {
namespace {

constexpr std::uint32_t kMagic = 0x950412de, kSwappedMagic = 0xde120495;
constexpr std::size_t kMaxBytes = 4u << 20;

class Reader {
public:
  Reader(std::string_view bytes, bool swapped) : bytes_(bytes), swapped_(swapped) {}

  // The 32-bit word at `offset`; false past the end.
  bool word(std::size_t offset, std::uint32_t& out) const {
    if (offset > bytes_.size() || bytes_.size() - offset < 4) return false;
    std::uint32_t value = 0;
    for (std::size_t i = 0; i < 4; ++i) {
      const auto byte = static_cast<std::uint32_t>(static_cast<unsigned char>(bytes_[offset + i]));
      value |= swapped_ ? byte << (8 * (3 - i)) : byte << (8 * i);
    }
    out = value;
    return true;
  }

  // The string of the table entry at `entry` (length, offset), or false.
  bool string(std::size_t entry, std::string_view& out) const {
    std::uint32_t length = 0, offset = 0;
    if (!word(entry, length) || !word(entry + 4, offset)) return false;
    if (offset > bytes_.size() || bytes_.size() - offset < length) return false;
    out = bytes_.substr(offset, length);
    return true;
  }

private:
  std::string_view bytes_;
  bool swapped_;
};

} // namespace

std::vector<MoEntry> parse_mo_catalog(std::string_view bytes) {
  std::vector<MoEntry> entries;
  if (bytes.size() < 28) return entries;
  std::uint32_t magic = 0;
  Reader little(bytes, false);
  little.word(0, magic);
  if (magic != kMagic && magic != kSwappedMagic) return entries;
  const Reader reader(bytes, magic == kSwappedMagic);
  std::uint32_t count = 0, originals = 0, translations = 0;
  if (!reader.word(8, count) || !reader.word(12, originals) || !reader.word(16, translations))
    return entries;
  if (count > bytes.size() / 8) return entries; // a table cannot be larger than the file
  for (std::uint32_t i = 0; i < count; ++i) {
    std::string_view original, translation;
    if (!reader.string(originals + std::size_t{8} * i, original) ||
        !reader.string(translations + std::size_t{8} * i, translation))
      return {};
    if (original.empty() || original.find('\x04') != std::string_view::npos) continue;
    original = original.substr(0, original.find('\0'));
    translation = translation.substr(0, translation.find('\0'));
    if (!translation.empty()) entries.emplace_back(original, translation);
  }
  return entries;
}

std::vector<MoEntry> read_mo_catalog(const std::string& path) {
  std::ifstream file(path, std::ios::binary | std::ios::ate);
  if (!file) return {};
  const std::streamoff size = file.tellg();
  if (size <= 0 || static_cast<std::size_t>(size) > kMaxBytes) return {};
  std::string bytes(static_cast<std::size_t>(size), '\0');
  file.seekg(0);
  file.read(bytes.data(), size);
  bytes.resize(static_cast<std::size_t>(file.gcount()));
  return parse_mo_catalog(bytes);
}

} // namespace news
