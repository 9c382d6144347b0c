// Writes the nouns of English verbs (solve: solution, decide: decision), from WordNet's
// derivationally related forms (+ in data.verb): a Chinese word is verb and noun at once (解决),
// CC-CEDICT says it with the verb, and the text may say the noun, which no stemmer reaches.
import { readFileSync } from 'node:fs';
import { synsets, pairs, plain, byLength } from './wordnet.mjs';
const dict = process.argv[2];
// How often the tagged corpus has each word as a noun (1) and as a verb (2): index.sense lines are
// "lemma%pos:lex_filenum:lex_id:head_word:head_id offset sense_number tag_cnt".
const tagged = new Map();
for (const line of readFileSync(`${dict}/index.sense`, 'latin1').split('\n')) {
  const m = /^([a-z]+)%([12]):\S+ \S+ \S+ (\d+)/.exec(line);
  if (!m) continue;
  const counts = tagged.get(m[1]) ?? [0, 0, 0];
  counts[m[2]] += parseInt(m[3], 10);
  tagged.set(m[1], counts);
}
// Verbs more often tagged as verbs: "state" (国家: country, state, nation) is mostly a noun, and
// its verb's noun (statement) would be another word's.
const mostlyVerb = w => { const c = tagged.get(w); return c !== undefined && c[2] > c[1]; };
// Nouns of an action, starting as the verb does: not the agent (solver) or a thing (solvent).
const ACTION = /(?:ion|ment|ance|ence|al|ure|sis|ity)$/;
const nouns = synsets(dict, 'data.noun');
const out = new Map();
for (const { words, pointers } of synsets(dict, 'data.verb').values()) {
  for (const [symbol, offset, pos, sourceTarget] of pointers) {
    if (symbol !== '+' || pos !== 'n') continue;
    for (const [verb, noun] of pairs(words, nouns.get(offset).words, sourceTarget)) {
      if (!plain(verb) || !plain(noun) || !mostlyVerb(verb) || verb === noun || !ACTION.test(noun)
          || noun.slice(0, 3) !== verb.slice(0, 3)) continue;
      if (!out.has(verb)) out.set(verb, []);
      if (!out.get(verb).includes(noun)) out.get(verb).push(noun);
    }
  }
}
for (const verb of [...out.keys()].sort()) console.log(`${verb}\t${out.get(verb).sort(byLength).join('|')}`);
