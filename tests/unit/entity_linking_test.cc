// One entity under one name in an article: acronyms and their expansions,
// surnames, company endings, and the user's aliases (aliases.toml).
#include <doctest/doctest.h>

#include "common/acronyms.hh"
#include "common/entity_aliases.hh"
#include "common/entity_extractor.hh"
#include "common/entity_linking.hh"
#include "common/legal_forms.hh"
#include "tests/unit/entity_test_support.hh"

using namespace news;
using test::has;

TEST_CASE("acronyms: the initials of the words before the brackets, connectors optional") {
  const auto defs = acronym_definitions(tagger_sentences(
      "A meeting of the United Nations Conference on Trade and Development (UNCTAD) and the "
      "International Tin Council (ITC) in London (UK).")[0]);
  REQUIRE(defs.size() == 2);
  CHECK(defs[0].acronym == "UNCTAD");
  CHECK(defs[0].expansion == "United Nations Conference on Trade and Development");
  CHECK(defs[1].acronym == "ITC");
  CHECK(defs[1].expansion == "International Tin Council");
  CHECK(acronym_definitions(tagger_sentences("Shares of Acme (NYSE) rose")[0]).empty());
}

TEST_CASE("acronyms: an article's acronym finds it as an organisation, with its expansion") {
  Article a;
  a.body = "Delegates of the Association of Tin Producing Countries (ATPC) met on Monday. "
           "The ATPC said output would fall.";
  const Entities e = extract_entities(a);
  CHECK(has(e.org, "ATPC"));
  CHECK_FALSE(has(e.org, "Association of Tin Producing Countries"));
  const auto& forms = e.mentions[static_cast<std::size_t>(EntityKind::Org)].at("ATPC");
  CHECK(has(forms, "Association of Tin Producing Countries"));
}

TEST_CASE("known acronyms of international bodies: the expansion is the acronym") {
  Article a;
  a.body = "The International Tin Council met creditors in London on Tuesday.";
  CHECK(has(extract_entities(a).org, "ITC"));
}

TEST_CASE("surname linking: a bare surname is the person named in full earlier") {
  Article a;
  a.body = "British Chancellor of the Exchequer Nigel Lawson spoke on Monday. "
           "Lawson told reporters that sterling was stable.";
  const Entities e = extract_entities(a);
  CHECK(has(e.person, "Nigel Lawson"));
  CHECK_FALSE(has(e.person, "Lawson"));
  CHECK_FALSE(has(e.org, "Lawson"));
  CHECK_FALSE(has(e.place, "Lawson"));
}

TEST_CASE("variants merged: a surname taken for a place, a company ending") {
  Entities e;
  e.add(EntityKind::Person, "Mikhail Gorbachev");
  e.add(EntityKind::Place, "Gorbachev");
  e.add(EntityKind::Person, "Gorbachev");
  e.add(EntityKind::Org, "Texaco Inc");
  e.add(EntityKind::Org, "Texaco");
  merge_variants(e);
  CHECK(e.person == std::vector<std::string>{"Mikhail Gorbachev"});
  CHECK(e.place.empty());
  CHECK(e.org == std::vector<std::string>{"Texaco"});
  CHECK(has(e.mentions[static_cast<std::size_t>(EntityKind::Org)].at("Texaco"), "Texaco Inc"));
  CHECK(has(e.mentions[static_cast<std::size_t>(EntityKind::Person)].at("Mikhail Gorbachev"),
            "Gorbachev"));
}

TEST_CASE("bug: a Chinese surname alone is another person than the full name (`Xi`)") {
  Entities e;
  e.add(EntityKind::Person, "Xi Jinping");
  e.add(EntityKind::Person, "Xi");
  e.add(EntityKind::Person, "John Major");
  e.add(EntityKind::Person, "John Smith");
  e.add(EntityKind::Person, "John");
  merge_variants(e);
  CHECK(has(e.person, "Xi Jinping"));
  CHECK_FALSE(has(e.person, "Xi"));
  CHECK(has(e.mentions[static_cast<std::size_t>(EntityKind::Person)].at("Xi Jinping"), "Xi"));
  CHECK(has(e.person, "John")); // two people open with it: which one is not known
}

