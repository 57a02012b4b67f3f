// The corpus-level memory of persons: a word the archive has seen many times
// as (part of) a person's name, found with a cue (a title, a given name, a
// speech verb...), is a person where an article has it alone and no cue
// (`Lawson told reporters`, with no Nigel Lawson in that article).
//
// Each article records its candidates at index time (common/name_candidates:
// capitalised words alone that no name took, an XCAND term each). The counts
// are the index's own term frequencies, so they follow the archive as
// articles come and go, with nothing else to keep:
//   as a person, with a cue   tf(XPERSON w) - tf(XMPERSON w)
//   as anything               tf(w), the exact word (any case)
//   as another kind           tf(XORG w) + tf(XPLACE w)
// A word is remembered as a person when the first is at least kLeastPersons,
// at least half the second and at least twice the third. At the end of each
// `add`, `sync` or `remove`, plan_person_memory walks the candidate terms of
// the archive (one database, or every shard of a sharded index read as one,
// so that the counts are the archive's): a remembered word's candidates that
// are not yet people get the person (its XPERSON, XNPERSON and XMPERSON
// terms, the name in the person slot and the stored entities), under the
// full name the archive mostly gives that surname (`Nigel Lawson`), else the
// word itself; a word no longer remembered (articles removed) loses the
// people it gave. The plan is made before any change, from term frequencies
// only, so one pass decides the same however the archive's documents are
// split into shards or ordered; each change is then made by the document's
// own database (change_person). Over passes the decisions can depend on the
// archive's history: a full name given (`Nigel Lawson`) adds person terms
// for its given name too, which later passes count (docs/entities.md). The
// pass walks the candidate terms beside the person words' list, so a word
// named as a person fewer than kLeastPersons times costs no lookup, and a
// word that may be remembered about six; then one walk of the person names
// when some word is to be added, and a posting-list walk for the words whose
// decision changed.
#pragma once

#include <string>
#include <vector>

#include <xapian.h>

namespace news {

/** The least articles with a cued person of the word before it is remembered. */
inline constexpr Xapian::doccount kLeastPersons = 5;

/** What a pass changed. */
struct PersonMemoryChanges {
  Xapian::doccount added = 0;   /**< articles given a remembered person */
  Xapian::doccount removed = 0; /**< articles whose remembered person was taken back */
};

/** Whether the archive remembers the word (an entity key word) as a person. */
bool remembered_as_person(const Xapian::Database& db, const std::string& word);

/**
 * The name a remembered word is given: the full name ending with it that at
 * least three in four of the archive's person names ending with it are
 * (counted by term frequency, ties to the smaller key), shown as its
 * articles mostly write it; else the word, capitalised.
 */
std::string remembered_name(const Xapian::Database& db, const std::string& word);

/** What a pass changes: for each word, the documents to give (or take back) its person. */
struct PersonMemoryPlan {
  struct Word {
    std::string word;                  /**< the candidate, an entity key word */
    std::string name;                  /**< the person given (empty when taken back) */
    bool add = true;                   /**< given, or taken back */
    std::vector<Xapian::docid> docids; /**< of the database planned over */
  };
  std::vector<Word> words;
};

/** What the archive's memory changes in `db` (one database, or every shard as one). */
PersonMemoryPlan plan_person_memory(const Xapian::Database& db);

/** Gives the document (of `db`'s own docids) the planned word's person, or takes it back. */
void change_person(Xapian::WritableDatabase& db, Xapian::docid docid,
                   const PersonMemoryPlan::Word& word);

/** Brings the documents of one database in step with what it remembers (not committed). */
PersonMemoryChanges apply_person_memory(Xapian::WritableDatabase& db);

} // namespace news
