/**
 * Keys that a Vietnamese input method turns into marks, left in the text when the method was
 * off or the browser lost the composition: Telex `ddawng kys`, VNI `d9a8ng ky1`, or one stray
 * key such as `tru8`. Given a folded term, returns the plain letters the user meant, or
 * `undefined` when there is nothing to remove.
 */

const VOWEL = /[aeiouy]/;

/** VNI puts marks on digits 1–9, typed after the letter or at the end of the syllable. */
const withoutVniKeys = (term: string): string => term.replace(/[1-9]/g, '');

/**
 * Telex: `dd` is `đ`; a doubled `a`/`e`/`o` is the circumflex; `w` is the breve or horn (and
 * `w` alone stands for `ư`); `s f r x j` are the tones and `z` clears them. A syllable can only
 * end in c, ch, m, n, ng, nh, p, t or a vowel, so `s f r x j z` after the first vowel must be keys.
 */
function withoutTelexKeys(term: string): string {
  const firstVowel = term.search(VOWEL);
  const toned = firstVowel < 0 ? term : term.slice(0, firstVowel + 1) + term.slice(firstVowel + 1).replace(/[sfrxjz]/g, '');
  return toned
    .replace(/^dd/, 'd')
    .replace(/([aeo])\1/g, '$1')
    .replace(/([aeiouy])w/g, '$1')
    .replace(/w/g, 'u');
}

export function withoutTypingKeys(term: string): string | undefined {
  const hasLetter = /[a-z]/.test(term);
  if (!hasLetter) return undefined;
  const plain = /\d/.test(term) ? withoutVniKeys(term) : withoutTelexKeys(term);
  return plain !== term && plain !== '' ? plain : undefined;
}
