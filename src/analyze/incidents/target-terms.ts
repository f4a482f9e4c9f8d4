import type { TargetCategory } from "../../domain/analysis.js";

/**
 * Objects a report can say were hit, each with the normalised name it is filed under and its
 * "type of area affected". Energy and water installations are filed as Industrial, which is
 * how public civilian-harm data files power plants, substations and pumping stations.
 *
 * Order matters: terms are tried left to right at each position, so a compound ("maternity
 * hospital", "fuel tank", "school bus") must come before its head word.
 * `generic` marks words that say only roughly where ("building", "village"); a named
 * facility in the same text is preferred to them.
 */
export interface TargetTerm {
  category: TargetCategory;
  object: string;
  source: string;
  generic?: boolean;
}

const CENTRE = "cent(?:re|er)s?";
const FACILITY = "facilit(?:y|ies)";

const t = (category: TargetCategory, object: string, source: string, generic = false): TargetTerm => ({
  category,
  object,
  source,
  generic,
});

export const TARGET_TERMS: readonly TargetTerm[] = [
  // Healthcare
  t(
    "Healthcare",
    "maternity hospital",
    "maternity(?: (?:and|&) (?:\\w+(?:'s|’s)? ){1,2}| )(?:hospital|ward|department|unit|home|clinic|house|centre|center)s?|maternity hospitals?|maternity",
  ),
  t("Healthcare", "children's hospital", "(?:children(?:'s|’s)?|paediatric|pediatric) hospitals?"),
  t("Healthcare", "hospital", "hospitals?|infirmar(?:y|ies)"),
  t("Healthcare", "clinic", "(?:poly)?clinics?"),
  t("Healthcare", "ambulance", "ambulances?"),
  t("Healthcare", "pharmacy", "pharmac(?:y|ies)|drugstores?"),
  t("Healthcare", "care home", "(?:nursing|care|retirement|old (?:people|person)(?:'s|’s)?|elderly) homes?"),
  t(
    "Healthcare",
    "medical facility",
    `(?:medical|diagnostic) laborator(?:y|ies)|sanitori(?:um|ums)|rehabilitation (?:${CENTRE}|clinics?)|(?:medical|health|healthcare|health care) (?:${FACILITY}|${CENTRE}|institutions?|buildings?|complex|station|points?|posts?)|first[- ]aid (?:post|station)s?|blood (?:bank|${CENTRE})|hospice|sanatori(?:um|ums|a)|(?:emergency|surgical|trauma|intensive care) (?:room|department|ward|unit)s?`,
  ),
  // Schools and childcare
  t(
    "School or childcare",
    "kindergarten",
    "kindergartens?|nurser(?:y|ies)|pre-?schools?|day ?care (?:centre|center)s?|daycares?|childcare (?:centre|center|facilit\\w*)",
  ),
  t("School or childcare", "orphanage", "orphanages?|children(?:'s|’s)? (?:home|camp|shelter)s?"),
  t("Roads/Highways/Transport", "school bus", "school bus(?:es)?"),
  t("School or childcare", "school", "(?:boarding )?schools?|lyceums?|gymnasiums?"),
  t(
    "School or childcare",
    "university",
    `universit(?:y|ies)|colleges?|campus(?:es)?|education(?:al)? (?:institutions?|${FACILITY}|buildings?|establishments?)|(?:pedagogical|polytechnic|technical|agricultural) (?:institutes?|academ(?:y|ies))|faculty of`,
  ),
  // Industrial, energy and water
  t("Food/Food Infrastructure", "bread factory", "bread (?:factor(?:y|ies)|plants?)|bakeries|bakery"),
  t(
    "Food/Food Infrastructure",
    "grain storage",
    "grain (?:silos?|elevators?|terminals?|storage|warehouses?|depots?)|granar(?:y|ies)|silos?",
  ),
  t(
    "Food/Food Infrastructure",
    "food warehouse",
    "food (?:warehouses?|storage|factor(?:y|ies)|plants?|depots?|processing)",
  ),
  t(
    "Food/Food Infrastructure",
    "farm",
    "farms?\\b|poultry|dairy|livestock|agricultural (?:enterprises?|machinery|land|facilit\\w*)|crops?\\b",
  ),
  t(
    "Industrial",
    "power plant",
    "(?:nuclear|thermal|hydro-?electric|hydro|solar|coal|wind) ?power (?:plant|station)s?|(?:nuclear|thermal|hydro-?electric|hydro) (?:plant|station)s?|power (?:plant|station)s?|\\bnpps?\\b|\\btpps?\\b|\\bchps?\\b",
  ),
  t("Industrial", "substation", "(?:electrical |power |electric )?sub-?stations?|transformers?"),
  t(
    "Industrial",
    "energy infrastructure",
    `(?:power|electricity|electrical|energy) (?:lines?|grid|infrastructure|${FACILITY}|objects?|sites?|supply)|critical infrastructure|infrastructure (?:${FACILITY}|objects?)|boiler (?:house|room)s?|heating (?:plant|station|${FACILITY}|mains)`,
  ),
  t(
    "Industrial",
    "oil depot",
    "(?:oil|fuel|gas|petrol|petroleum) (?:depot|storage|terminal|tank|facilit\\w*|refiner\\w*)s?|refiner(?:y|ies)|(?:gas |oil )?pipelines?",
  ),
  t(
    "Industrial",
    "water facility",
    "water (?:treatment|filtration|pumping|supply|utility|works|intake)\\w*(?: (?:plant|station|facilit\\w*|compan\\w*|premises))?|pumping stations?|dams?\\b|reservoirs?",
  ),
  t(
    "Industrial",
    "telecommunications tower",
    "(?:tv|television|radio|telecom\\w*|communications?|mobile) (?:towers?|masts?|antennas?)",
  ),
  t(
    "Industrial",
    "factory",
    "factor(?:y|ies)|(?:steel|iron|metallurgical|chemical|machine-building|industrial) (?:plant|works|mill|combine)s?|steelworks|ironworks|plants?\\b|mills?\\b|enterprises?|industrial (?:areas?|zones?|facilit\\w*|sites?|buildings?|parks?|estates?|objects?)|warehouses?|hangars?|coal mines?|breweries|brewery|distiller(?:y|ies)|(?:chemical|production|manufacturing|woodworking|processing) (?:facilit\\w*|plants?|sites?)|manufactur\\w+ (?:plants?|compan(?:y|ies)|complex)|tanks? of",
  ),
  t("Industrial", "depot", "(?:bus|tram|trolleybus|railway|locomotive|vehicle) depots?"),
  // Commercial
  t(
    "Commercial",
    "commercial area",
    "(?:commercial|shopping|business) (?:areas?|infrastructure|districts?|streets?|zones?|quarters?)|commercial\\b",
  ),
  t(
    "Commercial",
    "shopping centre",
    `(?:shopping|trade|trading|retail|business|commercial|entertainment) (?:${CENTRE}|malls?|complex(?:es)?|arcades?|buildings?|premises|district)|malls?\\b`,
  ),
  t("Commercial", "supermarket", "supermarkets?|hypermarkets?|grocer(?:y|ies)(?: stores?| shops?)?"),
  t("Commercial", "market", "(?:flea )?markets?(?! (?:price|share|value)s?)|bazaars?"),
  t("Commercial", "shop", "stores?\\b|shops?\\b|kiosks?|boutiques?"),
  t(
    "Commercial",
    "restaurant",
    "restaurants?|caf(?:e|é)s?|pizzerias?|canteens?|bars?\\b|nightclubs?|pubs?\\b",
  ),
  t("Commercial", "hotel", "hotels?|motels?"),
  t("Commercial", "petrol station", "(?:petrol|gas|fuel|filling) stations?"),
  t(
    "Commercial",
    "bank",
    "(?<!(?:left|right|east|west|eastern|western|southern|northern|river|opposite|world|central|development|investment) )banks?\\b(?! of)",
  ),
  t(
    "Commercial",
    "office building",
    `office (?:buildings?|blocks?|${CENTRE}|towers?)|business(?:es)?|(?:car )?dealerships?|car (?:repair|wash|service)\\w*(?: shops?| facilit\\w*)?|(?:car park|parking lot)s?`,
  ),
  // Transport
  t("Roads/Highways/Transport", "railway station", "(?:railway|train|rail) stations?"),
  t("Roads/Highways/Transport", "bus station", "(?:bus|coach) (?:stations?|terminals?|depots?)"),
  t("Roads/Highways/Transport", "public transport stop", "(?:bus|tram|trolleybus|public transport) stops?"),
  t(
    "Roads/Highways/Transport",
    "railway",
    "railways?|railroads?|rail (?:lines?|tracks?|infrastructure|bridges?)|trains?\\b|locomotives?",
  ),
  t("Roads/Highways/Transport", "bridge", "bridges?|overpass(?:es)?|flyovers?"),
  t("Roads/Highways/Transport", "airport", "airports?"),
  // "port city" / "port town" describe a place, not a port that was hit.
  t(
    "Roads/Highways/Transport",
    "port",
    "sea ?ports?(?! (?:city|cities|town))|ports?\\b(?! (?:city|cities|town))|harbou?rs?",
  ),
  t("Roads/Highways/Transport", "metro station", "metro(?: stations?)?|subway(?: stations?)?"),
  t("Roads/Highways/Transport", "road", "roads?\\b|highways?|motorways?|crossroads|intersections?", true),
  t(
    "Military",
    "military vehicle",
    "(?:armou?red|military|army|combat|enemy|fighting) vehicles?|(?<!anti-)tanks?\\b(?! of)|apcs?\\b",
  ),
  t(
    "Roads/Highways/Transport",
    "civilian vehicle",
    "(?:civilian )?(?:cars?|vehicles?)\\b(?! bombs?)|(?:evacuation )?(?:bus|buses)\\b|minibus(?:es)?|trams?\\b|trolleybus(?:es)?|trucks?\\b|lorr(?:y|ies)|vans?\\b|taxis?\\b|public transport",
    true,
  ),
  // Administrative
  t(
    "Administrative",
    "administration building",
    "(?:city|town|village|regional|district|oblast|state|local|municipal|military-civil|military) (?:hall|council|administration)s?(?: buildings?)?|town halls?|city halls?|administrat(?:ion|ive) buildings?|government (?:buildings?|offices?|quarter|headquarters)|municipal (?:buildings?|offices?)|governor(?:'s|’s)? office",
  ),
  t("Administrative", "police station", "police (?:stations?|department|headquarters|buildings?|offices?)"),
  t(
    "Administrative",
    "fire station",
    "fire (?:stations?|departments?|brigades?)|(?:emergency|rescue) (?:service|services|station)s?(?: buildings?)?|civil defen[cs]e",
  ),
  t("Administrative", "court", "court ?houses?|courts?\\b|prosecutor(?:'s|’s)? offices?"),
  t("Administrative", "post office", "post offices?|postal (?:offices?|branch(?:es)?)"),
  t("Administrative", "administrative area", `administrative (?:areas?|districts?|${CENTRE}|quarters?)`),
  t(
    "Administrative",
    "prison",
    "prisons?|penal colon(?:y|ies)|correctional (?:facilit\\w*|colon\\w*)|detention (?:centres?|centers?|facilit\\w*)|filtration camps?",
  ),
  t(
    "Administrative",
    "government office",
    "ministr(?:y|ies)|parliament|embass(?:y|ies)|consulates?|polling stations?|tax offices?|registry offices?",
  ),
  // Culture and religion
  t("Cultural", "theatre", "(?:drama )?theat(?:re|er)s?|opera houses?|concert halls?|philharmonic"),
  t("Cultural", "museum", "museums?|art galler(?:y|ies)|galler(?:y|ies)|archives?"),
  t("Cultural", "library", "librar(?:y|ies)"),
  t(
    "Cultural",
    "cultural centre",
    `(?:cultural|culture) (?:${CENTRE}|heritage|sites?|institutions?|objects?|buildings?|${FACILITY}|house|palace)|(?:house|palace) of culture|monuments?|memorials?|heritage sites?|historic(?:al)? (?:buildings?|sites?|${CENTRE}|landmarks?)|cinemas?|circus|zoo\\b|dolphinarium`,
  ),
  t(
    "Cultural",
    "sports facility",
    `stadiums?|sports? (?:complex(?:es)?|${CENTRE}|arenas?|${FACILITY}|halls?|grounds?|schools?)|arenas?|swimming pools?`,
  ),
  t(
    "Cultural",
    "public square",
    "(?:city|central|main|town) squares?|squares?\\b(?! (?:met|kilo|km|mile|feet|foot))|parks?\\b(?! (?:his|her|their))",
  ),
  t(
    "Religious",
    "church",
    "churches|church\\b|cathedrals?|chapels?|lavra|belfr(?:y|ies)|bell towers?|parish(?:es)?",
  ),
  t("Religious", "monastery", "monaster(?:y|ies)|convents?|abbe(?:y|ys)|seminar(?:y|ies)"),
  t("Religious", "mosque", "mosques?"),
  t("Religious", "synagogue", "synagogues?"),
  t(
    "Religious",
    "place of worship",
    "temples?|prayer (?:house|hall)s?|house of prayer|places? of worship|religious (?:buildings?|sites?|institutions?)|kingdom halls?|cemeter(?:y|ies)|graveyards?",
  ),
  // Humanitarian
  t(
    "Humanitarian",
    "humanitarian convoy",
    "(?:humanitarian|aid|relief|evacuation|red cross|un) (?:convoys?|trucks?|vehicles?|cargo)|convoys? of (?:the |an? )?(?:aid|relief|humanitarian|volunteer|charity)",
  ),
  t(
    "Humanitarian",
    "humanitarian site",
    `(?:humanitarian|aid|relief|evacuation|volunteer|invincibility|distribution) (?:hubs?|${CENTRE}|points?|warehouses?|corridors?|missions?|offices?|workers?|organi[sz]ations?|sites?)|red cross|\\bicrc\\b|refugee (?:camps?|${CENTRE}|shelters?)|(?:idp|displaced (?:persons?|people)) (?:camps?|${CENTRE}|shelters?)|queue(?:ing|s)? for (?:bread|food|water|aid)`,
  ),
  t("Humanitarian", "shelter", "(?:bomb |air[- ]raid )?shelters?"),
  // Military
  t(
    "Military",
    "military facility",
    "military (?:bases?|facilit\\w*|units?|airfields?|barracks|objects?|targets?|installations?|infrastructure|positions?|depots?|warehouses?|equipment|command|enlistment offices?)|barracks|air ?bases?|airbases?|army bases?|naval bases?|(?:ammunition|ammo|arms|weapons) (?:depots?|dumps?|stores?|warehouses?)|command (?:posts?|centres?|centers?)|enlistment offices?|recruitment (?:offices?|centres?|centers?)|training (?:grounds?|centres?|centers?|camps?)|airfields?|checkpoints?",
  ),
  // Residential
  t(
    "Residential",
    "apartment building",
    "(?:apartment|residential|multi-?stor(?:e)?y|high-?rise|multi-?apartment|[\\w-]+-stor(?:e)?y) (?:buildings?|blocks?|houses?|complex(?:es)?|towers?)|apartment blocks?|apartments?\\b|blocks? of flats|flats\\b|tower blocks?|high-?rises?",
  ),
  t(
    "Residential",
    "residential area",
    "residential (?:areas?|districts?|neighbou?rhoods?|quarters?|sectors?|zones?|complex\\w*|premises|streets?)|private (?:sector|homes?|houses?)|housing(?: estates?| blocks?)?|residential\\b",
  ),
  t("Residential", "dormitory", "dormitor(?:y|ies)|hostels?"),
  t(
    "Residential",
    "house",
    "(?:private |family |country )?houses?\\b|homes?\\b|dwellings?|residences?|cottages?|villas?|dachas?",
  ),
  t("Residential", "yard", "courtyards?|yards?\\b|playgrounds?|balcon(?:y|ies)|garages?"),
  t(
    "Residential",
    "neighbourhood",
    "neighbou?rhoods?|suburbs?|(?:city|town) cent(?:re|er)|streets?\\b|civilian (?:areas?|objects?|infrastructure)",
    true,
  ),
  t("Residential", "village", "villages?", true),
  t("Residential", "building", "(?:civilian )?buildings?", true),
];
