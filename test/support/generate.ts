/**
 * A seeded generator of realistic cables, shared by the benchmarks and the
 * property tests. The same seed always gives the same text, so a failing
 * property or a surprising figure can be reproduced.
 *
 * A generated cable looks like the samples: an optional catalogue record,
 * header fields and stamps, prose with editorial marks, names and dates, an
 * optional quoted telegram, a signature line, and a footer with the cipher
 * clerks' entries and footnotes. Times are ordered (signed before received,
 * deciphered after) so a clean cable draws no diagnostics; `slips` adds the
 * mistakes transcribers make, so the checker has something to report.
 */

/** A small seeded random source: the murmur3 finaliser over a Weyl sequence (fast, and good enough for test data). */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x9e3779b9) >>> 0;
    let z = this.state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return ((z ^ (z >>> 16)) >>> 0) / 4294967296;
  }

  /** A whole number in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }
}

export interface CableOptions {
  /** Chance that the cable carries transcription slips (each one a diagnostic); 0 (default) gives a clean cable. */
  slips?: number;
  /** Body paragraphs; 3–10 when omitted. Ignored by the sized generators, which add paragraphs until the size is reached. */
  paragraphs?: number;
  /** Width prose is wrapped at; 0 puts each paragraph on one line; chosen per cable when omitted. */
  wrap?: number;
  lineEnding?: '\n' | '\r\n';
  /** False: no editorial marks, stamps or footnotes, only prose (many transcriptions have none); default true. */
  marks?: boolean;
}

// ---------------------------------------------------------------------------
// Vocabulary. Two-word names are far apart from each other (no accidental C305).

const people = ['Zhou Enlai', 'Peng Dehuai', 'Kim Il Sung', 'Li Kenong', 'Nie Rongzhen', 'Gao Gang', 'Pak Hon-yong', 'Andrei Gromyko', 'Terenty Shtykov', 'Nikolai Roshchin', 'Matvei Zakharov', 'Fidel Castro'];
/** Variants of `people` (one letter off), used only as slips. */
const variantOf: Readonly<Record<string, string>> = { 'Li Kenong': 'Le Kenong', 'Peng Dehuai': 'Peng Dehuia', 'Gao Gang': 'Gao Kang', 'Andrei Gromyko': 'Andrei Gromiko' };
const leaders = ['Stalin', 'Molotov', 'Beria', 'Malenkov', 'Bulganin', 'Vyshinsky', 'Kaganovich', 'Mikoyan'];
const places = ['MOSCOW', 'BEIJING', 'PYONGYANG', 'HAVANA', 'WASHINGTON', 'LONDON', 'BERLIN', 'PRAGUE', 'HELSINKI', 'WARSAW'];
const townNames = ['Kaesong', 'Andong', 'Ongjin', 'Saigon', 'Tonghua', 'Dairen', 'Port Arthur', 'Harbin'];
const offices = ['SECOND MAIN DIRECTORATE OF THE GENERAL STAFF OF THE SOVIET ARMY', 'MINISTRY OF FOREIGN AFFAIRS OF THE USSR', 'DEPARTMENT OF STATE, DIVISION OF COMMUNICATIONS AND RECORDS'];
const signatories = ['MAO ZEDONG', 'ZHOU ENLAI', 'VYSHINSKY', 'ROSHCHIN', 'SHTYKOV', 'ALEKSEEV', 'KIM IL SUNG', 'BEDELL SMITH'];
const clerks = ['Fedyaev', 'Korniyushina', 'Kozlova', 'Chernova', 'Sukhova', 'Orlov', 'Kuzina', 'Shaposhnikova'];
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const romanMonths = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const countWords = ['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten'];
const signs = ['№', 'Nº', 'No.', '#'];

/** Clauses of diplomatic prose; `{p}` a person, `{l}` a leader, `{t}` a town, `{d}` a date, `{n}` a number, `{s}` the cable's number sign. */
const clauses = [
  'at the present time our side should keep to an approach which promotes the rapid resumption of the work of the conference',
  'we should both not be in a hurry and not waste time',
  'Cde. {l} asked that this be reported to Moscow at once',
  'on {d} {p} received me at his own request',
  'the units in the area of {t} drove them back, with losses on both sides',
  'the enemy is interested in using the meeting of liaison officers in order to stall for time',
  'I told him that I had no instructions on this question',
  'the proposal we have offered is not any serious concession',
  '{p} said that the text of reply {s} {n} would be handed over on {d}',
  'the film is to be handed over in the same manner as before',
  'we ask you to confirm the payment for the second half of the year',
  'in our opinion the government should not reject the principles outright',
  'the troops at {t} have no cover from the air',
  'he was calm but very tired, and said that his information points to a landing within three days',
  'the report of {p} on events at {t} was passed to Cde. {l}',
  'these measures were discussed with {p} and with the comrades from {t}',
];

