#include "common/indexing_stems.hh"

#include <cstdint>
#include <map>
#include <memory>
#include <unordered_map>
#include <utility>
#include <vector>

#include "common/tokenizer.hh"

namespace news {
namespace {

struct RememberedWord {
  std::string stem;
  std::uint64_t pass = 0;     // the exact-words pass that last counted the word
  Xapian::termcount seen = 0; // its occurrences in that pass
};

using WordTable = std::unordered_map<std::string, RememberedWord>;

// One language's stemmer and the stems it gave, on one thread.
struct StemMemory {
  explicit StemMemory(std::string_view language) : stem(stemmer(language)) {}
  Xapian::Stem stem;
  WordTable words;
  std::uint64_t passes = 0;

  WordTable::value_type& remember(const std::string& word) {
    auto [it, inserted] = words.try_emplace(word);
    if (inserted) it->second.stem = stem(word);
    return *it;
  }
  // Forgets everything when full, so that no input makes it grow without bound;
  // only between passes (a pass holds pointers to its words).
  void bound() {
    if (words.size() >= kRememberedStems) words.clear();
  }
};

// Shared by the stemmers made from it, which may outlive the thread.
std::shared_ptr<StemMemory> stem_memory(std::string_view language) {
  thread_local std::map<std::string, std::shared_ptr<StemMemory>, std::less<>> memories;
  if (auto it = memories.find(language); it != memories.end()) return it->second;
  auto memory = std::make_shared<StemMemory>(language);
  memories.emplace(std::string(language), memory);
  return memory;
}

// The remembered stems.
class RememberingStem : public Xapian::StemImplementation {
public:
  explicit RememberingStem(std::shared_ptr<StemMemory> memory) : memory_(std::move(memory)) {
    memory_->bound();
  }
  std::string operator()(const std::string& word) override {
    return memory_->remember(word).second.stem;
  }
  std::string get_description() const override { return memory_->stem.get_description(); }

private:
  std::shared_ptr<StemMemory> memory_;
};

// The remembered stems, counting the words asked for: the TermGenerator
// (STEM_ALL_Z) asks for the stem of every term it makes, lowercased, so
// these are the terms a STEM_NONE pass over the same text would add.
class ExactWordsStem : public Xapian::StemImplementation {
public:
  explicit ExactWordsStem(std::shared_ptr<StemMemory> memory) : memory_(std::move(memory)) {
    memory_->bound();
    pass_ = ++memory_->passes;
  }
  std::string operator()(const std::string& word) override {
    WordTable::value_type& entry = memory_->remember(word);
    RememberedWord& remembered = entry.second;
    if (remembered.pass != pass_) {
      remembered.pass = pass_;
      remembered.seen = 0;
      counted_.push_back(&entry);
    }
    ++remembered.seen;
    return remembered.stem;
  }
  std::string get_description() const override {
    return "exact words, " + memory_->stem.get_description();
  }
  void add_exact_words(Xapian::Document& document, Xapian::termcount weight) const {
    for (const WordTable::value_type* entry : counted_)
      document.add_term(entry->first, entry->second.seen * weight);
  }

private:
  std::shared_ptr<StemMemory> memory_;
  std::uint64_t pass_ = 0;
  std::vector<const WordTable::value_type*> counted_;
};

} // namespace

Xapian::Stem remembering_stemmer(std::string_view language) {
  return Xapian::Stem(new RememberingStem(stem_memory(language)));
}

void index_stems_and_exact_words(Xapian::TermGenerator& generator, Xapian::Document& document,
                                 std::string_view language, const std::string& prepared,
                                 Xapian::termcount weight) {
  auto* exact = new ExactWordsStem(stem_memory(language));
  const Xapian::Stem stem(exact); // owns it, and keeps it alive past the generator's use
  generator.set_stemmer(stem);
  generator.index_text(prepared, weight);
  // Before another stemmer of the memory is made: that may forget the words counted.
  exact->add_exact_words(document, weight);
  generator.set_stemmer(remembering_stemmer(language));
}

} // namespace news
