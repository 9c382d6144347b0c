// Writes the English adjectives that pertain to a noun (society: social, economy: economic), from
// WordNet's pertainym pointers (\ in data.adj): a Chinese noun before another (社会问题) is said in
// English by its adjective ("social issues"), which no stemmer reaches from the noun.
import { readFileSync } from 'node:fs';
const dict = process.argv[2];
// "offset lex_filenum ss_type w_cnt word lex_id ... p_cnt [ptr_symbol offset pos source/target]..."
const synsets = file => {
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
const nouns = synsets('data.noun');
const adjectives = new Map();
// One plain word each, and an adjective that starts as its noun does (social, society): the others
// are a prefix away from it (premedical, nonfinancial) or another word (fiscal for finance).
const plain = w => /^[a-z]+$/.test(w);
for (const { words, pointers } of synsets('data.adj').values()) {
  for (const [symbol, offset, pos, sourceTarget] of pointers) {
    if (symbol !== '\\' || pos !== 'n' || !nouns.has(offset)) continue;
    const source = parseInt(sourceTarget.slice(0, 2), 16);
    const target = parseInt(sourceTarget.slice(2), 16);
    const nounWords = nouns.get(offset).words;
    for (const adjective of source ? [words[source - 1]] : words) {
      for (const noun of target ? [nounWords[target - 1]] : nounWords) {
        if (!plain(adjective) || !plain(noun) || adjective === noun || !adjective.startsWith(noun.slice(0, 4))) continue;
        if (!adjectives.has(noun)) adjectives.set(noun, []);
        if (!adjectives.get(noun).includes(adjective)) adjectives.get(noun).push(adjective);
      }
    }
  }
}
// The shortest first (social before societal, strategic before strategical): the plain form.
const byLength = (a, b) => a.length - b.length || a.localeCompare(b);
for (const noun of [...adjectives.keys()].sort()) console.log(`${noun}\t${adjectives.get(noun).sort(byLength).join('|')}`);
