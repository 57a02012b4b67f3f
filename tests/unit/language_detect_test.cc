// Language detection (CLD2) and the choice between a declared and a detected language.
#include "common/language_detect.hh"

#include <doctest/doctest.h>

using namespace news;

namespace {

const std::string kGerman =
    "Die Stadtwerke haben zwanzig neue Straßenbahnen bestellt. Die Fahrzeuge sollen ab dem "
    "nächsten Jahr auf allen Linien fahren und die alten Wagen ersetzen. Nach Angaben des "
    "Bürgermeisters werden die Fahrgäste von mehr Platz und leiseren Fahrten profitieren.";

const std::string kRussian = "Президент России прилетел в Пекин, где встретится с председателем "
                             "Китая. Переговоры будут посвящены торговле, энергетике и "
                             "безопасности, сообщили в Кремле накануне визита.";

} // namespace

TEST_SUITE("language detection") {
  TEST_CASE("whole paragraphs are told apart") {
    CHECK(detect_language(kGerman).code == "de");
    CHECK(detect_language(kRussian).code == "ru");
    CHECK(detect_language("Les agriculteurs ont manifesté mardi dans les rues de Paris pour "
                          "protester contre la baisse des prix du lait et des céréales.")
              .code == "fr");
    CHECK(
        detect_language(
            "德国总理周二抵达北京，开始为期两天的访问。双方将讨论贸易、气候变化和汽车工业等问题。")
            .code == "zh");
  }

  TEST_CASE("too short or nothing to read stays undetermined") {
    CHECK(detect_language("").code.empty());
    CHECK(detect_language("OK").code.empty());
    CHECK(detect_language("12 345 678").code.empty());
  }

  TEST_CASE("the declared language stands unless enough text says otherwise") {
    CHECK(choose_language("de-DE", "", kGerman) == "de");
    CHECK(choose_language("en", "", kGerman) == "de");                 // contradicted
    CHECK(choose_language("fr", "Merci", "Oui.") == "fr");             // too short to contradict
    CHECK(choose_language("French", "Merci", "Oui.") == "fr");         // declared by its name
    CHECK(choose_language("Martian", "OK", "Ja.").empty());            // no language
    CHECK(choose_language("", "Neue Straßenbahnen", kGerman) == "de"); // detected
    CHECK(choose_language("", "OK", "Ja.").empty());                   // undetermined
  }

  TEST_CASE("the lead settles the language, or detection reads on") {
    std::string english;
    while (english.size() < 4000)
      english += "The city council approved the new budget on Tuesday after a long debate about "
                 "schools, roads and the harbour. ";
    // A German lead of more than kLeadBytes, then more English than German:
    // the lead says German, as a reader of the first lines would.
    const std::string german_lead = kGerman + " " + kGerman;
    REQUIRE(german_lead.size() > kLeadBytes);
    CHECK(choose_language("", "", german_lead + " " + english) == "de");
    // A lead of figures has too few letters to settle anything: read on.
    std::string figures;
    while (figures.size() < kLeadBytes)
      figures += "12.5 14.0 | 13.2 -- 11.8 ; ";
    CHECK(choose_language("", "", figures + kRussian + " " + kRussian) == "ru");
    CHECK(choose_language("en", "", figures + kRussian + " " + kRussian) == "ru");
  }
}
