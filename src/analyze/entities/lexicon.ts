/**
 * Word lists the entity rules read. Written for this project (no package ships English
 * name-classification cues); every list is about a word class, never about a document.
 */

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/**
 * Words that make a capitalised phrase a person's title or office when they open it
 * ("Foreign Secretary", "Lt Gen", "President"). Compared case-sensitively, so "general"
 * in lower case is not one.
 */
export const TITLE_WORDS = words(`
  President Vice Prime Minister Secretary Secretary-General Chancellor Premier Senator Sen Sen.
  Rep Rep. Representative Congressman Congresswoman Governor Gov Gov. Mayor Ambassador Envoy Commissioner
  Spokesman Spokeswoman Spokesperson Speaker Chairman Chairwoman Chair Director Director-General Chief
  Commander Commander-in-Chief General Gen Gen. Lieutenant Lt Lt. Col Col. Colonel Major Maj Maj. Captain
  Capt Capt. Sergeant Sgt Sgt. Admiral Adm Adm. Marshal Brigadier Brig Private Pvt Corporal Officer
  King Queen Prince Princess Crown Sheikh Emir Pope Patriarch Archbishop Bishop Cardinal Father Rabbi Imam
  Ayatollah Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Prof Prof. Professor Judge Justice Prosecutor Attorney Lord Lady
  Sir Dame Deputy Acting Former Foreign Defence Defense Interior Justice Home Health Finance Economy
  Culture Energy Education Staff High Special Senior Secretary-of-State Head Leader Mufti Baroness Baron
  Minister-designate Premier-designate Ombudsman Rapporteur Coordinator Representative
`);

/** Title words that cannot stand alone as a title ("Foreign" needs "Minister"). */
export const TITLE_MODIFIERS = words(`
  Vice Prime Deputy Acting Former Foreign Defence Defense Interior Justice Home Health Finance Economy
  Culture Energy Education Staff High Special Senior Crown Lieutenant Chief
`);

/** Head nouns of organisation names ("Ministry of Defence", "Azov Battalion"). */
export const ORG_HEADS = words(`
  Ministry Ministries Department Council Committee Commission Assembly Parliament Congress Senate Duma
  Rada Cabinet Government Office Agency Service Services Bureau Authority Administration Directorate
  Army Armies Forces Force Navy Guard Guards Corps Brigade Brigades Battalion Regiment Division Fleet
  Command Militia Militias Front Party Movement Union Alliance Coalition League Federation Organisation
  Organization Association Society Institute Foundation Fund Bank Court Tribunal Police Gendarmerie
  University College Academy School Hospital Company Corporation Corp Corp. Inc Inc. Ltd Ltd. Group
  Network News Times Post Journal Telegraph Guardian Herald Gazette Tribune Radio Television TV Channel
  Press Media Watch International Nations Cross Crescent Initiative Center Centre Program Programme
  Mission Brotherhood Front Group Unit Units Legion Kremlin Pentagon Secretariat Board Caucus Committee
  Observatory Monitor Monitors Foundation Trust Airlines Railways Energoatom Gazprom Rosatom Council
`);

/** Acronyms of organisations that are often written without a defining phrase. */
export const KNOWN_ORGS: Record<string, string> = {
  UN: "United Nations",
  "U.N.": "United Nations",
  EU: "European Union",
  NATO: "NATO",
  ICC: "International Criminal Court",
  ICJ: "International Court of Justice",
  OSCE: "Organization for Security and Co-operation in Europe",
  IAEA: "International Atomic Energy Agency",
  UNHCR: "UNHCR",
  UNICEF: "UNICEF",
  WHO: "World Health Organization",
  ICRC: "International Committee of the Red Cross",
  OHCHR: "Office of the UN High Commissioner for Human Rights",
  HRW: "Human Rights Watch",
  AP: "Associated Press",
  AFP: "Agence France-Presse",
  BBC: "BBC",
  CNN: "CNN",
  FSB: "FSB",
  SBU: "Security Service of Ukraine",
  ISIL: "ISIL",
  ISIS: "ISIS",
  Daesh: "ISIL",
  Kremlin: "Kremlin",
  Pentagon: "Pentagon",
  Reuters: "Reuters",
  Hezbollah: "Hezbollah",
  Hamas: "Hamas",
  Taliban: "Taliban",
  Wagner: "Wagner Group",
  Interfax: "Interfax",
  TASS: "TASS",
  Ukrinform: "Ukrinform",
  RIA: "RIA Novosti",
  "Al Qaeda": "Al Qaeda",
  "al-Qaeda": "Al Qaeda",
  "Islamic State": "Islamic State",
};

/** Religious and ethnic group words: capitalised, but neither people's names nor places. */
export const GROUP_ADJECTIVES = words(`
  Arab Arabs Arabic European Europeans Western African Asian Latin Sunni Sunnis Shia Shiite Shiites
  Muslim Muslims Islamic Islamist Islamists Christian Christians Catholic Orthodox Jewish Jews Kurdish
  Kurds Yazidi Yazidis Yezidi Yezidis Druze Alawite Alawites Turkmen Pashtun Tatar Tatars Roma Slavic
  Jihadist Jihadists Salafist Democrat Democrats Republican Republicans Conservative Conservatives
  Labour Liberal Socialist Communist Nazi Nazis Soviet Bolshevik
`);

/** Capitalised words after a name that make the phrase an event or a document, not the name. */
export const EVENT_WORDS = words(`
  Resolution Resolutions Summit Conference Agreement Agreements Accord Accords Talks Process Declaration
  Convention Conventions Treaty Protocol Statute Act Law Code Report Plan Day Year Games Cup Award Prize
`);