TEST_CASE("aliases: more names for an entity, and names never an entity") {
  const EntityAliases aliases = EntityAliases::parse(R"(
never = ["Newsroom"]
[person]
"Mikhail Gorbachev" = ["Gorby", "Gorbachov"]
[org]
"International Tin Council" = ["Tin Council"]
)",
                                                     "aliases.toml");
  CHECK(aliases.canonical(EntityKind::Person, "gorby") == "Mikhail Gorbachev");
  CHECK(aliases.canonical(EntityKind::Person, "Mikhail Gorbachev") == "Mikhail Gorbachev");
  CHECK_FALSE(aliases.canonical(EntityKind::Org, "Gorby"));
  CHECK(aliases.never("NEWSROOM"));
  Entities e;
  e.add(EntityKind::Person, "Gorby");
  e.add(EntityKind::Place, "Newsroom");
  e.add(EntityKind::Org, "Tin Council");
  aliases.apply(e);
  CHECK(e.person == std::vector<std::string>{"Mikhail Gorbachev"});
  CHECK(e.place.empty());
  CHECK(e.org == std::vector<std::string>{"International Tin Council"});
}

TEST_CASE("aliases: a bad file is named with its line") {
  CHECK_THROWS_WITH(EntityAliases::parse("[person]\n\"A\" = \"B\"\n", "a.toml"),
                    "a.toml:2:7: not a list of names");
  CHECK_THROWS_WITH(EntityAliases::parse("[people]\n", "a.toml"),
                    doctest::Contains("unknown section `people`"));
  CHECK_THROWS_WITH(EntityAliases::parse("[person\n", "a.toml"), doctest::Contains("a.toml:1:"));
}

TEST_CASE("bug: the words of a title-case headline were taken for people") {
  Article a;
  a.title = "Putin To Visit China Next Week";
  a.body = "Russian President Vladimir Putin will travel to Beijing, the Kremlin said.";
  const Entities e = extract_entities(a);
  CHECK(has(e.person, "Vladimir Putin"));
  CHECK_FALSE(has(e.person, "To"));
  CHECK_FALSE(has(e.person, "Visit China"));
}

TEST_CASE("bug: a title before a person's name was kept in it") {
  Article a;
  a.title = "T";
  a.body = "Harbour Mayor Eve Mallory opened the new quay on Monday, and Mallory said it was late.";
  const Entities e = extract_entities(a);
  CHECK(has(e.person, "Eve Mallory"));
  CHECK_FALSE(has(e.person, "Mayor Eve Mallory"));
}

TEST_CASE("legal forms: out of an organisation's key, names that differ otherwise apart") {
  CHECK(without_legal_form("Texaco Inc") == "Texaco");
  CHECK(without_legal_form("Texaco, Inc.") == "Texaco");
  CHECK(without_legal_form("Mitsubishi Heavy Industries Co Ltd") == "Mitsubishi Heavy Industries");
  CHECK(without_legal_form("Siemens AG") == "Siemens");
  CHECK(without_legal_form("Philips N.V.") == "Philips");
  CHECK(without_legal_form("Texas Instruments") == "Texas Instruments");
  CHECK(without_legal_form("Sears, Roebuck and Co") == "Sears, Roebuck and Co");
  CHECK(without_legal_form("Co") == "Co");
  CHECK(without_legal_form("AG") == "AG");
  CHECK(entity_key(EntityKind::Org, "Texaco Inc") == entity_key(EntityKind::Org, "TEXACO"));
  CHECK(entity_key(EntityKind::Org, "Texas Instruments Inc") !=
        entity_key(EntityKind::Org, "Texaco"));
  CHECK(entity_key(EntityKind::Person, "John Co") == "john co"); // only organisations
}
