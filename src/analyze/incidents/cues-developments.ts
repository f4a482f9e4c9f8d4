import { type Cue, cue } from "./cue.js";

const PLACES =
  "(?:towns?|villages?|city|cities|areas?|districts?|regions?|territory|bases?|highway|road|crossing|provinces?|positions?|hills?|" +
  "airport|port|neighbou?rhoods?|camps?|fields?|mountains?|castle|border (?:point|post)|capital|strongholds?|outskirts|suburbs?|" +
  "island|valley|bridge|dam|site|front)\\b";

const BASES =
  "(?:bases?|outposts?|(?:observation |military )?posts?|headquarters|camps?|garrison|checkpoints?)\\b";

const WEAPONS =
  "(?:weapons|arms|firearms|guns|pistols|rifles|revolvers|kalashnikovs|ammunitions?|ammo|rounds|cartridges|bullets|magazines|" +
  "explosives|explosive devices|ieds|(?:land)?mines|grenades|bombs|rockets|projectiles|missiles|munitions|shells|drones)\\b";

const DISRUPTED =
  "(?:seized|confiscated|recovered|found|discovered|uncovered|unearthed|cleared|destroyed|defused|removed|dismantled|" +
  "identified|neutrali[sz]ed|intercepted|shot down)\\b";

/** Territory, protest, strategic developments, and what lies outside ACLED's scope. */
export const DEVELOPMENT_CUES: readonly Cue[] = [
  // --- Territory
  cue(
    "Government regains territory",
    6,
    `recaptur|retook|retake|retaken|regain(?:ed|ing)? (?:control|territory|(?:\\w+ ){0,3}${PLACES})|reclaim|liberated|liberating|liberation of|recover(?:ed|ing)? (?:control|territory|(?:the )?(?:\\w+ )?${PLACES})|wrested|(?:drove|driven|pushed|forced|ousted|expelled|cleared) (?:\\w+ ){0,4}(?:out of|from)|freed (?:\\w+ ){0,3}(?:areas?|villages?|towns?|city|district|region)`,
  ),
  cue(
    "Non-state actor overtakes territory",
    6,
    "(?:seized|captured|took|taken|gained|wrested|assumed|seize|capture|take|seizing|capturing|taking) (?:full |the )?control|overran|overrun|fell to|stormed|controlling the (?:entire|whole)",
  ),
  cue(
    "Non-state actor overtakes territory",
    5,
    `(?:seized|captured|took over|taken over|seize|capture|took|taken) (?:the |a |an )?(?:\\w+ ){0,3}${PLACES}`,
  ),
  cue(
    "Non-state actor overtakes territory",
    2,
    "advanced? (?:into|on)|advances? in|under (?:their|its) control|took over",
  ),
  cue(
    "Non-violent transfer of territory",
    4,
    "withdr[ea]w\\w* from|pulled out of|withdrawal from|withdrawal of|handed (?:over )?(?:control|the)|handover|without (?:a fight|resistance|fighting)|(?:no|not encounter\\w* any|little) resistance|vacated|abandoned (?:their |the )?(?:positions?|base|town|area)",
  ),
  // --- Protest and crowd violence (refined by context in classify.ts)
  cue(
    "Peaceful protest",
    5,
    // "march" is also the month: not next to a day number or a year, nor after "in", "since", "early" ...
    "protest|demonstrat|rall(?:y|ies|ied)\\b|(?<!\\d |(?:in|since|until|by|of|early|late|mid|last|next|this|from|through|on) )march(?:ed|es|ers)?\\b(?! ?\\d)|sit-ins?|picket|took to the streets|chant",
  ),
  cue(
    "Violent demonstration",
    3,
    "riot|stone-?throw|threw (?:stones|rocks|bottles|petrol bombs|molotov)|molotov|pelted|violent (?:protest|demonstrat)|turned violent",
  ),
  cue(
    "Mob violence",
    6,
    "\\bmobs?\\b|vigilante|lynch|angry (?:crowd|residents|villagers|locals)|communal (?:violence|clash)|sectarian (?:violence|clash)",
  ),
  cue(
    "Arrests",
    4,
    "arrest|detain|detention|apprehend|custody|rounded up|nabbed|taken in for questioning|jailed",
  ),
  // --- Strategic developments
  cue(
    "Agreement",
    5,
    "agreements?\\b|agreed|ceasefire|cease-fire|truce|peace (?:deal|accord|talks|process|plan|agreement)|accords?\\b",
  ),
  cue(
    "Agreement",
    3,
    "signed|negotiat|(?:prisoner|hostage) (?:swap|exchange)|memorandum|deal\\b|talks\\b|de-escalation",
  ),
  cue(
    "Disrupted weapons use",
    6,
    "defus|intercept\\w* (?:\\w+ ){0,3}(?:missiles?|rockets?|drones?|shells?|projectiles?|packages?|shipments?|weapons|arms)|shot down|downed|bomb disposal|bomb squad|controlled explosion|(?:foil|thwart)\\w* (?:\\w+ ){0,3}(?:attacks?|plots?|bombings?|attempts? to (?:attack|bomb|blow))|dismantl|neutrali[sz]ed (?:an? |the )?(?:bomb|ied|device|explosive)",
  ),
  cue(
    "Disrupted weapons use",
    5,
    "(?:seized|seize|confiscated|recovered|found|discovered|uncovered|unearthed) (?:an? |the )?(?:large |huge )?(?:\\w+ ){0,3}(?:weapons|arms|ammunition|explosives|cache|rifles|munitions|depot|bombs|devices)",
  ),
  cue(
    "Disrupted weapons use",
    4,
    "(?:weapons|arms|ammunition|explosives?) (?:cache|depot|stockpile|haul)|caches?\\b|stash|suspicious (?:package|device|object|bag)",
  ),
  cue(
    "Disrupted weapons use",
    7,
    `${WEAPONS} ${DISRUPTED}|${WEAPONS}[^.]{0,80}?\\b(?:were|was|have been|has been|had been|are|been) (?:\\w+ )?${DISRUPTED}|${DISRUPTED} (?:\\w+ ){0,6}?${WEAPONS}`,
  ),
  cue(
    "Headquarters or base established",
    7,
    `(?:set up|setting up|sets up|established|establish|establishing|built|build|building|opened|erected) (?:an? |the |their |its )?(?:\\w+ ){0,2}${BASES}|${BASES} (?:have |has )?(?:been |were |was )?(?:set up|established|built|erected)`,
  ),
  cue("Headquarters or base established", 3, "observation posts?|new (?:military )?base"),
  cue(
    "Looting/property destruction",
    5,
    "loot|plunder|pillag|ransack|torch|set (?:on )?fire to|set ablaze|arson|vandali[sz]|razed|bulldoz|demolish",
  ),
  cue(
    "Looting/property destruction",
    3,
    "burn(?:ed|t|ing)? (?:down )?(?:\\w+ ){0,2}(?:houses|homes|shops|vehicles|cars|buildings|village|properties|property)|destroyed (?:\\w+ ){0,2}(?:property|properties|houses|homes|shops|crops|buildings|schools|hospitals|infrastructure|churches|villages)",
  ),
  cue(
    "Change to group/activity",
    3,
    "deploy|formed|formation of|defect|recruit|disband|merg(?:e|ed|er)\\b|reinforcement|mobili[sz]|redeploy|relocat|pledged allegiance|new (?:group|militia|unit|force)|joined forces",
  ),
  cue(
    "Change to group/activity",
    2,
    "withdr[ea]w\\w* (?:its |their |the )?(?:troops|forces|soldiers)|troops? (?:movement|withdrawal)|military exercises?|drills?\\b|curfew|lockdown|banned|ban\\b",
  ),
  cue("Other", 2, "mass graves?|bodies (?:were )?(?:found|discovered|exhumed|recovered)|exhum"),
  cue("Armed clash", 1.5, "offensive|counter-?offensive|combat\\b"),
  // --- Outside ACLED's scope
  cue(
    "none",
    5,
    "(?:weapons?|military|security|arms) (?:packages?|aid|assistance|supplies|deliveries|shipments?)|(?:suppl(?:y|ied|ying)|deliver\\w*|provid\\w*|sen[dt]|sending|donat\\w*|transfer\\w*) (?:\\w+ ){0,4}(?:weapons|missiles|artillery|rockets|tanks|drones|systems|munitions|shells|ammunition|jets|aircraft)",
  ),
  cue(
    "none",
    5,
    "earthquake|floods?\\b|flooding|flash flood|floodwaters|torrential|landslide|cyclone|hurricane|typhoon|tornado|storm\\b|heavy rains?|wildfires?|forest fires?|drought|tsunami|avalanche|volcan|monsoon",
  ),
  cue(
    "none",
    4,
    "gas (?:leak|explosion|cylinder|bungle)|propane|(?:building|bridge|mine) collapse|collapsed|accident|derail|crash(?:ed|es)?\\b|fire broke out|short circuit|poisoning|toxins?|spill|leak(?:ed|age|s)?\\b|chemical (?:plant|factory|facility|leak|spill)|fires? (?:are |were |was |is )?(?:burning|raging|broke out)|blaze|firefighters",
  ),
  cue(
    "none",
    4,
    "robb|robber|theft|thiev|burglar|smuggl|drug|narcotic|traffick|fraud|brib|embezzl|counterfeit|poach|cartel|gang\\b|gangs\\b",
  ),
  cue(
    "none",
    4,
    "sanction|expel|expuls|diplomat|ambassador|embassy|summoned|envoy|cyber ?attack|hack(?:ed|ers?|ing)\\b|visa",
  ),
];
