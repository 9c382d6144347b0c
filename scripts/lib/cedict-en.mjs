// Writes the Chinese-English word list the search translates query words with, from CC-CEDICT.
const data = await import(process.argv[2]);
const SKIP = /^(abbr\.|variant of|old variant|also written|also pr\.|see |surname |CL:|classifier|used in|erhua|Japanese variant|archaic|pr\. )/i;
// "variant of 計劃|计划[ji4 hua4]": a form with no senses of its own has those of the word it varies
// (Taiwan's 計畫 is CC-CEDICT's variant of 計劃).
const VARIANT = /^variant of ([^|\[,;]+)(?:\|([^\[,;]+))?\[/;
// Senses of up to three words, not counting those that only join them: "small and medium
// enterprise" (中小企業) is a term, "the act of making something smaller" a description.
const JOINING = new Set(['and', 'or', 'of', 'the', 'a', 'an', 'to', 'in', 'for', 'on', 'with', 'by']);
const PLACE_KIND = /^([A-Z][a-z]+(?: [A-Z][a-z]+)*) (?:municipality|province|prefecture|county|city|district|(?:autonomous )?region|(?:autonomous )?prefecture|(?:autonomous )?county|town|township)$/;
const contentWords = d => d.split(' ').filter(w => !JOINING.has(w.toLowerCase())).length;
const out = new Map();
const names = new Map();
const variants = [];
const keyOf = (trad, simp) => (trad === simp ? simp : trad + '\t' + simp);
for (const [trad, simp, pinyin, defs] of data.default.all) {
  if (!/^[\p{Script=Han}]{2,}$/u.test(simp)) continue;
  // A proper name's entry (capitalised pinyin): only its senses that are names in English (非洲:
  // Africa; 東京: Tokyo, from "Tokyo, capital of Japan"; 孔子: Confucius), not descriptions.
  const proper = /^[A-Z]/.test(pinyin);
  const glosses = [];
  for (let d of [].concat(defs).flatMap(x => x.split(/; */))) {
    const variant = VARIANT.exec(d);
    if (variant) variants.push([keyOf(trad, simp), keyOf(variant[1], variant[2] || variant[1])]);
    if (SKIP.test(d)) continue;
    d = d.replace(/\([^)]*\)/g, ' ').replace(/\[[^\]]*\]/g, ' ').replace(/\s+/g, ' ').trim();
    if (proper) d = d.split(',')[0].trim(); // "Tokyo, capital of Japan"
    d = d.replace(/^(to|a|an|the) /i, '').replace(/[;,.]$/, '').trim();
    if (!d || /[^\x20-\x7e]/.test(d) || /[|;:]/.test(d) || contentWords(d) > 3) continue;
    // "Beijing municipality", "Ningxia Hui autonomous region": the place's name, without its kind.
    if (proper) d = d.replace(PLACE_KIND, '$1');
    if (proper && !/^[A-Z][a-z]+( [A-Z][a-z]+)*$/.test(d)) continue;
    if (!glosses.includes(d)) glosses.push(d);
  }
  if (!glosses.length) continue;
  const key = keyOf(trad, simp);
  const into = proper ? names : out;
  const had = into.get(key);
  into.set(key, had ? had.concat(glosses.filter(g => !had.includes(g))) : glosses);
}
// A word's common senses first, its names after (大眾: masses, popular, then Volkswagen), so that a
// name does not push a common sense past the six the search takes.
for (const [key, glosses] of names) {
  const had = out.get(key) || [];
  out.set(key, had.concat(glosses.filter(g => !had.includes(g))));
}
let resolved = 0;
for (const [variant, target] of variants) {
  if (!out.has(variant) && out.has(target)) {
    out.set(variant, out.get(target));
    resolved++;
  }
}
const lines = [...out].map(([k, g]) => (k.includes('\t') ? k : k + '\t' + k) + '\t' + g.join('|'));
lines.sort();
process.stdout.write(lines.join('\n') + '\n');
console.error(lines.length + ' entries, ' + resolved + ' of them variants given their word\'s senses');
