#include "searcher/date_filter.hh"

#include "common/schema.hh"
#include "searcher/date_terms.hh"

namespace news {
namespace {

std::string serialise(Date date) {
  return Xapian::sortable_serialise(static_cast<double>(date.unix_seconds()));
}

// `date:A..B`. The base class strips the `date:` prefix and checks it.
class DateRangeProcessor : public Xapian::RangeProcessor {
public:
  DateRangeProcessor(std::string prefix, Date now, ParseErrors& errors)
      : Xapian::RangeProcessor(slot_of(Field::Date), std::move(prefix)), now_(now),
        errors_(errors) {}

  Xapian::Query operator()(const std::string& begin, const std::string& end) override {
    return errors_.guard([&] { return date_span_query(date_range(begin, end, now_)); });
  }

private:
  Date now_;
  ParseErrors& errors_;
};

// `date:A` without `..`: the whole period A names.
class DateFieldProcessor : public Xapian::FieldProcessor {
public:
  DateFieldProcessor(Date now, ParseErrors& errors) : now_(now), errors_(errors) {}

  Xapian::Query operator()(const std::string& value) override {
    return errors_.guard([&] { return date_span_query(period_of(value, now_)); });
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
    return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, slot, serialise(*span.from),
                         serialise(*span.to));
  if (span.from) return Xapian::Query(Xapian::Query::OP_VALUE_GE, slot, serialise(*span.from));
  if (span.to) return Xapian::Query(Xapian::Query::OP_VALUE_LE, slot, serialise(*span.to));
  return Xapian::Query::MatchAll;
}

void add_date_filters(Xapian::QueryParser& parser, Date now, ParseErrors& errors) {
  const std::string name(spec(Field::Date).query_name);
  parser.add_rangeprocessor((new DateRangeProcessor(name + ":", now, errors))->release());
  parser.add_boolean_prefix(name, (new DateFieldProcessor(now, errors))->release());
}

} // namespace news
