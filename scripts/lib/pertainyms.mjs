// Writes the English adjectives that pertain to a noun (society: social, economy: economic), from
// WordNet's pertainym pointers (\ in data.adj): a Chinese noun before another (社会问题) is said in
// English by its adjective ("social issues"), which no stemmer reaches from the noun.
import { synsets, pairs, plain, byLength } from './wordnet.mjs';
const dict = process.argv[2];
const nouns = synsets(dict, 'data.noun');
const adjectives = new Map();
// An adjective that starts as its noun does (social, society): the others are a prefix away from
// it (premedical, nonfinancial) or another word (fiscal for finance).
for (const { words, pointers } of synsets(dict, 'data.adj').values()) {
  for (const [symbol, offset, pos, sourceTarget] of pointers) {
    if (symbol !== '\\' || pos !== 'n' || !nouns.has(offset)) continue;
    for (const [adjective, noun] of pairs(words, nouns.get(offset).words, sourceTarget)) {
      if (!plain(adjective) || !plain(noun) || adjective === noun || !adjective.startsWith(noun.slice(0, 4))) continue;
      if (!adjectives.has(noun)) adjectives.set(noun, []);
      if (!adjectives.get(noun).includes(adjective)) adjectives.get(noun).push(adjective);
    }
  }
}
for (const noun of [...adjectives.keys()].sort()) console.log(`${noun}\t${adjectives.get(noun).sort(byLength).join('|')}`);