/** Inline editorial marks as archives print them; `{n}` a small count. */
const inlineMarks = ['[illegible]', '[sic]', '[{n} groups unrecovered]', '[1 group garbled]', '[B% the Treasury]', '[C% War Production Board]', '[unclear: He will]', '[?]', '[your]', '[Page {n}]', '[Redacted text]', '[Deleted: twice]'];

// ---------------------------------------------------------------------------

/** The dates and times of one cable, in order: signed, received, deciphered, printed. */
interface Timeline {
  year: number;
  month: number;
  day: number;
  signed: number;
  received: number;
  deciphered: number;
  printed: number;
  /** Date-time groups (`191135Z Oct 51`) throughout, as British military telegrams write them. */
  dtg: boolean;
}

interface Context {
  random: Random;
  timeline: Timeline;
  sign: string;
  wrap: number;
  /** Footnote markers the footer will explain; references use these. */
  notes: string[];
  slips: Set<Slip>;
  marks: boolean;
}

type Slip = 'misspelt-field' | 'unclosed-bracket' | 'impossible-date' | 'bad-time' | 'name-variant' | 'mixed-signs' | 'duplicate-recipient' | 'unclosed-quote' | 'bad-count' | 'unknown-tag' | 'empty-mark' | 'footer-field-in-body';
const allSlips: readonly Slip[] = ['misspelt-field', 'unclosed-bracket', 'impossible-date', 'bad-time', 'name-variant', 'mixed-signs', 'duplicate-recipient', 'unclosed-quote', 'bad-count', 'unknown-tag', 'empty-mark', 'footer-field-in-body'];

function contextOf(seed: number, options: CableOptions): Context {
  const random = new Random(seed);
  const signed = random.int(60, 9 * 60);
  const received = signed + random.int(30, 240);
  const deciphered = received + random.int(20, 120);
  const timeline: Timeline = { year: random.int(1944, 1962), month: random.int(1, 12), day: random.int(1, 28), signed, received, deciphered, printed: deciphered + random.int(10, 90), dtg: random.chance(0.15) };
  const slips = new Set<Slip>();
  if (random.chance(options.slips ?? 0)) for (let count = random.int(1, 2); slips.size < count; ) slips.add(random.pick(allSlips));
  const marks = options.marks ?? true;
  const notes = marks && random.chance(0.15) ? ['i', 'ii', 'iii'].slice(0, random.int(1, 3)) : [];
  const wrap = options.wrap ?? (random.chance(0.6) ? random.int(60, 78) : 0);
  return { random, timeline, sign: random.pick(signs), wrap, notes, slips, marks };
}

function hhmm(minutes: number): string {
  return String(Math.floor(minutes / 60)).padStart(2, '0') + String(minutes % 60).padStart(2, '0');
}

/** A time group for `minutes` on the cable's day, in the cable's style; `withYear` for the first full date. */
function timeGroup(context: Context, minutes: number, withYear: boolean): string {
  const { year, month, day, dtg } = context.timeline;
  const monthName = months[month - 1];
  if (dtg) return `${String(day).padStart(2, '0')}${hhmm(minutes)}Z ${monthName.slice(0, 3)} ${String(year).slice(2)}`;
  return `${hhmm(minutes)} ${day} ${monthName}${withYear ? ` ${year}` : ''}`;
}

function fill(context: Context, template: string): string {
  const { random, timeline } = context;
  return template
    .replace(/\{p\}/g, () => random.pick(people))
    .replace(/\{l\}/g, () => random.pick(leaders))
    .replace(/\{t\}/g, () => random.pick(townNames))
    .replace(/\{d\}/g, () => `${random.int(1, timeline.day)} ${months[timeline.month - 1]}`)
    .replace(/\{n\}/g, () => String(random.int(2, 40)))
    .replace(/\{s\}/g, () => context.sign);
}

