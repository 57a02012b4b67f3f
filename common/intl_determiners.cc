// Articles and determiners of other languages: the sentence-initial ones
// that are not part of the name after them (`Der`, `Le`, `El`), and the
// lowercase ones after which German capitalises a common noun. See
// intl_name_words.hh.
#include "common/intl_name_words.hh"

namespace news::lists {
namespace {

// clang-format off
constexpr LocalWord kSentenceDeterminers[] = {
    {"de", "Der"}, {"de", "Die"}, {"de", "Das"}, {"de", "Den"}, {"de", "Dem"}, {"de", "Des"},
    {"de", "Ein"}, {"de", "Eine"}, {"de", "Einen"}, {"de", "Einem"}, {"de", "Einer"},
    {"de", "Dieser"}, {"de", "Diese"}, {"de", "Dieses"}, {"de", "Jeder"}, {"de", "Jede"},
    {"fr", "Le"}, {"fr", "La"}, {"fr", "Les"}, {"fr", "L'"}, {"fr", "Un"}, {"fr", "Une"},
    {"fr", "Des"}, {"fr", "Ce"}, {"fr", "Cette"}, {"fr", "Ces"}, {"fr", "Du"},
    {"es", "El"}, {"es", "La"}, {"es", "Los"}, {"es", "Las"}, {"es", "Un"}, {"es", "Una"},
    {"es", "Unos"}, {"es", "Unas"}, {"es", "Este"}, {"es", "Esta"}, {"es", "Estos"},
    {"it", "Il"}, {"it", "Lo"}, {"it", "La"}, {"it", "Gli"}, {"it", "Le"}, {"it", "Un"},
    {"it", "Una"}, {"it", "Uno"}, {"it", "Questo"}, {"it", "Questa"},
    {"pt", "O"}, {"pt", "A"}, {"pt", "Os"}, {"pt", "As"}, {"pt", "Um"}, {"pt", "Uma"},
    {"nl", "De"}, {"nl", "Het"}, {"nl", "Een"}, {"nl", "Deze"}, {"nl", "Dit"},
    {"el", "Ο"}, {"el", "Η"}, {"el", "Το"}, {"el", "Οι"}, {"el", "Τα"},
};

constexpr LocalWord kNounArticles[] = {
    {"de", "der"}, {"de", "die"}, {"de", "das"}, {"de", "den"}, {"de", "dem"}, {"de", "des"},
    {"de", "ein"}, {"de", "eine"}, {"de", "einen"}, {"de", "einem"}, {"de", "einer"},
    {"de", "eines"}, {"de", "dieser"}, {"de", "diese"}, {"de", "dieses"}, {"de", "diesem"},
    {"de", "im"}, {"de", "vom"}, {"de", "zum"}, {"de", "zur"}, {"de", "beim"},
};
// clang-format on

} // namespace

std::span<const LocalWord> sentence_determiners() { return kSentenceDeterminers; }
std::span<const LocalWord> noun_articles() { return kNounArticles; }

} // namespace news::lists
