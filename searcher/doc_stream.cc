#include "searcher/doc_stream.hh"

#include <algorithm>
#include <vector>

namespace news {
namespace {

using Streams = std::vector<std::unique_ptr<DocStream>>;

class TermStream : public DocStream {
public:
  TermStream(const Xapian::Database& db, const std::string& term)
      : it_(db.postlist_begin(term)), end_(db.postlist_end(term)) {}
  bool at_end() const override { return it_ == end_; }
  Xapian::docid doc() const override { return *it_; }
  void skip_to(Xapian::docid did) override { it_.skip_to(did); }
  void next() override { ++it_; }

private:
  Xapian::PostingIterator it_;
  Xapian::PostingIterator end_;
};

// Every part at the same document. The first part, the rarest, leads.
class AndStream : public DocStream {
public:
  explicit AndStream(Streams parts) : parts_(std::move(parts)) { align(); }
  bool at_end() const override { return at_end_; }
  Xapian::docid doc() const override { return parts_.front()->doc(); }
  void skip_to(Xapian::docid did) override {
    if (at_end_ || doc() >= did) return;
    parts_.front()->skip_to(did);
    align();
  }
  void next() override {
    parts_.front()->next();
    align();
  }

private:
  // Leapfrogs until all parts agree, or one runs out.
  void align() {
    for (;;) {
      if (parts_.front()->at_end()) break;
      const Xapian::docid candidate = parts_.front()->doc();
      bool agreed = true;
      for (std::size_t i = 1; i < parts_.size() && agreed; ++i) {
        parts_[i]->skip_to(candidate);
        if (parts_[i]->at_end()) {
          at_end_ = true;
          return;
        }
        if (parts_[i]->doc() != candidate) {
          parts_.front()->skip_to(parts_[i]->doc());
          agreed = false;
        }
      }
      if (agreed) return;
    }
    at_end_ = true;
  }

  Streams parts_;
  bool at_end_ = false;
};

// The lowest document of any part.
class OrStream : public DocStream {
public:
  explicit OrStream(Streams parts) : parts_(std::move(parts)) { settle(); }
  bool at_end() const override { return at_end_; }
  Xapian::docid doc() const override { return current_; }
  void skip_to(Xapian::docid did) override {
    if (at_end_ || current_ >= did) return;
    for (auto& part : parts_)
      if (!part->at_end()) part->skip_to(did);
    settle();
  }
  void next() override {
    for (auto& part : parts_)
      if (!part->at_end() && part->doc() == current_) part->next();
    settle();
  }

private:
  void settle() {
    at_end_ = true;
    for (const auto& part : parts_) {
      if (part->at_end()) continue;
      if (at_end_ || part->doc() < current_) current_ = part->doc();
      at_end_ = false;
    }
  }

  Streams parts_;
  Xapian::docid current_ = 0;
  bool at_end_ = true;
};

// How many documents a part may match, to let the rarest lead an AND.
Xapian::doccount most_matches(const Xapian::Database& db, const Xapian::Query& query) {
  switch (query.get_type()) {
  case Xapian::Query::LEAF_TERM:
    return db.get_termfreq(*query.get_terms_begin());
  case Xapian::Query::OP_OR:
  case Xapian::Query::OP_SYNONYM: {
    Xapian::doccount sum = 0;
    for (std::size_t i = 0; i < query.get_num_subqueries(); ++i)
      sum += most_matches(db, query.get_subquery(i));
    return std::min(sum, db.get_doccount());
  }
  case Xapian::Query::OP_SCALE_WEIGHT:
    return most_matches(db, query.get_subquery(0));
  default:
    return db.get_doccount();
  }
}

std::unique_ptr<DocStream> stream_of_parts(const Xapian::Database& db, const Xapian::Query& query,
                                           bool all) {
  std::vector<Xapian::Query> subqueries;
  for (std::size_t i = 0; i < query.get_num_subqueries(); ++i)
    subqueries.push_back(query.get_subquery(i));
  if (all) {
    std::stable_sort(subqueries.begin(), subqueries.end(),
                     [&](const Xapian::Query& a, const Xapian::Query& b) {
                       return most_matches(db, a) < most_matches(db, b);
                     });
  }
  Streams parts;
  for (const Xapian::Query& subquery : subqueries) {
    parts.push_back(stream_of(db, subquery));
    if (!parts.back()) return nullptr;
  }
  if (parts.empty()) return nullptr;
  if (all) return std::make_unique<AndStream>(std::move(parts));
  return std::make_unique<OrStream>(std::move(parts));
}

} // namespace

std::unique_ptr<DocStream> stream_of(const Xapian::Database& db, const Xapian::Query& query) {
  switch (query.get_type()) {
  case Xapian::Query::LEAF_TERM:
    return std::make_unique<TermStream>(db, *query.get_terms_begin());
  case Xapian::Query::LEAF_MATCH_ALL:
    return std::make_unique<TermStream>(db, std::string()); // every document
  case Xapian::Query::OP_SCALE_WEIGHT:
    return stream_of(db, query.get_subquery(0));
  case Xapian::Query::OP_AND:
  case Xapian::Query::OP_FILTER:
    return stream_of_parts(db, query, true);
  case Xapian::Query::OP_OR:
  case Xapian::Query::OP_SYNONYM:
    return stream_of_parts(db, query, false);
  default:
    return nullptr;
  }
}

Xapian::doccount postings_to_read(const Xapian::Database& db, const Xapian::Query& query) {
  switch (query.get_type()) {
  case Xapian::Query::LEAF_TERM:
    return db.get_termfreq(*query.get_terms_begin());
  case Xapian::Query::LEAF_MATCH_ALL:
    return db.get_doccount();
  default: {
    Xapian::doccount sum = 0;
    for (std::size_t i = 0; i < query.get_num_subqueries(); ++i)
      sum += postings_to_read(db, query.get_subquery(i));
    return sum;
  }
  }
}

} // namespace news
