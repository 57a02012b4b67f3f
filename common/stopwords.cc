#include "common/stopwords.hh"

#include <algorithm>
#include <iterator>
#include <span>

namespace news {
namespace {

// clang-format off
// en
constexpr std::string_view kEn[] = {
    "a",       "about",   "above",   "after", "again",  "against", "all",     "am",    "an",
    "and",     "any",     "are",     "as",    "at",     "be",      "because", "been",  "before",
    "being",   "below",   "between", "both",  "but",    "by",      "can",     "could", "did",
    "do",      "does",    "doing",   "down",  "during", "each",    "few",     "for",   "from",
    "further", "had",     "has",     "have",  "having", "he",      "her",     "here",  "hers",
    "him",     "his",     "how",     "i",     "if",     "in",      "into",    "is",    "it",
    "its",     "itself",  "me",      "more",  "most",   "my",      "no",      "nor",   "not",
    "of",      "off",     "on",      "once",  "only",   "or",      "other",   "our",   "out",
    "over",    "own",     "same",    "she",   "should", "so",      "some",    "such",  "than",
    "that",    "the",     "their",   "them",  "then",   "there",   "these",   "they",  "this",
    "those",   "through", "to",      "too",   "under",  "until",   "up",      "very",  "was",
    "we",      "were",    "what",    "when",  "where",  "which",   "while",   "who",   "whom",
    "why",     "will",    "with",    "would", "you",    "your",
};
// fr: 77
constexpr std::string_view kFr[] = {
    "a", "au", "aussi", "aux", "avec", "c", "ce", "ces", "cet", "cette", "comme", "d", "dans",
    "de", "des", "du", "elle", "en", "est", "et", "etait", "ete", "eux", "il", "j", "je", "l",
    "la", "le", "les", "leur", "lui", "m", "ma", "mais", "me", "meme", "mes", "moi", "mon", "n",
    "ne", "nos", "notre", "nous", "on", "ont", "ou", "par", "pas", "plus", "pour", "qu", "que",
    "qui", "s", "sa", "se", "ses", "son", "sont", "sur", "t", "ta", "te", "tes", "toi", "ton",
    "tous", "tout", "tu", "un", "une", "vos", "votre", "vous", "y",
};
// de: 93
constexpr std::string_view kDe[] = {
    "aber", "alle", "als", "also", "am", "an", "auch", "auf", "aus", "bei", "bin", "bis", "bist",
    "da", "damit", "dann", "das", "dass", "dein", "dem", "den", "der", "des", "dich", "die",
    "dir", "doch", "dort", "du", "durch", "ein", "eine", "einem", "einen", "einer", "eines",
    "er", "es", "fur", "hat", "hatte", "ich", "ihm", "ihn", "ihr", "im", "in", "ist", "ja",
    "jede", "kann", "kein", "man", "mich", "mir", "mit", "muss", "nach", "nicht", "noch", "nun",
    "nur", "ob", "oder", "ohne", "sehr", "sein", "seine", "sich", "sie", "sind", "so", "uber",
    "um", "und", "uns", "unser", "vom", "von", "vor", "war", "waren", "was", "weil", "wenn",
    "wer", "wie", "wir", "wird", "wo", "zu", "zum", "zur",
};
// es: 58
constexpr std::string_view kEs[] = {
    "a", "al", "algo", "como", "con", "de", "del", "donde", "el", "ella", "ellos", "en", "era",
    "es", "esa", "ese", "esta", "este", "esto", "fue", "ha", "han", "hay", "la", "las", "le",
    "les", "lo", "los", "mas", "me", "mi", "muy", "ni", "no", "nos", "o", "para", "pero", "por",
    "que", "se", "sea", "ser", "si", "sin", "sobre", "su", "sus", "tambien", "te", "tu", "un",
    "una", "uno", "y", "ya", "yo",
};
// ru: 96
constexpr std::string_view kRu[] = {
    "а", "без", "более", "бы", "был", "была", "были", "было", "быть", "в", "вам", "вас", "во",
    "вот", "все", "всего", "всех", "вы", "где", "да", "для", "до", "его", "ее", "если", "есть",
    "еще", "же", "за", "здесь", "и", "из", "или", "им", "их", "к", "как", "ко", "когда", "кто",
    "ли", "либо", "мне", "может", "мы", "на", "над", "не", "него", "нее", "нет", "ни", "них",
    "но", "ну", "о", "об", "однако", "он", "она", "они", "оно", "от", "очень", "по", "под",
    "при", "с", "со", "так", "также", "такои", "там", "те", "тем", "то", "того", "тоже", "тои",
    "только", "том", "ты", "у", "уже", "хотя", "чего", "чеи", "чем", "что", "чтобы", "чье",
    "чья", "эта", "эти", "это", "я",
};
// it: 61
constexpr std::string_view kIt[] = {
    "a", "ad", "al", "alla", "alle", "anche", "che", "chi", "ci", "come", "con", "cui", "da",
    "dal", "dalla", "degli", "dei", "del", "della", "delle", "di", "e", "ed", "gli", "ha",
    "hanno", "il", "in", "io", "la", "le", "lei", "lo", "loro", "lui", "ma", "mi", "ne", "nel",
    "nella", "noi", "non", "o", "per", "piu", "quella", "quello", "questa", "questo", "se", "si",
    "sono", "su", "sua", "sue", "suo", "tra", "tu", "un", "una", "uno",
};
// pt: 60
constexpr std::string_view kPt[] = {
    "a", "ao", "aos", "as", "com", "como", "da", "das", "de", "dele", "do", "dos", "e", "ela",
    "ele", "eles", "em", "entre", "era", "essa", "esse", "esta", "este", "eu", "foi", "ha",
    "isso", "isto", "ja", "mais", "mas", "me", "meu", "muito", "na", "nao", "nas", "nem", "no",
    "nos", "o", "os", "ou", "para", "pela", "pelo", "por", "quando", "que", "se", "sem", "ser",
    "seu", "sua", "tambem", "te", "tem", "um", "uma", "voce",
};
// nl: 66
constexpr std::string_view kNl[] = {
    "aan", "al", "als", "bij", "dan", "dat", "de", "der", "deze", "die", "dit", "doch", "door",
    "dus", "een", "en", "er", "had", "heb", "hem", "het", "hier", "hij", "hoe", "ik", "in", "is",
    "ja", "je", "kan", "maar", "me", "met", "mij", "na", "naar", "niet", "nog", "nu", "of", "om",
    "ook", "op", "over", "te", "tot", "u", "uit", "van", "veel", "voor", "want", "was", "wat",
    "we", "wel", "werd", "wie", "wij", "worden", "zal", "ze", "zich", "zij", "zijn", "zo",
};
// clang-format on

struct StopList {
  std::string_view language;
  std::span<const std::string_view> words;
};

constexpr StopList kLists[] = {
    {"de", kDe}, {"en", kEn}, {"es", kEs}, {"fr", kFr},
    {"it", kIt}, {"nl", kNl}, {"pt", kPt}, {"ru", kRu},
};

constexpr bool sorted_lists() {
  for (const StopList& list : kLists)
    if (!std::is_sorted(list.words.begin(), list.words.end())) return false;
  return true;
}
static_assert(sorted_lists(), "each stopword list is in byte order, for binary search");

} // namespace

bool is_language_stopword(std::string_view language, std::string_view word) {
  for (const StopList& list : kLists)
    if (list.language == language)
      return std::binary_search(list.words.begin(), list.words.end(), word);
  return false;
}

} // namespace news
