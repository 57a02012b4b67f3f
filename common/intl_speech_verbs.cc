// Verbs of saying in other languages, after a person's name (`Scholz sagte`,
// `Путин заявил`). See intl_name_words.hh.
#include "common/intl_name_words.hh"

namespace news::lists {
namespace {

// clang-format off
constexpr LocalWord kSpeechVerbs[] = {
    {"de", "sagte"}, {"de", "sagt"}, {"de", "erklärte"}, {"de", "betonte"}, {"de", "sagten"},
    {"de", "kündigte"}, {"de", "teilte"}, {"de", "forderte"},
    {"fr", "déclare"}, {"fr", "affirme"}, {"fr", "estime"}, {"fr", "explique"},
    {"fr", "annonce"}, {"fr", "dit"},
    {"es", "dijo"}, {"es", "afirmó"}, {"es", "declaró"}, {"es", "aseguró"}, {"es", "señaló"},
    {"es", "anunció"}, {"es", "explicó"},
    {"it", "dice"}, {"it", "afferma"}, {"it", "dichiarato"},
    {"pt", "disse"}, {"pt", "afirmou"}, {"pt", "declarou"},
    {"nl", "zei"}, {"nl", "zegt"}, {"nl", "verklaarde"},
    {"ru", "заявил"}, {"ru", "заявила"}, {"ru", "сказал"}, {"ru", "сказала"}, {"ru", "сообщил"},
    {"ru", "сообщила"}, {"ru", "отметил"}, {"ru", "отметила"}, {"ru", "подчеркнул"},
    {"ru", "считает"}, {"ru", "объявил"}, {"ru", "призвал"}, {"ru", "встретился"},
    {"uk", "заявив"}, {"uk", "сказав"}, {"uk", "повідомив"},
    {"el", "δήλωσε"}, {"el", "είπε"},
};
// clang-format on

} // namespace

std::span<const LocalWord> intl_speech_verbs() { return kSpeechVerbs; }

} // namespace news::lists
