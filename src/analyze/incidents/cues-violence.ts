import { type Cue, cue } from "./cue.js";

/** Means of attack and violent acts against people. */
export const VIOLENCE_CUES: readonly Cue[] = [
  // --- Means: air and drones
  cue(
    "Air/drone strike",
    4,
    "air ?strikes?|airstrikes?|air[- ]raids?|air attacks?|aerial (?:bombard|attack|bomb|strike)",
  ),
  cue(
    "Air/drone strike",
    4,
    "war ?planes?|fighter[- ]?(?:jets?|planes?|bombers?)|jets? (?:bomb|struck|strik|pound|hit|target|fired)",
  ),
  cue(
    "Air/drone strike",
    3,
    "bombers?\\b|military (?:aircraft|planes?)|(?:coalition|russian|syrian|saudi|israeli|us) (?:aircraft|planes?)",
  ),
  cue(
    "Air/drone strike",
    3,
    "helicopter gunships?|gunships?|helicopters? (?:fired|attack|struck|strik|bomb|shot)",
  ),
  cue(
    "Air/drone strike",
    4,
    "drone (?:strikes?|attacks?)|drones? (?:struck|strike|hit|attack|target|bomb)|kamikaze drones?",
  ),
  cue(
    "Air/drone strike",
    3,
    "unmanned aerial|uavs?\\b|shahed|loitering munitions?|bayraktar|reaper drones?|predator drones?",
  ),
  cue(
    "Air/drone strike",
    3,
    "barrel bombs?|air[- ](?:launched|to[- ]surface|dropped)|air missiles?|dropped (?:bombs?|munitions)",
  ),
  cue("Air/drone strike", 2, "bombed|bombing|sorties?|carpet[- ]bomb|bombardments?"),
  // --- Means: ground-launched indirect fire
  cue(
    "Shelling/artillery/missile attack",
    4,
    "shell(?:ed|ing|s)\\b|shellfire|artillery|mortars?\\b|howitzers?",
  ),
  cue(
    "Shelling/artillery/missile attack",
    3.5,
    "rockets?\\b|rocket (?:fire|attack)|missiles?\\b|missile (?:strike|attack)",
  ),
  cue(
    "Shelling/artillery/missile attack",
    3.5,
    "mlrs|multiple[- ]rocket|grad\\b|katyusha|smerch|uragan|himars|iskander|kalibr|tochka|s-300|cluster munitions?",
  ),
  cue(
    "Shelling/artillery/missile attack",
    3,
    "tanks? (?:fired|shell|attack|round)|tank (?:fire|attack)|projectiles?",
  ),
  cue(
    "Shelling/artillery/missile attack",
    3,
    "(?:cruise|ballistic|guided|anti-tank|surface-to-surface) missiles?",
  ),
  cue(
    "Shelling/artillery/missile attack",
    1.5,
    "bombardments?|barrages?|volleys?|salvos?|pounded|heavy weapons",
  ),
  // A strike with no stated means: in reports of this war most often a missile or shell.
  // Not the idioms: "struck a bellicose tone", "struck a deal".
  cue(
    "Shelling/artillery/missile attack",
    2,
    "(?<!(?:hunger|general|labou?r|national|workers'|nationwide|on) )strikes?\\b(?! action)|struck(?! (?:an? |the )?(?:[\\w-]+ )?(?:tone|note|deal|chord|balance|bargain|pose))",
  ),
  // --- Means: planted or thrown explosives
  cue(
    "Remote explosive/landmine/IED",
    5,
    "ieds?\\b|improvised explosive|roadside bombs?|land ?mines?|anti-(?:personnel|tank|vehicle) mines?",
  ),
  cue(
    "Remote explosive/landmine/IED",
    4,
    "car bombs?|vbieds?|booby[- ]?trap|explosive devices?|bomb (?:blast|explosion)|bomb attacks?",
  ),
  cue(
    "Remote explosive/landmine/IED",
    4,
    "(?:magnetic|sticky|time|nail|remote[- ]controlled|pipe|parcel) bombs?|remote[- ]control",
  ),
  cue(
    "Remote explosive/landmine/IED",
    4,
    "bombs?\\b[^.]{0,60}?\\b(?:exploded|went off|detonated)|bombs? (?:was |were )?(?:planted|placed|hidden|left|attached|concealed)|planted (?:a )?bombs?|detonated (?:\\w+ ){0,2}explosives?",
  ),
  cue(
    "Remote explosive/landmine/IED",
    3,
    "(?:hit|struck|stepped on|ran over|drove over|detonated) (?:an? )?(?:[\\w-]+ )?mines?\\b|mine (?:blast|explosion|exploded)",
  ),
  cue("Remote explosive/landmine/IED", 1, "explosions?|blasts?\\b|exploded|detonat|bombings?\\b|explosives?"),
  cue(
    "Suicide bomb",
    7,
    "suicide|blew (?:himself|herself|themselves) up|self-detonat|explosive (?:vest|belt)|killing (?:himself|herself|themselves)",
  ),
  cue("Grenade", 6, "(?<!rocket[- ]propelled )grenades?\\b"),
  cue("Grenade", 2, "(?:hurled|lobbed|tossed|threw) (?:an? )?explosives?"),
  cue(
    "Chemical weapon",
    7,
    "chemical (?:weapons?|attacks?|agents?|munitions?)|chlorine|sarin|mustard gas|nerve (?:agent|gas)|poison(?:ous)? gas",
  ),
  cue(
    "Chemical weapon",
    4,
    "toxic (?:gas|chemical|substance)s? (?:attack|weapon|shell|munition|bomb)|gas attack|chemical (?:shells?|bombs?|rockets?)",
  ),
  // --- Actions against people
  cue(
    "Sexual violence",
    7,
    "rap(?:e|ed|es|ing|ist|ists)\\b|gang-?rap|sexual(?:ly)? (?:assault|abus|violen|exploit|harass|slaver)",
  ),
  cue("Sexual violence", 5, "molest|sex(?:ual)? attacks?|indecent(?:ly)? assault|sexual crimes?"),
  cue(
    "Abduction/forced disappearance",
    6,
    "abduct|kidnap|hostages?|forcibly disappear|enforced disappearance|forced disappearance",
  ),
  cue(
    "Abduction/forced disappearance",
    4,
    "snatched|held captive|captives?|whereabouts (?:are |remain )?unknown|went missing|(?:took|taken|drove|driven|taking) (?:\\w+ ){0,2}to an? unknown (?:location|destination|place)",
  ),
  cue(
    "Abduction/forced disappearance",
    3,
    "(?:forces|gunmen|men|militants) (?:have |had )?(?:taken|took|seized) (?:at least )?(?:\\w+ )?(?:people|persons|civilians|men|women)",
  ),
  cue(
    "Attack",
    3,
    "opened fire|gunm[ae]n|shot dead|shot and killed|shooting attack|drive-by|gun attacks?|gunfire|shootings?\\b|sniper",
  ),
  cue(
    "Attack",
    3,
    "stabb|knife attack|machete|hacked to death|behead|massacre|executed|execution|assassinat|lynch",
  ),
  cue(
    "Attack",
    3,
    "(?:attack|kill|murder|target|shot|shoot|assault|raid)\\w* (?:\\w+ ){0,4}(?:civilians|villagers|residents|worshippers|passengers|farmers|family|families|tourists?|journalists?|aid workers|students|pupils|women|children|people|persons|locals|population|villages?|homes?|houses?|travell?ers|motorists|shoppers|pedestrians)\\b",
  ),
  cue(
    "Attack",
    2.5,
    "armed men|gunmen|assailants|attackers|bandits|unidentified (?:men|attackers|gunmen)|unknown (?:men|attackers|gunmen)",
  ),
  cue(
    "Attack",
    1.5,
    "attack(?:s|ed|ing)?\\b|assault(?:s|ed)?\\b|raid(?:s|ed)?\\b|ambush|gunmen|armed men|murder|killed|kill(?:s|ing)\\b",
  ),
  cue(
    "Armed clash",
    4,
    "clash(?:es|ed)?\\b|(?:fighting|fought)(?! (?:the |a )?(?:blaze|fires?|flames))|battl(?:e|es|ed|ing)\\b|gun ?battles?|fire ?fights?\\b",
  ),
  cue(
    "Armed clash",
    4,
    "exchange(?:s|d)? (?:of )?fire|skirmish|engaged (?:in )?(?:heavy )?(?:fighting|combat)",
  ),
  cue(
    "Armed clash",
    3,
    "(?:attack|ambush|raid|storm|overran)\\w* (?:on )?(?:an? |the |their )?(?:\\w+ ){0,2}(?:checkpoints?|base|bases|posts?|positions?|convoys?|outposts?|barracks|patrols?|troops|soldiers|police station|military|army)",
  ),
  cue(
    "Armed clash",
    2.5,
    "(?:militants|insurgents|rebels|terrorists|fighters|soldiers|troops|policemen|security personnel|servicemen|jihadists) (?:were |have been )?(?:killed|wounded|died)",
  ),
  cue(
    "Armed clash",
    2.5,
    "kill(?:ed|ing) (?:\\w+ ){0,4}(?:militants|insurgents|rebels|terrorists|fighters|soldiers|troops|policemen|security (?:forces|personnel)|servicemen|jihadists)",
  ),
];
