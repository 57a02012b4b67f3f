// Titles and honorifics of people in other languages (lowercase; the
// extractor compares one or two words in lowercase). See intl_name_words.hh.
#include "common/intl_name_words.hh"

namespace news::lists {
namespace {

// clang-format off
constexpr LocalWord kTitles[] = {
    // German: honorifics, offices, and their feminine forms.
    {"de", "herr"}, {"de", "herrn"}, {"de", "frau"}, {"de", "doktor"}, {"de", "dr."},
    {"de", "prof."}, {"de", "bundeskanzler"},
    {"de", "bundeskanzlerin"}, {"de", "kanzler"}, {"de", "kanzlerin"}, {"de", "bundespräsident"},
    {"de", "bundespräsidentin"}, {"de", "präsident"}, {"de", "präsidentin"},
    {"de", "ministerpräsident"}, {"de", "ministerpräsidentin"}, {"de", "minister"},
    {"de", "ministerin"}, {"de", "außenminister"}, {"de", "außenministerin"},
    {"de", "finanzminister"}, {"de", "finanzministerin"}, {"de", "innenminister"},
    {"de", "innenministerin"}, {"de", "verteidigungsminister"}, {"de", "wirtschaftsminister"},
    {"de", "bürgermeister"}, {"de", "bürgermeisterin"}, {"de", "oberbürgermeister"},
    {"de", "regierungschef"}, {"de", "regierungschefin"}, {"de", "parteichef"},
    {"de", "parteichefin"}, {"de", "vorsitzende"}, {"de", "vorsitzender"}, {"de", "sprecher"},
    {"de", "sprecherin"}, {"de", "papst"}, {"de", "könig"}, {"de", "königin"},
    // French.
    {"fr", "m."}, {"fr", "mme"}, {"fr", "mme."}, {"fr", "mlle"}, {"fr", "monsieur"},
    {"fr", "madame"}, {"fr", "président"}, {"fr", "présidente"}, {"fr", "le président"},
    {"fr", "la présidente"}, {"fr", "ministre"}, {"fr", "le ministre"}, {"fr", "la ministre"},
    {"fr", "premier ministre"}, {"fr", "première ministre"}, {"fr", "chancelier"},
    {"fr", "chancelière"}, {"fr", "le chancelier"}, {"fr", "maire"}, {"fr", "le maire"},
    {"fr", "la maire"}, {"fr", "député"}, {"fr", "députée"}, {"fr", "sénateur"},
    {"fr", "sénatrice"}, {"fr", "porte-parole"}, {"fr", "pape"}, {"fr", "roi"}, {"fr", "reine"},
    {"fr", "général"}, {"fr", "docteur"},
    // Spanish.
    {"es", "presidente"}, {"es", "presidenta"}, {"es", "el presidente"}, {"es", "la presidenta"},
    {"es", "ministro"}, {"es", "ministra"}, {"es", "el ministro"}, {"es", "la ministra"},
    {"es", "canciller"}, {"es", "el canciller"}, {"es", "alcalde"}, {"es", "alcaldesa"},
    {"es", "el alcalde"}, {"es", "señor"}, {"es", "señora"}, {"es", "sr."}, {"es", "sra."},
    {"es", "don"}, {"es", "doña"}, {"es", "portavoz"}, {"es", "papa"}, {"es", "el papa"},
    {"es", "rey"}, {"es", "el rey"}, {"es", "reina"}, {"es", "la reina"},
    // Italian.
    {"it", "presidente"}, {"it", "il presidente"}, {"it", "la presidente"}, {"it", "ministro"},
    {"it", "il ministro"}, {"it", "la ministra"}, {"it", "premier"}, {"it", "il premier"},
    {"it", "cancelliere"}, {"it", "sindaco"}, {"it", "il sindaco"}, {"it", "signor"},
    {"it", "signora"}, {"it", "sig."}, {"it", "sig.ra"}, {"it", "papa"}, {"it", "il papa"},
    // Portuguese.
    {"pt", "presidente"}, {"pt", "o presidente"}, {"pt", "a presidente"}, {"pt", "ministro"},
    {"pt", "ministra"}, {"pt", "o ministro"}, {"pt", "a ministra"}, {"pt", "chanceler"},
    {"pt", "prefeito"}, {"pt", "prefeita"}, {"pt", "senhor"}, {"pt", "senhora"},
    {"pt", "sr."}, {"pt", "sra."}, {"pt", "papa"}, {"pt", "o papa"},
    // Dutch.
    {"nl", "premier"}, {"nl", "minister-president"}, {"nl", "minister"}, {"nl", "president"},
    {"nl", "burgemeester"}, {"nl", "bondskanselier"}, {"nl", "koning"}, {"nl", "koningin"},
    {"nl", "meneer"}, {"nl", "mevrouw"}, {"nl", "dhr."}, {"nl", "mevr."},
    // Russian and Ukrainian.
    {"ru", "президент"}, {"ru", "премьер"}, {"ru", "премьер-министр"}, {"ru", "министр"},
    {"ru", "канцлер"}, {"ru", "глава"}, {"ru", "мэр"}, {"ru", "губернатор"}, {"ru", "депутат"},
    {"ru", "спикер"}, {"ru", "председатель"}, {"ru", "генсек"}, {"ru", "патриарх"},
    {"ru", "господин"}, {"ru", "госпожа"}, {"ru", "г-н"}, {"ru", "г-жа"}, {"ru", "пресс-секретарь"},
    {"ru", "представитель"}, {"ru", "лидер"}, {"ru", "генерал"}, {"ru", "папа"},
    {"ru", "президента"}, {"ru", "президенту"}, {"ru", "президентом"}, {"ru", "министра"},
    {"ru", "главы"}, {"ru", "канцлера"}, {"ru", "премьера"},
    {"uk", "президент"}, {"uk", "прем'єр-міністр"}, {"uk", "міністр"}, {"uk", "канцлер"},
    {"uk", "голова"}, {"uk", "мер"}, {"uk", "пан"}, {"uk", "пані"},
    // Greek.
    {"el", "πρόεδρος"}, {"el", "πρωθυπουργός"}, {"el", "υπουργός"}, {"el", "κύριος"},
    {"el", "κυρία"}, {"el", "δήμαρχος"},
};
// clang-format on

} // namespace

std::span<const LocalWord> intl_person_titles() { return kTitles; }

} // namespace news::lists
