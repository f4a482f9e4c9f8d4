/**
 * Within-document coreference by name: a later "Blinken" or "Mr Blinken" is the "Antony
 * Blinken" named in full elsewhere in the text, "the Foreign Secretary" is the person last
 * introduced with that title, and "ICC" is what "International Criminal Court (ICC)"
 * defined. Full names are collected over the whole document first, so a headline that
 * uses the surname alone resolves too.
 */
export class NameRegistry {
  private readonly people = new Map<string, string>();
  private readonly titles = new Map<string, string>();
  private readonly acronyms = new Map<string, string>();

  addPerson(name: string, title: string | null): void {
    const parts = name.split(" ");
    if (parts.length < 2) return;
    const last = parts[parts.length - 1] as string;
    // The first full name wins: "Joe Biden" keeps "Biden" even if "Hunter Biden" follows.
    for (const key of [last, last.replace(/^\p{Ll}+-/u, ""), parts[0] as string, name]) {
      if (!this.people.has(key)) this.people.set(key, name);
    }
    if (title && !this.titles.has(title)) this.titles.set(title, name);
  }

  addAcronym(acronym: string, name: string): void {
    if (!this.acronyms.has(acronym)) this.acronyms.set(acronym, name);
  }

  /** The full name a surname, given name or full name refers to. */
  person(name: string): string | undefined {
    return this.people.get(name) ?? this.people.get(name.replace(/^\p{Ll}+-/u, ""));
  }

  /** The person introduced with this title ("Foreign Secretary"). */
  titled(title: string): string | undefined {
    return this.titles.get(title);
  }

  organization(acronym: string): string | undefined {
    return this.acronyms.get(acronym);
  }
}
