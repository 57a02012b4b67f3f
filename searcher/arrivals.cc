#include "searcher/arrivals.hh"

#include <algorithm>

namespace news {
namespace {

// Walks the docids above `after_` on the list of all documents.
class ArrivedAfter : public Xapian::PostingSource {
public:
  explicit ArrivedAfter(Xapian::docid after) : after_(after) {}

  void init(const Xapian::Database& db) override {
    db_ = db;
    it_ = db_.postlist_begin("");
    end_ = db_.postlist_end("");
    started_ = false;
    const Xapian::docid last = db_.get_lastdocid();
    span_ = last > after_ ? std::min<Xapian::doccount>(last - after_, db_.get_doccount()) : 0;
  }
  Xapian::doccount get_termfreq_min() const override { return 0; }
  Xapian::doccount get_termfreq_est() const override { return span_; }
  Xapian::doccount get_termfreq_max() const override { return span_; }

  void next(double) override {
    if (started_) {
      ++it_;
      return;
    }
    started_ = true;
    it_.skip_to(after_ + 1);
  }
  void skip_to(Xapian::docid docid, double) override {
    started_ = true;
    it_.skip_to(std::max(docid, after_ + 1));
  }
  bool at_end() const override { return it_ == end_; }
  Xapian::docid get_docid() const override { return *it_; }
  Xapian::PostingSource* clone() const override { return new ArrivedAfter(after_); }
  std::string get_description() const override {
    return "ArrivedAfter(" + std::to_string(after_) + ")";
  }

private:
  Xapian::docid after_;
  Xapian::Database db_;
  Xapian::PostingIterator it_, end_;
  bool started_ = false;
  Xapian::doccount span_ = 0;
};

} // namespace

Xapian::Query arrived_after(Xapian::docid last_seen) {
  return Xapian::Query((new ArrivedAfter(last_seen))->release());
}

} // namespace news
