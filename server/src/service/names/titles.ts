/**
 * The words a name may follow that are no part of it (format section 7):
 * after one, a single capitalised word is a name (`Cde. Stalin`), and the
 * name is the same one as without it, so `President Paasikivi` and
 * `Paasikivi`, `Foreign Minister Zhou Enlai` and `Zhou Enlai` are found,
 * compared and renamed together. The format lists the titles of Soviet
 * cables (`Cde.` to `Colonel`); the ranks, offices and forms of address
 * after them are the ones the cables of other services put before names.
 * All lower case and ASCII, as the name scanner looks them up.
 */
const formatTitles = ['cde.', 'cdes.', 'comrade', 'comrades', 'mr.', 'gen.', 'marshal', 'colonel'];

/**
 * Not `General` nor `Major`: both are as often the first word of a body's
 * name (`GENERAL STAFF`, `Major Powers`), and the format's `Gen.` stays.
 */
const moreTitles = [
  'admiral', 'captain', 'lieutenant', 'col.', 'lt.', 'capt.', 'adm.',
  'president', 'premier', 'chairman', 'minister', 'ambassador', 'secretary', 'consul', 'senator',
  'mrs.', 'ms.', 'miss', 'dr.', 'sir',
];

export const nameTitles: ReadonlySet<string> = new Set([...formatTitles, ...moreTitles]);

/** True when `word` (as written, with its full stop) is a title. */
export function isNameTitle(word: string): boolean {
  return nameTitles.has(word.toLowerCase());
}

/** A title at the start of a text, and the blanks after it: `Cde. ` of `Cde. Stalin`. */
export const leadingTitle = new RegExp(`^(?:${[...nameTitles].map((title) => title.replace('.', '\\.')).join('|')})[ \\t]+`, 'i');
