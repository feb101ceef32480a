/**
 * Writes a synthetic archive of clean cables for the CLI tests and for
 * measuring it: realistic size and shape (header, quoted telegram, footer),
 * names shared between files, and nothing any rule reports unless asked to.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Names that are far from each other, so sharing them across files is not a C305. */
const people = ['Zhou Enlai', 'Peng Dehuai', 'Kim Il Sung', 'Li Kenong', 'Nie Rongzhen', 'Gao Gang', 'Deng Hua', 'Chai Chengwen'];

const paragraphs = [
  'At the present time at the meeting of liaison officers our side should keep to an approach which promotes the rapid resumption of the work of the conference. We should both not be in a hurry and not waste time.',
  'We should at our initiative and at an opportune moment propose means with which both sides could agree in order to solve some secondary issues.',
  'As regards measures or secondary issues which we intend to change we should not make changes right away; at the same time we should not reveal at the first meetings or in the press that our point of view is absolutely inflexible.',
  'The proposal we have offered is not any serious concession.',
  'In the event that the enemy does not agree we intend to reduce the neutral zone still further. It is politically disadvantageous to make such a statement in the press this way.',
  'As regards the enemy, as before he is interested in using the meeting of liaison officers in order to stall for time and conduct intelligence.',
  'We should also act cautiously in order not to reveal our plans, which is to our advantage during the subsequent struggle at the conference.',
  'Please be guided by my instructions.',
];

export interface ArchiveOptions {
  /** Paragraphs in each quoted telegram; about 250 bytes each. */
  paragraphsPerFile?: number;
  /** Files per sub-folder, so the archive also tests recursion. */
  filesPerFolder?: number;
}

/** Writes `count` cables under `folder`; returns their paths in sorted order. */
export function writeArchive(folder: string, count: number, options: ArchiveOptions = {}): string[] {
  const perFolder = options.filesPerFolder ?? 100;
  const files: string[] = [];
  for (let index = 0; index < count; index++) {
    const subfolder = path.join(folder, `box-${String(Math.floor(index / perFolder)).padStart(3, '0')}`);
    fs.mkdirSync(subfolder, { recursive: true });
    const file = path.join(subfolder, `cable-${String(index).padStart(5, '0')}.cable`);
    fs.writeFileSync(file, cableText(index, options.paragraphsPerFile ?? 12));
    files.push(file);
  }
  return files.sort();
}

/** One clean cable; `index` varies the number, the day, the people and the text. */
export function cableText(index: number, paragraphCount: number): string {
  const day = 1 + (index % 28);
  const person = people[index % people.length];
  const other = people[(index + 3) % people.length];
  const body = Array.from({ length: paragraphCount }, (_, n) => paragraphs[(index + n) % paragraphs.length]);
  return [
    'Office: SECOND MAIN DIRECTORATE OF THE GENERAL STAFF OF THE SOVIET ARMY',
    `Cable: № ${20000 + index}`,
    'Copies to: Cde. Stalin; Cde. Molotov; Cde. Beria',
    'From: [BEIJING]',
    `Received: 1135 ${day} October 1951`,
    'Copy: № 2',
    '',
    'Cde. FILIPPOV!',
    '',
    `I am sending you the text of my telegram to Cde. ${person} for [your] information.`,
    '',
    `"Cde. ${person}, copy to Cde. ${other}.`,
    '',
    body.join('\n\n'),
    '',
    `MAO ZEDONG 0530 ${day} October"`,
    '',
    '-----',
    `Deciphered: Fedyaev 1205 ${day} October`,
    `Printed: Korniyushina 1250 ${day} October № ${3000 + index}`,
    'Copies printed: Eight',
    '',
  ].join('\n');
}