/**
 * Lower-case nouns that make "Russian forces", "the Assad regime", "Iraqi officials" an
 * organisation mention: institutions, armed groups, officialdom, media.
 */
export const GROUP_NOUNS = words(`
  forces troops army military government regime authorities police navy militia militias
  separatists rebels militants fighters soldiers parliament administration ministry
  officials leaders diplomats officers commanders personnel servicemen militiamen gunmen
  jihadists terrorists insurgents extremists lawmakers legislators prosecutors investigators
  intelligence media television TV agency broadcaster newspaper movement group organisation
  organization network party opposition coalition alliance
`);

/** Group nouns that only describe an organisation already named ("Hezbollah movement"). */
export const DESCRIPTOR_NOUNS = words(
  "movement group organisation organization network agency party broadcaster newspaper",
);

/**
 * People named by nationality ("Syrian refugees", "Ukrainian civilians"): a group after a
 * nationality adjective, but after a place they would hide the place ("Kharkiv residents").
 */
export const PEOPLE_NOUNS = words(`
  civilians residents refugees citizens people workers students journalists activists volunteers
  doctors businesses companies firms universities writers worshippers tribesmen
`);

/** Nouns after a name that make it a facility, which is a place: "the Mezzeh military airport". */
export const FACILITY_NOUNS = words(`
  airport airbase base mosque church cathedral hospital school university market square bridge
  dam prison camp station port crossing border checkpoint compound theatre theater stadium plant
  refinery
`);

/** Singular roles that make "a Foreign Office spokesman" a person. */
export const ROLE_NOUNS = words(`
  spokesman spokeswoman spokesperson official envoy ambassador minister commander chief
  representative negotiator adviser advisor director
`);

/** Lower-case nouns that introduce a place by what it is: "the city of Mosul". */
export const PLACE_NOUNS = words(`
  city town village district suburb province region island area capital port site
  neighbourhood neighborhood municipality governorate county oblast settlement hamlet
`);

/** Capitalised words that never start or end a name: they open sentences and headlines. */
export const FUNCTION_WORDS = words(`
  The A An This That These Those It Its He She They We You I Our Their His Her My Your
  In On At By For From To Of With Without After Before During Since Until While When Where Why How
  What Which Who Whom Whose If But And Or Nor So Yet As Also However Meanwhile Moreover Although
  Though Because Despite Under Over Into Onto Upon Near Outside Inside Across Along Among Between
  Against About Above Below Around Through Throughout Then There Here Now Today Yesterday Tomorrow
  Some Many Most Much More All Any Each Every Both Few Several Such No Not Only Just Even Still
  According Last Next Earlier Later Further Other Another One Two Three Four Five Six Seven Eight
  Nine Ten First Second Third Once Twice Instead Indeed Nevertheless Nonetheless Thus Therefore
  Advert Advertisement Photo Image Video Read Listen Click Subscribe Follow Share Update
  Updated Live Breaking Exclusive Analysis Opinion Comment Editor Editorial Reporting Source Sources
  Hostilities
  Mon Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
  July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
  Yes Please Thank Thanks Let Do Does Did Is Are Was Were Be Been Has Have Had Will Would
  Can Could May Might Must Shall Should Let Lets Like Unlike Whether Why Whilst Amid Amidst Via Per
  Christmas Easter Ramadan Eid Covid COVID-19 Internet God
`);

/** Lower-case words before a place that belong to its mention ("northern Iraq"). */
export const DIRECTION_WORDS = words(`
  north south east west northern southern eastern western central north-east north-west south-east
  south-west northeastern northwestern southeastern southwestern north-eastern north-western
  south-eastern south-western northeast northwest southeast southwest
  North South East West Northern Southern Eastern Western Central
`);

/** Nouns after a name that make it a place ("Anbar province", "Karrada district"). */
export const PLACE_HEADS = words(`
  province region oblast governorate district city town village county state municipality suburb
  neighbourhood neighborhood area border crossing port airport river
  Province Region Oblast Governorate District City Town Village County Municipality Square Street
  Avenue Road Bridge River Sea Gulf Bay Lake Mountains Mountain Mount Hills Valley Desert Island Islands
  Peninsula Strait Canal Dam Airport Airbase Base Port Harbour Harbor Park Camp Prison Station Plant
  Mosque Church Cathedral Monastery Palace Castle Stadium Theatre Theater Market Mall Highway Corridor
`);

/** Capitalised place-name openers that make the whole phrase a place ("Mount Sinjar", "Lake Tharthar"). */
export const PLACE_OPENERS = words(
  "Mount Lake Gulf Bay Sea River Cape Port Fort Saint St St. San Santa Wadi Jebel Jabal Tell Tal",
);

/** Lower-case words before a name that suggest a place follows. */
export const LOCATIVE_PREPOSITIONS = words(`
  in near at outside from into across towards toward around through via reached captured shelled
  liberated besieged entered left village town city region of fled inside throughout
`);

/** Verbs of going after which "to X" is a destination: "came to Karrada". */
export const MOTION_VERBS = words(`
  came come comes coming went go goes going returned return returning fled flee fleeing travelled
  traveled travel moved move headed head deported evacuated relocated sent delivered back
`);

/** Verbs of saying: a name followed by one is a person or an organisation. */
export const SPEECH_VERBS = words(`
  said says say told tells added adds stated states wrote writes announced announces explained
  explains noted notes claimed claims insisted insists warned warns asked asks urged urges
  described describes admitted admits confirmed confirms denied denies acknowledged tweeted posted
`);

/** Lower-case connectors allowed inside a name ("Ministry of Defence", "Bashar al-Assad"). */
export const NAME_PARTICLES = words(
  "al el bin ibn bint abu de da del della der van von le la du di dos das ul",
);