function sentence(context: Context): string {
  const { random } = context;
  const parts: string[] = [fill(context, random.pick(clauses))];
  if (random.chance(0.4)) parts.push(fill(context, random.pick(clauses)));
  let text = parts.join(', and ');
  if (context.marks && random.chance(0.25)) text += ` ${fill(context, random.pick(inlineMarks))}`;
  if (context.notes.length > 0 && random.chance(0.2)) text += `[${random.pick(context.notes)}]`;
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

/**
 * Wraps words into lines no wider than `width` (0: one line), as a transcriber
 * keeps the page's line breaks. An untagged mark must stay on one line (it
 * cannot span lines), so a bracket and what it holds wrap as one word.
 */
function wrapText(text: string, width: number): string[] {
  if (width <= 0) return [text];
  const lines: string[] = [];
  let line = '';
  for (const word of text.match(/\S*\[[^\]]*\]\S*|\S+/g) ?? []) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function paragraph(context: Context): string[] {
  const sentences = Array.from({ length: context.random.int(1, 4) }, () => sentence(context));
  return wrapText(sentences.join(' '), context.wrap);
}

// ---------------------------------------------------------------------------
// Zones.

function catalogue(context: Context): string[] {
  const { year, month, day } = context.timeline;
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return [
    '---',
    `title: Ciphered Telegram No. ${context.random.int(100, 30000)}, ${context.random.pick(people)} to Cde. ${context.random.pick(leaders)}`,
    `date: ${date}`,
    `source: https://archive.example.org/cable-markup/generated/${context.random.int(1, 1e6)}`,
    'summary: A generated cable in the manner of the archive samples, used to',
    '  measure and test the Cable Markup tools.',
    'language: Russian',
    'translation: English',
    'tags: generated; benchmark',
    '---',
  ];
}

function header(context: Context): string[] {
  const { random, slips } = context;
  const recipients = Array.from(new Set(Array.from({ length: random.int(2, 5) }, () => `Cde. ${random.pick(leaders)}`)));
  if (slips.has('duplicate-recipient')) recipients.push(recipients[0]);
  const receivedTime = slips.has('bad-time') ? `2575 ${context.timeline.day} ${months[context.timeline.month - 1]} ${context.timeline.year}` : timeGroup(context, context.timeline.received, true);
  const lines = [
    ...(random.chance(0.3) ? ['%% Transcribed from the archive copy; line breaks as printed.'] : []),
    `Office: ${random.pick(offices)}`,
    `Cable: ${context.sign} ${random.int(100, 30000)}`,
    `Classification: ${random.pick(['TOP SECRET', 'SECRET'])}`,
    `From: ${random.pick(places)}`,
    `To: ${random.pick(places)}`,
    `Copies to: ${recipients.join('; ')}`,
    `${slips.has('misspelt-field') ? 'Recieved' : 'Received'}: ${receivedTime}`,
    `Copy: ${slips.has('mixed-signs') ? signs.find((sign) => sign !== context.sign) : context.sign} ${random.int(1, 3)}`,
  ];
  if (context.marks && random.chance(0.5)) lines.push('', `[Stamp: ${random.pick(['TOP SECRET', 'SUBJECT TO RETURN'])}`, `Incoming ${context.sign} ${random.int(1000, 9999)}]`);
  return lines;
}

/** A quoted telegram: a quote mark opens its first line and closes its signature line. */
function quote(context: Context, paragraphs: number): string[] {
  const { random } = context;
  const [open, close] = random.pick([['"', '"'], ['“', '”'], ['«', '»']]);
  const lines: string[] = [`${open}Cde. ${random.pick(people)}, copy to Cde. ${random.pick(leaders)}.`];
  for (let i = 0; i < paragraphs; i++) lines.push('', ...paragraph(context));
  const closing = context.slips.has('unclosed-quote') ? '' : close;
  lines.push('', `${random.pick(signatories)} ${timeGroup(context, context.timeline.signed, false)}${closing}`);
  return lines;
}

/** One slip that lives in the body, as a paragraph of its own. */
function slipParagraph(context: Context, slip: Slip): string[] {
  const month = months[context.timeline.month - 1];
  switch (slip) {
    case 'unclosed-bracket':
      return ['The copy was handed to [illegible by courier.'];
    case 'impossible-date':
      return ['The reply is expected on 31 February at the latest.'];
    case 'name-variant': {
      const [name, variant] = context.random.pick(Object.entries(variantOf));
      return [`Cde. ${name} and Cde. ${name} will meet Cde. ${variant} on ${context.timeline.day} ${month}.`];
    }
    case 'unknown-tag':
      return ['[Stamps: Reported to the Secretariat]'];
    case 'empty-mark':
      return ['The text of the reply [] follows.'];
    case 'footer-field-in-body':
      return [`Deciphered: ${context.random.pick(clerks)}`];
    default:
      return [];
  }
}

function footer(context: Context): string[] {
  const { random, timeline, slips } = context;
  const clerk = random.pick(clerks);
  const lines = ['-----', `Deciphered: ${clerk} ${timeGroup(context, timeline.deciphered, false)}`];
  if (random.chance(0.5)) lines.push(`Printed: ${random.pick(clerks)} ${timeGroup(context, timeline.printed, false)} ${context.sign} ${random.int(1000, 9999)}`);
  lines.push(`Copies printed: ${slips.has('bad-count') ? 'many' : random.pick(countWords.slice(3))}`);
  if (context.marks && random.chance(0.3)) lines.push('[Stamp: Checked', 'Secretariat]');
  for (const marker of context.notes) lines.push(`[${marker}] ${random.pick(signatories)}: ${random.pick(people)}.`);
  return lines;
}

function bodySignature(context: Context): string {
  const { random, timeline } = context;
  const name = random.pick(signatories);
  if (timeline.dtg) return name;
  if (random.chance(0.3)) return `${timeline.day}.${timeline.month}.${String(timeline.year).slice(2)} ${name.split(' ')[0]}`;
  if (random.chance(0.2)) return `${name} ${timeline.day}.${romanMonths[timeline.month - 1]}.${String(timeline.year).slice(2)}`;
  return name;
}

/** Builds a cable whose body grows until `more(lines so far, characters so far)` says stop. */
function build(seed: number, options: CableOptions, more: (lines: number, chars: number) => boolean): string {
  const context = contextOf(seed, options);
  const { random } = context;
  const lines: string[] = [...(random.chance(0.6) ? catalogue(context) : []), ...header(context), '', `Cde. ${random.pick(leaders).toUpperCase()}!`, ''];
  let chars = lines.reduce((sum, line) => sum + line.length + 1, 0);
  const add = (added: string[]): void => {
    lines.push(...added, '');
    chars += added.reduce((sum, line) => sum + line.length + 1, 1);
  };
  for (const slip of context.slips) {
    const slipLines = slipParagraph(context, slip);
    if (slipLines.length > 0) add(slipLines);
  }
  // Quotes are otherwise left to chance: this slip needs one to leave open.
  if (context.slips.has('unclosed-quote')) add(quote(context, 1));
  // Every note needs a reference (C213), whatever the random sentences happen to cite.
  if (context.notes.length > 0) add(context.notes.map((marker) => `To ${random.pick(signatories)}[${marker}].`));
  let first = true;
  while (first || more(lines.length, chars)) {
    first = false;
    const roll = random.next();
    if (roll < 0.12) add(quote(context, random.int(1, 4)));
    else if (roll < 0.16 && context.marks) add([`[Margin: ${fill(context, random.pick(clauses))}]`]);
    else if (roll < 0.18) add(['%% The next paragraph is underlined in the typescript.']);
    else add(paragraph(context));
  }
  lines.push(bodySignature(context), '', ...footer(context), '');
  return lines.join(options.lineEnding ?? '\n');
}

/** One cable of realistic length (about 1.5–5 KB). */
export function generateCable(seed: number, options: CableOptions = {}): string {
  const paragraphs = options.paragraphs ?? new Random(seed ^ 0x5bd1e995).int(3, 10);
  let added = 0;
  return build(seed, options, () => ++added < paragraphs);
}

/** One cable of at least `chars` characters (a long file, for throughput). */
export function generateCableOfSize(seed: number, chars: number, options: CableOptions = {}): string {
  return build(seed, options, (_lines, sofar) => sofar < chars);
}

/** One cable of about `lineCount` lines (the typing benchmark's document). */
export function generateCableOfLines(seed: number, lineCount: number, options: CableOptions = {}): string {
  return build(seed, { wrap: 72, ...options }, (lines) => lines < lineCount - 12);
}
