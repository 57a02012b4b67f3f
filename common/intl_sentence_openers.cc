// The prepositions, conjunctions, adverbs and pronouns that open a sentence of a
// language other than English, capitalised there as every first word is, and
// are no part of the name after them (`En Italia`, `Doch Berlin`, `В США`).
// Asked with the article's language: `Como` opens a Spanish sentence (`how`)
// but is a city in an Italian one. See intl_name_words.hh.
#include "common/intl_name_words.hh"

namespace news::lists {
namespace {

// clang-format off
constexpr LocalWord kSentenceOpeners[] = {
    {"de", "Doch"}, {"de", "Aber"}, {"de", "Und"}, {"de", "Auch"}, {"de", "Nach"},
    {"de", "Seit"}, {"de", "Bei"}, {"de", "Mit"}, {"de", "Für"}, {"de", "Im"}, {"de", "Am"},
    {"de", "Vom"}, {"de", "Zum"}, {"de", "Zur"}, {"de", "Beim"}, {"de", "Aus"}, {"de", "Laut"},
    {"de", "Gegen"}, {"de", "Ohne"}, {"de", "Unter"}, {"de", "Über"}, {"de", "Vor"},
    {"de", "Zwischen"}, {"de", "Während"}, {"de", "Trotz"}, {"de", "Wegen"}, {"de", "Wie"},
    {"de", "Als"}, {"de", "Wenn"}, {"de", "Weil"}, {"de", "Dann"}, {"de", "Heute"},
    {"fr", "En"}, {"fr", "Dans"}, {"fr", "Pour"}, {"fr", "Avec"}, {"fr", "Selon"},
    {"fr", "Après"}, {"fr", "Avant"}, {"fr", "Depuis"}, {"fr", "Pendant"}, {"fr", "Chez"},
    {"fr", "Sur"}, {"fr", "Sous"}, {"fr", "Par"}, {"fr", "Mais"}, {"fr", "Et"}, {"fr", "Puis"},
    {"fr", "Lors"}, {"fr", "Entre"}, {"fr", "Contre"}, {"fr", "Sans"}, {"fr", "Vers"},
    {"fr", "Malgré"}, {"fr", "À"}, {"fr", "Au"}, {"fr", "Aux"}, {"fr", "Quand"},
    {"fr", "Comme"}, {"fr", "Alors"}, {"fr", "Ainsi"},
    {"es", "En"}, {"es", "Con"}, {"es", "Por"}, {"es", "Para"}, {"es", "Desde"},
    {"es", "Según"}, {"es", "Tras"}, {"es", "Durante"}, {"es", "Sin"}, {"es", "Sobre"},
    {"es", "Entre"}, {"es", "Hasta"}, {"es", "Pero"}, {"es", "Y"}, {"es", "Al"}, {"es", "Del"},
    {"es", "Cuando"}, {"es", "Como"}, {"es", "Aunque"}, {"es", "Después"}, {"es", "Antes"},
    {"es", "Ante"}, {"es", "Bajo"}, {"es", "Contra"}, {"es", "Mientras"},
    {"it", "Nel"}, {"it", "Nella"}, {"it", "Per"}, {"it", "Con"}, {"it", "Dopo"},
    {"it", "Secondo"}, {"it", "Durante"}, {"it", "Ma"}, {"it", "Tra"}, {"it", "Fra"},
    {"it", "Sul"}, {"it", "Dal"}, {"it", "Alla"}, {"it", "Al"}, {"it", "Anche"},
    {"pt", "Em"}, {"pt", "No"}, {"pt", "Na"}, {"pt", "Com"}, {"pt", "Para"}, {"pt", "Segundo"},
    {"pt", "Após"}, {"pt", "Durante"}, {"pt", "Mas"}, {"pt", "Desde"}, {"pt", "Depois"},
    {"nl", "In"}, {"nl", "Op"}, {"nl", "Met"}, {"nl", "Voor"}, {"nl", "Na"}, {"nl", "Maar"},
    {"nl", "En"}, {"nl", "Bij"}, {"nl", "Volgens"},
    {"ru", "В"}, {"ru", "Во"}, {"ru", "На"}, {"ru", "С"}, {"ru", "Со"}, {"ru", "К"},
    {"ru", "По"}, {"ru", "Из"}, {"ru", "От"}, {"ru", "До"}, {"ru", "За"}, {"ru", "О"},
    {"ru", "Об"}, {"ru", "У"}, {"ru", "При"}, {"ru", "Для"}, {"ru", "После"}, {"ru", "Перед"},
    {"ru", "Через"}, {"ru", "Без"}, {"ru", "Под"}, {"ru", "Над"}, {"ru", "Между"},
    {"ru", "Но"}, {"ru", "И"}, {"ru", "А"}, {"ru", "Также"}, {"ru", "Однако"}, {"ru", "Как"},
    {"ru", "Когда"}, {"ru", "Если"}, {"ru", "Хотя"}, {"ru", "Так"}, {"ru", "Уже"},
    {"ru", "Это"}, {"ru", "Он"}, {"ru", "Она"}, {"ru", "Они"},
    {"uk", "У"}, {"uk", "В"}, {"uk", "На"}, {"uk", "З"}, {"uk", "До"}, {"uk", "Від"},
    {"uk", "Після"}, {"uk", "Але"}, {"uk", "І"}, {"uk", "Й"},
    {"el", "Στο"}, {"el", "Στη"}, {"el", "Στην"}, {"el", "Στον"}, {"el", "Από"}, {"el", "Με"},
    {"el", "Για"}, {"el", "Και"}, {"el", "Αλλά"},
};
// clang-format on

} // namespace

std::span<const LocalWord> sentence_openers() { return kSentenceOpeners; }

} // namespace news::lists
