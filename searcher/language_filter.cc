#include "searcher/language_filter.hh"

#include <optional>
#include <string>

#include "common/error.hh"
#include "common/language_codes.hh"
#include "common/schema.hh"

namespace news {
namespace {

// A language by its name or code; or a code ICU does not know that the
// index holds (a declared `qaa`): the language facet lists it.
std::optional<std::string> language_code(const Xapian::Database& db, const std::string& value) {
  if (std::optional<std::string> code = language_named(value)) return code;
  std::string code = language_tag_code(value);
  if (!code.empty() && db.term_exists(boolean_term(Field::Language, code))) return code;
  return std::nullopt;
}

class LanguageFieldProcessor : public Xapian::FieldProcessor {
public:
  LanguageFieldProcessor(const Xapian::Database& db, ParseErrors& errors)
      : db_(db), errors_(errors) {}

  Xapian::Query operator()(const std::string& value) override {
    return errors_.guard([&] {
      const std::optional<std::string> code = language_code(db_, value);
      if (!code)
        throw_usage("{}:{} is not a language (a code such as en or de, or a name such as German)",
                    spec(Field::Language).query_name, value);
      return Xapian::Query(boolean_term(Field::Language, *code));
    });
  }

private:
  const Xapian::Database& db_;
  ParseErrors& errors_;
};

} // namespace

void add_language_filter(Xapian::QueryParser& parser, const Xapian::Database& db,
                         ParseErrors& errors) {
  const std::string name(spec(Field::Language).query_name);
  parser.add_boolean_prefix(name, (new LanguageFieldProcessor(db, errors))->release());
}

} // namespace news
