#include "searcher/date_filter.hh"

#include "common/index_codecs.hh"
#include "common/schema.hh"
#include "searcher/date_terms.hh"
#include "searcher/match_queries.hh"

namespace news {
namespace {

// `date:A..B` (either side may be empty) and `date:A`, the whole period A
// names. One boolean prefix for both, not a RangeProcessor for the ranges:
// QueryParser 1.4 files a range under the empty grouping, the one the
// entity filters use to AND with each other, so `person:x date:A..B` was
// person:x OR the range. Under the prefix's own grouping, dates OR with
// each other and AND with every other kind of filter.
class DateFieldProcessor : public Xapian::FieldProcessor {
public:
  DateFieldProcessor(Date now, ParseErrors& errors) : now_(now), errors_(errors) {}

  Xapian::Query operator()(const std::string& value) override {
    return errors_.guard([&] {
      const std::size_t dots = value.find("..");
      if (dots == std::string::npos) return date_span_query(period_of(value, now_));
      const std::string_view text(value);
      return date_span_query(date_range(text.substr(0, dots), text.substr(dots + 2), now_));
    });
  }

private:
  Date now_;
  ParseErrors& errors_;
};

} // namespace

Xapian::Query date_span_query(const DateSpan& span) {
  const Xapian::valueno slot = slot_of(Field::Date);
  if (auto terms = date_terms_query(span)) return *terms;
  if (span.from && span.to)
    return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot, encode_date_value(*span.from),
                         encode_date_value(*span.to));
  if (span.from)
    return Xapian::Query(Xapian::Query::OP_VALUE_GE, slot, encode_date_value(*span.from));
  if (span.to) return Xapian::Query(Xapian::Query::OP_VALUE_LE, slot, encode_date_value(*span.to));
  return match_all();
}

void add_date_filters(Xapian::QueryParser& parser, Date now, ParseErrors& errors) {
  const std::string name(spec(Field::Date).query_name);
  parser.add_boolean_prefix(name, (new DateFieldProcessor(now, errors))->release());
}

} // namespace news
