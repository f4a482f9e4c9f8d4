import { Random, Zipf } from "./random.js";

/**
 * Synthetic news texts with known near-copies. Words are invented (syllable strings) and
 * drawn with a Zipf law like real text. Each item is one of:
 * - an original story (its own truth group), long or short, with its outlet's boilerplate;
 * - a near-copy of an earlier original: another outlet's headline and boilerplate, a
 *   sentence dropped, one or two added, one word in 200 changed (same truth group);
 * - an embedded copy: the outlet's own paragraphs, as long again or longer, with the
 *   original's body inside (same truth group);
 * - an independent report that quotes one sentence of an earlier original (its own group:
 *   a shared quote does not make a copy).
 * Originals are regenerated from their seed when copied, so memory stays small at 100k.
 */
export interface GeneratedText {
  id: string;
  text: string;
  /** Id of the original story the item copies, or its own id. */
  truth: string;
  kind: keyof typeof TEXT_MIX;
}

export const TEXT_MIX = { original: 0.55, copy: 0.3, embedded: 0.05, quoting: 0.1 } as const;

const SYLLABLES =
  "ka lo mi ne tu ra ve si po da lu ze ko ri na to me su bi go ha ja ye vo zu sha cho tri pla dro".split(" ");
const VOCAB = 20_000;
const OUTLETS = 40;

function vocabulary(): string[] {
  const r = new Random(7);
  const words = new Set<string>();
  while (words.size < VOCAB) {
    let w = "";
    for (let i = r.int(1, 4); i > 0; i--) w += r.pick(SYLLABLES);
    words.add(w);
  }
  return [...words];
}

type Sentence = number[];

class Writer {
  private readonly words = vocabulary();
  private readonly zipf = new Zipf(VOCAB, 1.05);
  readonly boilerplate: string[];

  constructor() {
    const r = new Random(11);
    this.boilerplate = Array.from({ length: OUTLETS }, () =>
      Array.from({ length: 2 }, () => this.render([this.sentence(r, 8, 14)])).join(" "),
    );
  }

  sentence(r: Random, min = 8, max = 24): Sentence {
    return Array.from({ length: r.int(min, max) }, () => this.zipf.sample(r));
  }

  sentences(r: Random, count: number): Sentence[] {
    return Array.from({ length: count }, () => this.sentence(r));
  }

  render(sentences: Sentence[]): string {
    return sentences
      .map((s) => {
        const text = s.map((w) => this.words[w]).join(" ");
        return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
      })
      .join(" ");
  }
}

/** An original's body, the same every time for the same seed. */
function body(writer: Writer, seed: number): Sentence[] {
  const r = new Random(seed);
  const short = r.chance(0.15);
  return writer.sentences(r, short ? r.int(3, 5) : r.int(10, 36));
}

function article(writer: Writer, outlet: number, headline: Sentence, sentences: Sentence[]): string {
  const paragraphs: string[] = [writer.render([headline])];
  for (let i = 0; i < sentences.length; i += 3) paragraphs.push(writer.render(sentences.slice(i, i + 3)));
  paragraphs.push(writer.boilerplate[outlet] as string);
  return paragraphs.join("\n\n");
}

function edit(writer: Writer, r: Random, original: Sentence[]): Sentence[] {
  const out = original.map((s) => s.map((w) => (r.chance(0.005) ? (w + 1) % VOCAB : w)));
  if (out.length > 3 && r.chance(0.3)) out.splice(r.int(0, out.length - 1), 1);
  for (let k = r.chance(0.7) ? r.int(1, 2) : 0; k > 0; k--)
    out.splice(r.int(0, out.length), 0, writer.sentence(r));
  return out;
}

export function* generateTexts(n: number, seed = 1): Generator<GeneratedText> {
  const writer = new Writer();
  const r = new Random(seed);
  const originals: { id: string; seed: number }[] = [];
  for (let i = 0; i < n; i++) {
    const id = `t${i}`;
    const outlet = r.int(0, OUTLETS - 1);
    const kind: keyof typeof TEXT_MIX =
      originals.length === 0
        ? "original"
        : r.weighted(Object.entries(TEXT_MIX) as [keyof typeof TEXT_MIX, number][]);
    if (kind === "original") {
      const s = r.int(1, 2 ** 31);
      originals.push({ id, seed: s });
      yield {
        id,
        kind,
        truth: id,
        text: article(writer, outlet, writer.sentence(r, 6, 12), body(writer, s)),
      };
      continue;
    }
    const source = r.pick(originals);
    const original = body(writer, source.seed);
    const headline = writer.sentence(r, 6, 12);
    if (kind === "copy") {
      yield {
        id,
        kind,
        truth: source.id,
        text: article(writer, outlet, headline, edit(writer, r, original)),
      };
    } else if (kind === "embedded") {
      const own = writer.sentences(r, Math.ceil(original.length * (1 + r.next() * 0.5)));
      yield { id, kind, truth: source.id, text: article(writer, outlet, headline, [...own, ...original]) };
    } else {
      const own = writer.sentences(r, r.int(8, 25));
      own.splice(r.int(0, own.length), 0, r.pick(original));
      yield { id, kind, truth: id, text: article(writer, outlet, headline, own) };
    }
  }
}
