// Reads WordNet's database files (https://wordnet.princeton.edu/documentation/wndb5wn).
import { readFileSync } from 'node:fs';

// A data.<pos> file's synsets by offset: their words (without the adjective markers "(a)", "(p)")
// and pointers, each [symbol, offset, pos, source/target].
// "offset lex_filenum ss_type w_cnt word lex_id ... p_cnt [ptr_symbol offset pos source/target]..."
export const synsets = (dict, file) => {
  const out = new Map();
  for (const line of readFileSync(`${dict}/${file}`, 'latin1').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const f = line.split(' ');
    const count = parseInt(f[3], 16);
    const words = Array.from({ length: count }, (_, i) => f[4 + 2 * i].replace(/\(.*\)$/, ''));
    const pointers = [];
    let i = 4 + 2 * count;
    for (let n = parseInt(f[i++], 10); n > 0; n--, i += 4) pointers.push(f.slice(i, i + 4));
    out.set(f[0], { words, pointers });
  }
  return out;
};

// The pairs of words a pointer joins: source/target "0000" joins every word of both synsets,
// otherwise the source's and the target's numbered words.
export const pairs = (words, targetWords, sourceTarget) => {
  const source = parseInt(sourceTarget.slice(0, 2), 16);
  const target = parseInt(sourceTarget.slice(2), 16);
  const out = [];
  for (const from of source ? [words[source - 1]] : words) {
    for (const to of target ? [targetWords[target - 1]] : targetWords) out.push([from, to]);
  }
  return out;
};

// One plain lowercase word.
export const plain = w => /^[a-z]+$/.test(w);

// The shortest first (social before societal): the plain form.
export const byLength = (a, b) => a.length - b.length || a.localeCompare(b);
