#include "common/international_bodies.hh"

namespace news::lists {
namespace {

constexpr Alias kBodies[] = {
    {"UNCTAD", "UNCTAD"},   {"United Nations Conference on Trade and Development", "UNCTAD"},
    {"ITC", "ITC"},         {"International Tin Council", "ITC"},
    {"ICO", "ICO"},         {"International Coffee Organization", "ICO"},
    {"ICCO", "ICCO"},       {"International Cocoa Organization", "ICCO"},
    {"IEA", "IEA"},         {"International Energy Agency", "IEA"},
    {"IWC", "IWC"},         {"International Wheat Council", "IWC"},
    {"ADB", "ADB"},         {"Asian Development Bank", "ADB"},
    {"AfDB", "AfDB"},       {"African Development Bank", "AfDB"},
    {"IDB", "IDB"},         {"Inter-American Development Bank", "IDB"},
    {"EIB", "EIB"},         {"European Investment Bank", "EIB"},
    {"EBRD", "EBRD"},       {"European Bank for Reconstruction and Development", "EBRD"},
    {"IFC", "IFC"},         {"International Finance Corporation", "IFC"},
    {"IDA", "IDA"},         {"International Development Association", "IDA"},
    {"BIS", "BIS"},         {"Bank for International Settlements", "BIS"},
    {"FAO", "FAO"},         {"Food and Agriculture Organization", "FAO"},
    {"ILO", "ILO"},         {"International Labour Organization", "ILO"},
    {"IAEA", "IAEA"},       {"International Atomic Energy Agency", "IAEA"},
    {"UNHCR", "UNHCR"},     {"United Nations High Commissioner for Refugees", "UNHCR"},
    {"UNDP", "UNDP"},       {"United Nations Development Programme", "UNDP"},
    {"WFP", "WFP"},         {"World Food Programme", "WFP"},
    {"WMO", "WMO"},         {"World Meteorological Organization", "WMO"},
    {"ICAO", "ICAO"},       {"International Civil Aviation Organization", "ICAO"},
    {"ITU", "ITU"},         {"International Telecommunication Union", "ITU"},
    {"WIPO", "WIPO"},       {"World Intellectual Property Organization", "WIPO"},
    {"UNIDO", "UNIDO"},     {"United Nations Industrial Development Organization", "UNIDO"},
    {"UNEP", "UNEP"},       {"United Nations Environment Programme", "UNEP"},
    {"OAS", "OAS"},         {"Organization of American States", "OAS"},
    {"OAU", "OAU"},         {"Organization of African Unity", "OAU"},
    {"GCC", "GCC"},         {"Gulf Cooperation Council", "GCC"},
    {"EFTA", "EFTA"},       {"European Free Trade Association", "EFTA"},
    {"CMEA", "CMEA"},       {"Council for Mutual Economic Assistance", "CMEA"},
    {"APEC", "APEC"},       {"Asia-Pacific Economic Cooperation", "APEC"},
    {"SADC", "SADC"},       {"Southern African Development Community", "SADC"},
    {"ECOWAS", "ECOWAS"},   {"Economic Community of West African States", "ECOWAS"},
    {"CARICOM", "CARICOM"}, {"Caribbean Community", "CARICOM"},
    {"ICJ", "ICJ"},         {"International Court of Justice", "ICJ"},
    {"OSCE", "OSCE"},       {"Organization for Security and Co-operation in Europe", "OSCE"},
    {"CSCE", "CSCE"},       {"Conference on Security and Cooperation in Europe", "CSCE"},
    {"IATA", "IATA"},       {"International Air Transport Association", "IATA"},
    {"OAPEC", "OAPEC"},     {"Organization of Arab Petroleum Exporting Countries", "OAPEC"},
    {"IEFR", "IEFR"},       {"International Emergency Food Reserve", "IEFR"},
    {"INRO", "INRO"},       {"International Natural Rubber Organization", "INRO"},
    {"ISA", "ISA"},         {"International Sugar Agreement", "ISA"},
    {"ICA", "ICA"},         {"International Coffee Agreement", "ICA"},
    {"IPCC", "IPCC"},       {"Intergovernmental Panel on Climate Change", "IPCC"},
    {"UNRWA", "UNRWA"},     {"United Nations Relief and Works Agency", "UNRWA"},
    {"IFAD", "IFAD"},       {"International Fund for Agricultural Development", "IFAD"},
    {"ESA", "ESA"},         {"European Space Agency", "ESA"},
    {"CERN", "CERN"},       {"European Organization for Nuclear Research", "CERN"},
};

} // namespace

std::span<const Alias> international_bodies() { return kBodies; }

} // namespace news::lists
