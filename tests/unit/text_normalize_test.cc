#include "common/text_normalize.hh"

#include <doctest/doctest.h>

#include "common/utf8.hh"

using namespace news;

TEST_SUITE("text_normalize") {
  TEST_CASE("diacritics fold to base letters, case is kept") {
    CHECK(fold_for_search("Zürich café") == "Zurich cafe");
    CHECK(fold_for_search("Kraków, Łódź, Ørsted") == "Krakow, Lodz, Orsted");
    CHECK(fold_for_search("Straße Œuvre æther") == "Strasse OEuvre aether");
    CHECK(fold_for_search("Vinícius Júnior") == "Vinicius Junior");
  }

  TEST_CASE("typographic quotes become ASCII, other text is unchanged") {
    CHECK(fold_for_search("Putin\xE2\x80\x99s \xE2\x80\x9Cno-limits\xE2\x80\x9D") ==
          "Putin's \"no-limits\"");
    CHECK(fold_for_search("a\xC2\xA0"
                          "b") == "a b");
    CHECK(fold_for_search("Москва 北京 — 2024") == "Москва 北京 — 2024");
    CHECK(fold_for_search("") == "");
  }

  TEST_CASE("Russian ё is е, capital or not, other Cyrillic is kept") {
    CHECK(fold_for_search("ещё Ёлка") == "еще Елка");
    CHECK(fold_punctuation("ещё") == "ещё");
  }

  TEST_CASE("bug: Greek accents were not folded (τόνος did not find τονος)") {
    CHECK(normalize_for_search("τόνος") == normalize_for_search("τονος"));
    CHECK(normalize_for_search("ΤΌΝΟΣ") == "τονοσ");
    CHECK(fold_for_search("Ά Έ Ή Ί Ό Ύ Ώ") == "Α Ε Η Ι Ο Υ Ω");
    CHECK(fold_for_search("ά έ ή ί ό ύ ώ") == "α ε η ι ο υ ω");
    CHECK(fold_for_search("ϊ ϋ ΐ ΰ Ϊ Ϋ") == "ι υ ι υ Ι Υ");
    CHECK(normalize_for_search("προϋπόθεση") == "προυποθεση");
    CHECK(normalize_for_search("ο\u0301") == "ο");          // decomposed tonos
    CHECK(normalize_keeping_accents("Ελλάδα") == "ελλάδα"); // the spelling words keep them
    CHECK(fold_punctuation("τόνος") == "τόνος");
  }

  TEST_CASE("normalize_for_search: NFKC and full case folding in every script") {
    CHECK(normalize_for_search("Straße") == "strasse");
    CHECK(normalize_for_search("STRASSE") == "STRASSE"); // ASCII: Xapian lowercases it
    CHECK(normalize_for_search("\uFB01nance \uFB02ow") == "finance flow"); // ﬁ and ﬂ ligatures
    CHECK(normalize_for_search("\uFF21\uFF22\uFF23 \uFF11\uFF12") == "abc 12"); // full-width
    // Greek: capital Σ and final ς both fold to σ; tonos and dialytika are folded.
    CHECK(normalize_for_search("ΟΔΟΣ") == normalize_for_search("οδος"));
    CHECK(normalize_for_search("οδος") == "οδοσ");
    CHECK(normalize_for_search("Ελλάδα") == "ελλαδα");
    CHECK(normalize_for_search("ПУТИН Ёлка") == "путин елка");
    CHECK(normalize_for_search("İstanbul") == "istanbul");     // no combining dot left over
    CHECK(normalize_for_search("e\u0301t\u00E9") == "ete");    // decomposed and precomposed
    CHECK(normalize_for_search("Stra\u00ADsse") == "strasse"); // soft hyphen dropped
  }

  TEST_CASE("normalize_for_search keeps ASCII runs, query operators and quotes") {
    CHECK(normalize_for_search("Oil AND Straße OR NOT gas") == "Oil AND strasse OR NOT gas");
    CHECK(normalize_for_search("title:Straße \u201Cvisit\u201D") == "title:strasse \"visit\"");
    CHECK(normalize_for_search("") == "");
    CHECK(normalize_for_search("plain ASCII, kept.") == "plain ASCII, kept.");
  }

  TEST_CASE("normalize_for_search leaves right-to-left text in its order") {
    // Arabic and Hebrew letters are kept in logical order; presentation forms
    // become the letters they show, direction marks (default ignorable) go.
    CHECK(normalize_for_search("السلام عليكم") == "السلام عليكم");
    CHECK(normalize_for_search("שלום עולם") == "שלום עולם");
    CHECK(normalize_for_search("\uFEF7") == "\u0644\u0623"); // lam-alef ligature
    CHECK(normalize_for_search("\u200Fשלום") == "שלום");
    CHECK(is_valid_utf8(normalize_for_search("בְּרֵאשִׁית")));
  }

  TEST_CASE("Windows-1252 decoding") {
    CHECK(windows1252_to_utf8("caf\xE9") == "café");
    CHECK(windows1252_to_utf8("\x93quoted\x94 \x80 5") == "“quoted” € 5");
    CHECK(is_valid_utf8(windows1252_to_utf8("\x81\x8D\xFF")));
  }
}
