// Curated lists for entity extraction. Each list is short, general knowledge,
// and documented in docs/entities.md; none is derived from an evaluation set.
#include "common/entity_lists.hh"

namespace news::lists {
namespace {

// Lists read best packed, many entries a line.
// clang-format off

constexpr Alias kPlaceAliases[] = {
    {"US", "United States"}, {"U.S.", "United States"}, {"USA", "United States"},
    {"U.S.A.", "United States"}, {"America", "United States"},
    {"United States of America", "United States"}, {"UK", "United Kingdom"},
    {"U.K.", "United Kingdom"}, {"Britain", "United Kingdom"}, {"Great Britain", "United Kingdom"},
    {"Russian Federation", "Russia"}, {"Soviet Union", "Soviet Union"}, {"USSR", "Soviet Union"},
    {"Holland", "Netherlands"}, {"The Netherlands", "Netherlands"}, {"Czechia", "Czech Republic"},
    {"UAE", "United Arab Emirates"}, {"Viet Nam", "Vietnam"}, {"Ivory Coast", "Cote d'Ivoire"},
    {"Burma", "Myanmar"}, {"West Germany", "West Germany"}, {"East Germany", "East Germany"},
    {"South Korea", "South Korea"}, {"North Korea", "North Korea"}, {"Hong Kong", "Hong Kong"},
    {"Peking", "Beijing"}, {"Bombay", "Mumbai"}, {"Kiev", "Kyiv"}, {"Zaire", "Zaire"},
    {"Yugoslavia", "Yugoslavia"}, {"Bosnia", "Bosnia and Herzegovina"},
    {"Macedonia", "North Macedonia"},
};

constexpr Alias kDemonyms[] = {
    {"American", "United States"}, {"British", "United Kingdom"}, {"English", "England"},
    {"Scottish", "Scotland"}, {"Welsh", "Wales"}, {"Irish", "Ireland"}, {"French", "France"},
    {"German", "Germany"}, {"Italian", "Italy"}, {"Spanish", "Spain"}, {"Portuguese", "Portugal"},
    {"Dutch", "Netherlands"}, {"Belgian", "Belgium"}, {"Swiss", "Switzerland"},
    {"Austrian", "Austria"}, {"Swedish", "Sweden"}, {"Norwegian", "Norway"}, {"Danish", "Denmark"},
    {"Finnish", "Finland"}, {"Polish", "Poland"}, {"Czech", "Czech Republic"},
    {"Hungarian", "Hungary"}, {"Romanian", "Romania"}, {"Bulgarian", "Bulgaria"},
    {"Greek", "Greece"}, {"Turkish", "Turkey"}, {"Russian", "Russia"}, {"Ukrainian", "Ukraine"},
    {"Belarusian", "Belarus"}, {"Serbian", "Serbia"}, {"Croatian", "Croatia"},
    {"Bosnian", "Bosnia and Herzegovina"}, {"Albanian", "Albania"}, {"Chinese", "China"},
    {"Japanese", "Japan"}, {"Korean", "South Korea"}, {"Indian", "India"},
    {"Pakistani", "Pakistan"}, {"Afghan", "Afghanistan"}, {"Iranian", "Iran"}, {"Iraqi", "Iraq"},
    {"Syrian", "Syria"}, {"Israeli", "Israel"}, {"Palestinian", "Palestine"},
    {"Lebanese", "Lebanon"}, {"Jordanian", "Jordan"}, {"Saudi", "Saudi Arabia"},
    {"Egyptian", "Egypt"}, {"Libyan", "Libya"}, {"Algerian", "Algeria"}, {"Moroccan", "Morocco"},
    {"Tunisian", "Tunisia"}, {"Nigerian", "Nigeria"}, {"Kenyan", "Kenya"},
    {"Ethiopian", "Ethiopia"}, {"South African", "South Africa"}, {"Zimbabwean", "Zimbabwe"},
    {"Brazilian", "Brazil"}, {"Argentine", "Argentina"}, {"Argentinian", "Argentina"},
    {"Chilean", "Chile"}, {"Peruvian", "Peru"}, {"Colombian", "Colombia"},
    {"Venezuelan", "Venezuela"}, {"Mexican", "Mexico"}, {"Cuban", "Cuba"}, {"Canadian", "Canada"},
    {"Australian", "Australia"}, {"New Zealand", "New Zealand"}, {"Indonesian", "Indonesia"},
    {"Malaysian", "Malaysia"}, {"Thai", "Thailand"}, {"Vietnamese", "Vietnam"},
    {"Philippine", "Philippines"}, {"Filipino", "Philippines"}, {"Taiwanese", "Taiwan"},
    {"Kazakh", "Kazakhstan"}, {"Georgian", "Georgia"}, {"Armenian", "Armenia"},
    {"Azerbaijani", "Azerbaijan"}, {"Lithuanian", "Lithuania"}, {"Latvian", "Latvia"},
    {"Estonian", "Estonia"}, {"Slovak", "Slovakia"}, {"Slovenian", "Slovenia"},
    {"Icelandic", "Iceland"}, {"Kuwaiti", "Kuwait"}, {"Qatari", "Qatar"},
    {"Emirati", "United Arab Emirates"}, {"Omani", "Oman"}, {"Yemeni", "Yemen"},
    {"Sudanese", "Sudan"}, {"Somali", "Somalia"}, {"Ghanaian", "Ghana"}, {"Senegalese", "Senegal"},
    {"Angolan", "Angola"}, {"Bangladeshi", "Bangladesh"}, {"Sri Lankan", "Sri Lanka"},
    {"Nepalese", "Nepal"}, {"Soviet", "Soviet Union"}, {"Yugoslav", "Yugoslavia"},
    {"Chechen", "Chechnya"}, {"Kurdish", "Kurdistan"}, {"Tibetan", "Tibet"},
    {"Bolivian", "Bolivia"}, {"Ecuadorean", "Ecuador"}, {"Uruguayan", "Uruguay"},
    {"Paraguayan", "Paraguay"},
};

constexpr std::string_view kPlaces[] = {
    "Europe", "Asia", "Africa", "North America", "South America", "Latin America", "Middle East",
    "Far East", "Gulf", "Persian Gulf", "Balkans", "Caribbean", "Pacific", "Atlantic",
    "Mediterranean", "Baltic", "Black Sea", "Caspian Sea", "Scandinavia", "Siberia", "Kashmir",
    "Gaza", "Gaza Strip", "West Bank", "Golan Heights", "Chechnya", "Kurdistan", "Tibet",
    "Palestine", "England", "Scotland", "Wales", "Northern Ireland", "Soviet Union", "Yugoslavia",
    "West Germany", "East Germany", "Zaire", "Hong Kong", "Macau", "Taiwan", "Wall Street",
    "Silicon Valley", "Sahara", "Amazon", "Himalayas", "Alps", "Korea", "Crimea", "Donbas",
    "Russia", "Iran", "Syria", "Vietnam", "Laos", "Moldova", "Tanzania", "Venezuela", "Bolivia",
    "Czech Republic", "South Korea", "North Korea", "Congo", "Micronesia", "Moscow", "Beijing",
    "Shanghai", "Hong Kong", "Tokyo", "Osaka", "Seoul", "Pyongyang", "Taipei", "Manila", "Jakarta",
    "Bangkok", "Hanoi", "Ho Chi Minh City", "Kuala Lumpur", "Singapore", "New Delhi", "Delhi",
    "Mumbai", "Calcutta", "Kolkata", "Madras", "Chennai", "Bangalore", "Karachi", "Islamabad",
    "Lahore", "Kabul", "Tehran", "Baghdad", "Damascus", "Beirut", "Amman", "Jerusalem", "Tel Aviv",
    "Riyadh", "Jeddah", "Kuwait City", "Doha", "Dubai", "Abu Dhabi", "Muscat", "Sanaa", "Cairo",
    "Alexandria", "Tripoli", "Tunis", "Algiers", "Rabat", "Casablanca", "Khartoum", "Addis Ababa",
    "Nairobi", "Lagos", "Abuja", "Accra", "Dakar", "Kinshasa", "Luanda", "Johannesburg", "Pretoria",
    "Cape Town", "Harare", "Lusaka", "Kampala", "Kigali", "Mogadishu", "London", "Paris", "Berlin",
    "Bonn", "Frankfurt", "Munich", "Hamburg", "Madrid", "Barcelona", "Lisbon", "Rome", "Milan",
    "Naples", "Vienna", "Zurich", "Geneva", "Bern", "Brussels", "Amsterdam", "The Hague",
    "Rotterdam", "Luxembourg", "Dublin", "Edinburgh", "Glasgow", "Manchester", "Liverpool",
    "Birmingham", "Copenhagen", "Stockholm", "Oslo", "Helsinki", "Reykjavik", "Warsaw", "Prague",
    "Budapest", "Bucharest", "Sofia", "Belgrade", "Zagreb", "Sarajevo", "Ljubljana", "Athens",
    "Ankara", "Istanbul", "Kyiv", "Kiev", "Minsk", "Vilnius", "Riga", "Tallinn", "St Petersburg",
    "Saint Petersburg", "Grozny", "Tbilisi", "Yerevan", "Baku", "Almaty", "Astana", "Tashkent",
    "Washington", "New York", "Los Angeles", "Chicago", "Houston", "San Francisco", "Boston",
    "Miami", "Atlanta", "Dallas", "Detroit", "Seattle", "Philadelphia", "Toronto", "Montreal",
    "Vancouver", "Ottawa", "Mexico City", "Havana", "Caracas", "Bogota", "Lima", "Quito",
    "Santiago", "Buenos Aires", "Montevideo", "Sao Paulo", "Rio de Janeiro", "Brasilia", "La Paz",
    "Sydney", "Melbourne", "Canberra", "Wellington", "Auckland", "Strasbourg", "Marseille", "Lyon",
    "Salvador",
};

constexpr Alias kOrganisations[] = {
    {"NATO", "NATO"}, {"North Atlantic Treaty Organization", "NATO"},
    {"North Atlantic Treaty Organisation", "NATO"}, {"OPEC", "OPEC"},
    {"Organization of Petroleum Exporting Countries", "OPEC"}, {"IMF", "IMF"},
    {"International Monetary Fund", "IMF"}, {"World Bank", "World Bank"}, {"UN", "United Nations"},
    {"U.N.", "United Nations"}, {"United Nations", "United Nations"}, {"EU", "European Union"},
    {"European Union", "European Union"}, {"EC", "European Community"},
    {"European Community", "European Community"}, {"European Commission", "European Commission"},
    {"WTO", "World Trade Organization"}, {"World Trade Organization", "World Trade Organization"},
    {"GATT", "GATT"}, {"ECB", "European Central Bank"},
    {"European Central Bank", "European Central Bank"}, {"Federal Reserve", "Federal Reserve"},
    {"Fed", "Federal Reserve"}, {"Bundesbank", "Bundesbank"},
    {"Bank of England", "Bank of England"}, {"Bank of Japan", "Bank of Japan"}, {"OECD", "OECD"},
    {"WHO", "World Health Organization"},
    {"World Health Organization", "World Health Organization"}, {"UNICEF", "UNICEF"},
    {"UNESCO", "UNESCO"}, {"Red Cross", "Red Cross"}, {"Interpol", "Interpol"}, {"FIFA", "FIFA"},
    {"UEFA", "UEFA"}, {"IOC", "International Olympic Committee"}, {"Reuters", "Reuters"},
    {"Associated Press", "Associated Press"}, {"AP", "Associated Press"}, {"AFP", "AFP"},
    {"BBC", "BBC"}, {"CNN", "CNN"}, {"Congress", "Congress"}, {"Senate", "Senate"},
    {"Pentagon", "Pentagon"}, {"White House", "White House"}, {"Kremlin", "Kremlin"},
    {"State Department", "State Department"}, {"Treasury", "Treasury"}, {"CIA", "CIA"},
    {"FBI", "FBI"}, {"KGB", "KGB"}, {"ASEAN", "ASEAN"}, {"African Union", "African Union"},
    {"Hamas", "Hamas"}, {"Hezbollah", "Hezbollah"}, {"Taliban", "Taliban"}, {"PLO", "PLO"},
    {"Nasdaq", "Nasdaq"}, {"SEC", "SEC"}, {"Securities and Exchange Commission", "SEC"},
    {"G7", "G7"}, {"Group of Seven", "G7"}, {"G20", "G20"}, {"Greenpeace", "Greenpeace"},
    {"Amnesty International", "Amnesty International"}, {"Supreme Court", "Supreme Court"},
    {"Labour", "Labour Party"}, {"Labour Party", "Labour Party"},
    {"Conservative Party", "Conservative Party"}, {"Democrats", "Democratic Party"},
    {"Republicans", "Republican Party"}, {"Fiat", "Fiat"}, {"IBM", "IBM"},
    {"General Motors", "General Motors"}, {"GM", "General Motors"}, {"Ford", "Ford"},
    {"Toyota", "Toyota"}, {"Boeing", "Boeing"}, {"Airbus", "Airbus"}, {"Microsoft", "Microsoft"},
    {"Apple", "Apple"}, {"Google", "Google"}, {"Gazprom", "Gazprom"}, {"Chrysler", "Chrysler"},
    {"Interfax", "Interfax"}, {"Xinhua", "Xinhua"}, {"Itar-Tass", "Itar-Tass"}, {"Tass", "Tass"},
    {"Kyodo", "Kyodo"}, {"Bloomberg", "Bloomberg"}, {"Dow Jones", "Dow Jones"},
    {"Moody's", "Moody's"}, {"Standard & Poor's", "Standard & Poor's"}, {"OSCE", "OSCE"},
    {"Organisation for Security and Cooperation in Europe", "OSCE"},
    {"Organization for Security and Cooperation in Europe", "OSCE"}, {"Texaco", "Texaco"},
    {"Exxon", "Exxon"}, {"Shell", "Shell"},
};

constexpr std::string_view kOrganisationWords[] = {
    "Inc", "Inc.", "Corp", "Corp.", "Corporation", "Ltd", "Ltd.", "Limited", "Co", "Co.", "Company",
    "Plc", "PLC", "AG", "SA", "NV", "GmbH", "Bank", "Bancorp", "Bancshares", "Group", "Holdings",
    "Ministry", "Council", "Union", "Party", "Association", "Agency", "Organisation",
    "Organization", "Committee", "Commission", "Federation", "Institute", "University", "College",
    "Exchange", "Fund", "Board", "Department", "Authority", "Court", "Airlines", "Airways",
    "Motors", "Industries", "Trust", "Securities", "Partners", "Club", "Assembly", "Parliament",
    "Police", "Army", "Navy", "Front", "Movement", "Office", "Foundation", "Society", "Times",
    "Post", "Journal", "Telegraph", "Network", "Television", "Systems", "Technologies", "Electric",
    "Petroleum", "Chemicals", "Steel", "Mining", "Railways", "Reserve", "Cabinet", "Embassy",
    "Coalition", "Alliance", "Brigade", "Brigades", "Guard", "Forces", "Corps", "Church",
    "Hospital", "School", "Congress", "Senate", "Council", "Press", "Enterprises", "Insurance",
    "Investments", "Communications", "Pharmaceuticals", "Laboratories", "Resources", "Energy",
    "Oil", "Gas", "Petroleum", "Telecom", "Airport", "United", "City", "Rovers", "Wanderers",
    "Athletic",
};

constexpr std::string_view kEventWords[] = {
    "Championship", "Championships", "Cup", "Bowl", "Open", "Games", "Trophy", "Tournament",
    "Olympics", "Classic", "Prix", "Marathon", "Rally", "Invitational",
};

constexpr std::string_view kPlaceWords[] = {
    "River", "Lake", "Sea", "Ocean", "Bay", "Gulf", "Island", "Islands", "Mountains", "Mount",
    "Valley", "Desert", "Strait", "Canal", "Peninsula", "Coast", "Street", "Road", "Avenue",
    "Square", "Stadium", "Bridge", "Province", "Region", "District", "County", "Heights",
};

constexpr std::string_view kPersonTitles[] = {
    "president", "vice president", "prime minister", "premier", "chancellor", "mr", "mr.", "mrs",
    "mrs.", "ms", "ms.", "dr", "dr.", "sir", "lord", "lady", "dame", "king", "queen", "prince",
    "princess", "pope", "minister", "foreign minister", "finance minister", "defence minister",
    "defense minister", "secretary", "secretary of state", "senator", "sen.", "rep.",
    "representative", "governor", "gov.", "mayor", "general", "gen.", "colonel", "col.", "admiral",
    "captain", "capt.", "lieutenant", "judge", "justice", "chairman", "chairwoman",
    "chief executive", "chief", "spokesman", "spokeswoman", "ambassador", "envoy", "leader",
    "coach", "manager", "director", "commissioner", "sheikh", "ayatollah", "cardinal", "archbishop",
    "bishop", "rabbi", "imam", "professor", "prof.", "deputy", "speaker", "sergeant", "sgt.",
    "officer", "economist", "analyst", "striker", "midfielder", "goalkeeper", "defender", "captain",
    "skipper", "champion", "opener", "batsman", "bowler",
};

constexpr std::string_view kSpeechVerbs[] = {
    "said", "says", "told", "tells", "added", "announced", "announces", "stated", "asked",
    "replied", "explained", "noted", "urged", "warned", "insisted", "argued", "claimed", "wrote",
    "declared", "denied", "admitted", "confirmed", "believes", "thinks",
};

// The rules read this list, and the English tagger reads the rules' decisions as
// features: a name added here changes the model's input, so the model must be
// retrained (scripts/train-tagger; unit_tagger checks it). Given names of the
// languages that capitalise nouns live apart, in common/noun_capitals.cc, which
// only their articles read.
constexpr std::string_view kGivenNames[] = {
    "John", "James", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas",
    "Charles", "Christopher", "Daniel", "Matthew", "Anthony", "Mark", "Donald", "Steven", "Paul",
    "Andrew", "Joshua", "Kenneth", "Kevin", "Brian", "George", "Edward", "Ronald", "Timothy",
    "Jason", "Jeffrey", "Ryan", "Jacob", "Gary", "Nicholas", "Eric", "Jonathan", "Stephen", "Larry",
    "Justin", "Scott", "Brandon", "Benjamin", "Samuel", "Frank", "Gregory", "Raymond", "Alexander",
    "Patrick", "Jack", "Dennis", "Jerry", "Tyler", "Aaron", "Jose", "Henry", "Adam", "Douglas",
    "Nathan", "Peter", "Zachary", "Kyle", "Walter", "Harold", "Jeremy", "Ethan", "Carl", "Keith",
    "Roger", "Gerald", "Christian", "Terry", "Sean", "Arthur", "Austin", "Noah", "Lawrence",
    "Jesse", "Joe", "Bryan", "Billy", "Jordan", "Albert", "Dylan", "Bruce", "Willie", "Gabriel",
    "Alan", "Juan", "Logan", "Wayne", "Ralph", "Roy", "Eugene", "Randy", "Vincent", "Russell",
    "Louis", "Philip", "Bobby", "Johnny", "Bradley", "Mary", "Patricia", "Jennifer", "Linda",
    "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah", "Karen", "Nancy", "Lisa", "Betty",
    "Margaret", "Sandra", "Ashley", "Kimberly", "Emily", "Donna", "Michelle", "Dorothy", "Carol",
    "Amanda", "Melissa", "Deborah", "Stephanie", "Rebecca", "Sharon", "Laura", "Cynthia",
    "Kathleen", "Amy", "Shirley", "Angela", "Helen", "Anna", "Brenda", "Pamela", "Nicole", "Emma",
    "Samantha", "Katherine", "Christine", "Debra", "Rachel", "Catherine", "Carolyn", "Janet",
    "Ruth", "Maria", "Heather", "Diane", "Virginia", "Julie", "Joyce", "Victoria", "Olivia",
    "Kelly", "Christina", "Lauren", "Joan", "Evelyn", "Judith", "Megan", "Cheryl", "Andrea",
    "Hannah", "Martha", "Jacqueline", "Frances", "Gloria", "Ann", "Teresa", "Kathryn", "Sara",
    "Janice", "Jean", "Alice", "Madison", "Doris", "Abigail", "Julia", "Judy", "Grace", "Denise",
    "Amber", "Marilyn", "Beverly", "Danielle", "Theresa", "Sophia", "Marie", "Diana", "Brittany",
    "Natalie", "Isabella", "Charlotte", "Rose", "Alexis", "Kayla", "Bill", "Bob", "Jim", "Tom",
    "Tony", "Mike", "Dave", "Steve", "Chris", "Nick", "Andy", "Ian", "Neil", "Graham", "Nigel",
    "Colin", "Martin", "Simon", "Alex", "Phil", "Tim", "Hans", "Klaus", "Helmut", "Gerhard",
    "Wolfgang", "Juergen", "Jurgen", "Dieter", "Karl", "Franz", "Jean", "Pierre", "Jacques",
    "Michel", "Francois", "Alain", "Philippe", "Nicolas", "Carlos", "Luis", "Jorge", "Pedro",
    "Manuel", "Antonio", "Francisco", "Miguel", "Javier", "Fernando", "Giovanni", "Giuseppe",
    "Marco", "Paolo", "Luca", "Massimo", "Vladimir", "Boris", "Sergei", "Sergey", "Dmitry",
    "Mikhail", "Alexei", "Andrei", "Viktor", "Yuri", "Igor", "Ivan", "Nikolai", "Oleg", "Ahmed",
    "Mohammed", "Muhammad", "Mohammad", "Ali", "Hassan", "Hussein", "Omar", "Abdul", "Abdullah",
    "Ibrahim", "Yasser", "Benjamin", "Shimon", "Yitzhak", "Ariel", "Moshe", "Wang", "Li", "Zhang",
    "Xi", "Hu", "Deng", "Jiang", "Kim", "Park", "Lee", "Hiroshi", "Takeshi", "Yoshiro", "Ryutaro",
    "Nelson", "Kofi", "Boutros", "Jacques", "Emmanuel", "Angela", "Theresa", "Margaret", "Recep",
    "Narendra", "Rahul", "Sonia", "Imran", "Nawaz", "Benazir", "Jan", "Lars", "Nils", "Sven",
    "Erik", "Anders", "Piet", "Willem", "Henk", "Stefan", "Marcel", "Andre", "Ivo", "Rudolf",
    "Ernst", "Otto", "Friedrich", "Bernd", "Uwe", "Lech", "Vaclav", "Mircea", "Ion",
};

constexpr std::string_view kNonNames[] = {
    "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I",
    "You", "His", "Her", "Their", "Our", "My", "Your", "In", "On", "At", "For", "But", "And", "Or",
    "If", "When", "While", "After", "Before", "Last", "Next", "According", "However", "Also", "As",
    "By", "From", "With", "Without", "Under", "Over", "Since", "Until", "Despite", "Although",
    "Because", "So", "Then", "Now", "There", "Here", "What", "Which", "Who", "Why", "How", "All",
    "Some", "Many", "Most", "Other", "Others", "Both", "Each", "Every", "No", "Not", "Yes", "One",
    "Two", "Three", "First", "Second", "Third", "New", "Monday", "Tuesday", "Wednesday", "Thursday",
    "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun",
    "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Today", "Yesterday", "Tomorrow", "Earlier",
    "Later", "Meanwhile", "Analysts", "Officials", "Sources", "Traders", "Dealers", "Police",
    "Government", "State", "Cold War", "Communist", "Communists", "Western", "Eastern", "Northern",
    "Southern", "West", "East", "North", "South", "Central", "Christmas", "Easter", "Ramadan",
    "God", "Internet", "READ", "ALSO", "Read", "More", "Related", "Advertisement", "Mr", "Mrs",
    "Ms", "Dr", "St", "Shr", "Net", "Revs", "Qtr", "Avg", "Shrs", "Mths", "Oper", "Note", "Reuter",
    "REUTER", "Scorers", "Attendance", "Result", "Results", "Standings", "Halftime", "Teams",
    "Score", "Group", "Division", "League", "Cup", "Championship", "Round", "Final", "Open",
    "Grand Prix", "Street", "Road", "Square", "Stock Exchange", "Prime Minister", "President",
    "Minister", "Chairman", "Secretary", "Inc", "Corp", "Ltd", "Co", "Statistics", "CEO", "GMT",
    "EST", "AM", "PM", "TV", "OK", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "Jr", "Sr",
};

constexpr std::string_view kConnectors[] = {"of",  "and", "&",   "for", "de",  "la", "le", "du",
                                            "des", "van", "von", "der", "den", "al", "el", "bin",
                                            "ibn", "da",  "di",  "do",  "dos", "y"};

// clang-format on

} // namespace

std::span<const Alias> place_aliases() { return kPlaceAliases; }
std::span<const Alias> demonyms() { return kDemonyms; }
std::span<const std::string_view> places() { return kPlaces; }
std::span<const Alias> organisations() { return kOrganisations; }
std::span<const std::string_view> organisation_words() { return kOrganisationWords; }
std::span<const std::string_view> place_words() { return kPlaceWords; }
std::span<const std::string_view> event_words() { return kEventWords; }
std::span<const std::string_view> person_titles() { return kPersonTitles; }
std::span<const std::string_view> speech_verbs() { return kSpeechVerbs; }
std::span<const std::string_view> given_names() { return kGivenNames; }
std::span<const std::string_view> non_names() { return kNonNames; }
std::span<const std::string_view> name_connectors() { return kConnectors; }

} // namespace news::lists
