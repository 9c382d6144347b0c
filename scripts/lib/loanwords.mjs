// Writes the English of Japanese words written in katakana (コンセンサス: consensus), from EDICT
// (EDRDG), and the Chinese words that say that English, from the CC-CEDICT list (cedict-en.tsv):
// Japanese writes these loanwords in kana where Chinese writes characters (共识).
//   node loanwords.mjs <edict file> <cedict-en.tsv>
import { readFileSync } from 'node:fs';
const text = new TextDecoder('euc-jp').decode(readFileSync(process.argv[2]));
// A Chinese word says an English gloss when the gloss is among its first three senses (CC-CEDICT
// lists the common ones first): consensus is 共识's second, global 全球's third. Matched as written:
// a name's sense is capitalised (Quebec: 魁北克), and a word's gloss (saga) is not a place's (Saga: 萨嘎).
const SENSES = 3;
const chineseBySense = new Map();
for (const line of readFileSync(process.argv[3], 'utf8').split('\n')) {
  const cells = line.split('\t');
  if (line.startsWith('#') || cells.length !== 3) continue;
  for (const sense of cells[2].split('|').slice(0, SENSES)) {
    const key = sense;
    if (!chineseBySense.has(key)) chineseBySense.set(key, []);
    if (!chineseBySense.get(key).includes(cells[1])) chineseBySense.get(key).push(cells[1]);
  }
}
// Katakana only (with ー and ・): the loanwords. Words with kanji Chinese shares already.
const katakana = /^[\u30a1-\u30fa\u30fc\u30fb]{2,}$/;
// EDICT's tags: (n), (adj-na,n), (1), (P), (abbr), (comp) ... ; EntL… is the entry number.
const tags = /\([^)]*\)\s*/g;
// "a", "an", "the" and "to" are not counted, as in the Chinese list (scripts/update-cedict).
const words = gloss => gloss.split(/\s+/).filter(w => !/^(a|an|the|to)$/i.test(w));
const seen = new Set();
for (const line of text.split('\n')) {
  // 'コンセンサス /(n) consensus/(P)/EntL1012345X/'; words with kanji have '[reading]' after the head.
  const m = /^(\S+) \/(.*)\/$/.exec(line);
  if (!m || !katakana.test(m[1]) || seen.has(m[1])) continue;
  const senses = [];
  for (const part of m[2].split('/')) {
    if (/^EntL/.test(part) || part === '(P)') continue;
    const number = /^(?:\([^)]*\)\s*)*\((\d+)\)/.exec(part);
    if (number && number[1] !== '1') break; // the first sense only: its glosses are the word's plain meaning
    const gloss = part.replace(tags, '').replace(/\s+/g, ' ').trim();
    if (gloss && words(gloss).length <= 3 && !senses.includes(gloss)) senses.push(gloss);
  }
  if (senses.length === 0) continue;
  seen.add(m[1]);
  // The first gloss is the word's plain meaning; the Chinese is for it alone (ハリス is "snell" first,
  // "leader" third: not 领导者).
  const chinese = chineseBySense.get(senses[0]) ?? [];
  console.log(`${m[1]}\t${senses.slice(0, 3).join('|')}\t${chinese.join('|')}`);
}
