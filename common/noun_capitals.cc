#include "common/noun_capitals.hh"

#include <algorithm>
#include <array>

namespace news {
namespace {

// The last part of a noun of office, in lowercase (the compound's own tail is
// lowercase: `Firmenchef`); masculine and feminine.
constexpr std::array<std::string_view, 34> kOfficeEndings{
    "chef",          "chefin",        "minister",
    "ministerin",    "präsident",     "präsidentin",
    "sprecher",      "sprecherin",    "leiter",
    "leiterin",      "direktor",      "direktorin",
    "vorsitzende",   "vorsitzender",  "inspekteur",
    "trainer",       "trainerin",     "kanzler",
    "kanzlerin",     "bürgermeister", "bürgermeisterin",
    "abgeordnete",   "abgeordneter",  "senator",
    "senatorin",     "sekretär",      "sekretärin",
    "kommissar",     "kommissarin",   "botschafter",
    "botschafterin", "vorstand",      "gründer",
    "gründerin"};

// Endings of German, Austrian and Swiss town names, in lowercase.
constexpr std::array<std::string_view, 17> kPlaceEndings{
    "heim", "hausen", "stedt", "stadt", "burg",  "dorf",   "hafen",   "haven", "ingen",
    "rode", "rod",    "bach",  "furt",  "brück", "büttel", "kirchen", "leben"};

// Given names common in German-speaking countries that the gazetteer's list
// (mostly English ones) lacks; sorted by bytes, for a binary search.
constexpr std::array<std::string_view, 179> kGivenNames{
    {"Achim",     "Alexander",  "Alfred",        "Andrea",      "Andreas",  "Angela",
     "Anja",      "Anke",       "Annalena",      "Anne",        "Annegret", "Annette",
     "Antje",     "Armin",      "Axel",          "Barbara",     "Beate",    "Bernd",
     "Bernhard",  "Bettina",    "Birgit",        "Bodo",        "Boris",    "Brigitte",
     "Burkhard",  "Bärbel",     "Carola",        "Carsten",     "Cem",      "Christa",
     "Christian", "Christiane", "Christine",     "Christoph",   "Claudia",  "Cornelia",
     "Dagmar",    "Detlef",     "Dieter",        "Dietmar",     "Dirk",     "Doris",
     "Dorothea",  "Edmund",     "Egon",          "Elisabeth",   "Elke",     "Emil",
     "Erich",     "Erika",      "Ernst",         "Erwin",       "Eva",      "Ewald",
     "Frank",     "Franz",      "Frauke",        "Friedrich",   "Fritz",    "Gabriele",
     "Georg",     "Gerd",       "Gerhard",       "Gernot",      "Gertrud",  "Gisela",
     "Gregor",    "Gudrun",     "Guido",         "Gustav",      "Günter",   "Günther",
     "Hannelore", "Hans",       "Hans-Dietrich", "Hans-Jürgen", "Hartmut",  "Heidi",
     "Heike",     "Heiko",      "Heinrich",      "Heinz",       "Helga",    "Helmut",
     "Herbert",   "Hermann",    "Hildegard",     "Holger",      "Horst",    "Hubert",
     "Hubertus",  "Ilse",       "Ingo",          "Ingrid",      "Jens",     "Joachim",
     "Jochen",    "Johann",     "Johannes",      "Josef",       "Julia",    "Jörg",
     "Jürgen",    "Karin",      "Karl",          "Karl-Heinz",  "Karsten",  "Katarina",
     "Katja",     "Katrin",     "Klaus",         "Knut",        "Konrad",   "Kurt",
     "Lothar",    "Ludwig",     "Lutz",          "Malu",        "Manfred",  "Manuela",
     "Marco",     "Margot",     "Markus",        "Martina",     "Matthias", "Maximilian",
     "Monika",    "Norbert",    "Olaf",          "Ole",         "Otto",     "Peer",
     "Petra",     "Philipp",    "Rainer",        "Ralf",        "Reinhard", "Renate",
     "Rita",      "Roland",     "Rolf",          "Rudolf",      "Rüdiger",  "Sabine",
     "Sahra",     "Sebastian",  "Siegfried",     "Sigmar",      "Silke",    "Simone",
     "Stefan",    "Steffen",    "Stephan",       "Susanne",     "Sven",     "Swen",
     "Theo",      "Thorsten",   "Tino",          "Torsten",     "Udo",      "Ulf",
     "Ulla",      "Ulrich",     "Ulrike",        "Ursula",      "Uta",      "Ute",
     "Uwe",       "Volker",     "Waltraud",      "Werner",      "Wilfried", "Wilhelm",
     "Willi",     "Willy",      "Winfried",      "Wolfgang",    "Wolfram"}};

// Endings of German abstract and other common nouns, which after `in` make no
// place: `in Ordnung`, `in Erinnerung`, `in Wirtschaft`, `in Bedrängnis`.
constexpr std::array<std::string_view, 15> kNounEndings{
    "ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften",
    "nis", "nisse", "tum",  "tät",    "ion",  "ionen",  "ismus"};

// Nouns that follow a preposition without an article in set phrases (`in Kauf
// nehmen`, `in Kraft`, `in Ruhe`, `vor allem`), the months and the compass points.
constexpr std::array<std::string_view, 33> kPhraseNouns{
    "Allem",  "Anspruch", "April",   "August",  "Betrieb", "Dezember",  "Februar",
    "Folge",  "Form",     "Frage",   "Gefahr",  "Haft",    "Januar",    "Juli",
    "Juni",   "Kauf",     "Kraft",   "Kürze",   "Mai",     "März",      "Neu",
    "Norden", "November", "Oktober", "Osten",   "Ruhe",    "September", "Süden",
    "Teil",   "Westen",   "Worten",  "Zukunft", "Öl"};

bool ends_with(std::string_view word, std::string_view ending) {
  return word.size() >= ending.size() && word.substr(word.size() - ending.size()) == ending;
}

// `word` is `ending` itself with a capital (`Trainer`), or a compound ending with it.
bool ends_as(std::string_view word, std::string_view ending) {
  if (word.size() == ending.size())
    return !word.empty() && word[0] >= 'A' && word[0] <= 'Z' && word[0] - 'A' + 'a' == ending[0] &&
           word.substr(1) == ending.substr(1);
  return ends_with(word, ending);
}

} // namespace

bool capitalises_nouns(std::string_view language) { return language == "de" || language == "lb"; }

bool is_given_name_in_noun_language(std::string_view word) {
  return std::binary_search(kGivenNames.begin(), kGivenNames.end(), word);
}

bool is_office_noun(std::string_view word) {
  // `US-Präsident`, `SPD-Chef`: the part after the last hyphen.
  if (const std::size_t hyphen = word.rfind('-'); hyphen != std::string_view::npos)
    word.remove_prefix(hyphen + 1);
  for (std::string_view ending : kOfficeEndings)
    if (ends_as(word, ending)) return true;
  return false;
}

bool may_be_place_after_preposition(std::string_view word) {
  if (has_place_name_ending(word)) return true;
  if (std::find(kPhraseNouns.begin(), kPhraseNouns.end(), word) != kPhraseNouns.end()) return false;
  for (std::string_view ending : kNounEndings)
    if (word.size() > ending.size() + 1 && ends_with(word, ending)) return false;
  // Place names are short; long words are compound nouns (`Niedrigenergiebauweise`).
  return word.size() <= 14;
}

bool has_place_name_ending(std::string_view word) {
  for (std::string_view ending : kPlaceEndings)
    // At least three letters before the ending: `Stadt` or `Burg` alone is a noun.
    if (word.size() >= ending.size() + 3 && ends_with(word, ending)) return true;
  return false;
}

} // namespace news
