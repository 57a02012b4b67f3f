#include "indexer/person_memory_pass.hh"

#include <memory>

#include "indexer/shard_layout.hh"
#include "indexer/sharded_index.hh"

namespace news {
namespace {

PersonMemoryChanges remember_over_shards(ShardedIndex& index) {
  PersonMemoryChanges changes;
  // Planned while the shards are idle (committed by the run's finish).
  auto plan = std::make_shared<const PersonMemoryPlan>(plan_person_memory(index.whole()));
  const std::size_t shards = index.shard_count();
  std::vector<std::vector<std::pair<std::size_t, Xapian::docid>>> to_change(shards);
  for (std::size_t w = 0; w < plan->words.size(); ++w)
    for (Xapian::docid docid : plan->words[w].docids) {
      const ShardDocid at = shard_docid(docid, shards);
      to_change[at.shard].emplace_back(w, at.docid);
      ++(plan->words[w].add ? changes.added : changes.removed);
    }
  if (changes.added + changes.removed == 0) return changes;
  for (std::size_t shard = 0; shard < shards; ++shard) {
    if (to_change[shard].empty()) continue;
    index.post_to_shard(shard,
                        [plan, docs = std::move(to_change[shard])](IndexWriter& writer, Tally&) {
                          for (const auto& [w, docid] : docs)
                            change_person(writer.database(), docid, plan->words[w]);
                        });
  }
  index.on_every_shard([](IndexWriter& writer, Tally&) { writer.commit(); });
  return changes;
}

} // namespace

PersonMemoryChanges remember_persons(ArticleIndex& index) {
  if (IndexWriter* writer = index.single_writer()) {
    const PersonMemoryChanges changes = apply_person_memory(writer->database());
    if (changes.added + changes.removed > 0) writer->commit();
    return changes;
  }
  if (auto* sharded = dynamic_cast<ShardedIndex*>(&index)) return remember_over_shards(*sharded);
  return {};
}

} // namespace news
