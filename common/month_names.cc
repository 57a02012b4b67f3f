#include "common/month_names.hh"

#include <array>
#include <string>

#include "common/script_text.hh"

namespace news {
namespace {

struct MonthName {
  std::string_view name; // lowercase
  unsigned month;
};

// clang-format off
constexpr MonthName kMonths[] = {
    // German (and Austrian Jänner, Feber).
    {"januar", 1}, {"jänner", 1}, {"februar", 2}, {"feber", 2}, {"märz", 3}, {"mär", 3},
    {"mrz", 3}, {"mai", 5}, {"juni", 6}, {"juli", 7}, {"oktober", 10}, {"okt", 10},
    {"dezember", 12}, {"dez", 12},
    // French.
    {"janvier", 1}, {"janv", 1}, {"février", 2}, {"févr", 2}, {"fév", 2}, {"mars", 3},
    {"avril", 4}, {"avr", 4}, {"juin", 6}, {"juillet", 7}, {"juil", 7}, {"août", 8},
    {"septembre", 9}, {"octobre", 10}, {"novembre", 11}, {"décembre", 12}, {"déc", 12},
    // Spanish.
    {"enero", 1}, {"ene", 1}, {"febrero", 2}, {"marzo", 3}, {"abril", 4}, {"abr", 4},
    {"mayo", 5}, {"junio", 6}, {"julio", 7}, {"agosto", 8}, {"ago", 8}, {"septiembre", 9},
    {"setiembre", 9}, {"octubre", 10}, {"noviembre", 11}, {"diciembre", 12}, {"dic", 12},
    // Italian.
    {"gennaio", 1}, {"gen", 1}, {"febbraio", 2}, {"aprile", 4}, {"maggio", 5}, {"mag", 5},
    {"giugno", 6}, {"giu", 6}, {"luglio", 7}, {"lug", 7}, {"settembre", 9}, {"set", 9},
    {"ottobre", 10}, {"ott", 10}, {"dicembre", 12},
    // Portuguese.
    {"janeiro", 1}, {"fevereiro", 2}, {"fev", 2}, {"março", 3}, {"maio", 5}, {"junho", 6},
    {"julho", 7}, {"setembro", 9}, {"outubro", 10}, {"out", 10}, {"novembro", 11},
    {"dezembro", 12},
    // Dutch.
    {"januari", 1}, {"februari", 2}, {"maart", 3}, {"mrt", 3}, {"mei", 5}, {"augustus", 8},
    // Russian: the genitive a date uses, the nominative, abbreviations.
    {"января", 1}, {"февраля", 2}, {"марта", 3}, {"апреля", 4}, {"мая", 5}, {"июня", 6},
    {"июля", 7}, {"августа", 8}, {"сентября", 9}, {"октября", 10}, {"ноября", 11},
    {"декабря", 12}, {"январь", 1}, {"февраль", 2}, {"март", 3}, {"апрель", 4}, {"май", 5},
    {"июнь", 6}, {"июль", 7}, {"август", 8}, {"сентябрь", 9}, {"октябрь", 10},
    {"ноябрь", 11}, {"декабрь", 12}, {"янв", 1}, {"фев", 2}, {"мар", 3}, {"апр", 4},
    {"авг", 8}, {"сен", 9}, {"сент", 9}, {"окт", 10}, {"ноя", 11}, {"нояб", 11}, {"дек", 12},
};

constexpr std::string_view kWeekdays[] = {
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
    "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
    "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
};

constexpr std::string_view kFillers[] = {"de", "del", "г", "года", "год"};
// clang-format on

} // namespace

unsigned month_from_local_name(std::string_view word) {
  if (word.empty() || word.size() > 24) return 0;
  const std::string lower = unicode_lower(word);
  for (const MonthName& month : kMonths)
    if (lower == month.name) return month.month;
  return 0;
}

bool is_weekday_name(std::string_view word) {
  if (word.empty() || word.size() > 24) return false;
  const std::string lower = unicode_lower(word);
  for (std::string_view weekday : kWeekdays)
    if (lower == weekday) return true;
  return false;
}

bool is_date_filler(std::string_view word) {
  if (word.empty() || word.size() > 8) return false;
  const std::string lower = unicode_lower(word);
  for (std::string_view filler : kFillers)
    if (lower == filler) return true;
  return false;
}

} // namespace news
