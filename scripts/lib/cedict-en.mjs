// Writes the Chinese-English word list the search translates query words with, from CC-CEDICT.
const data = await import(process.argv[2]);
const SKIP = /^(abbr\.|variant of|old variant|also written|also pr\.|see |surname |CL:|classifier|used in|erhua|Japanese variant|archaic|pr\. )/i;
const out = new Map();
for (const [trad, simp, pinyin, defs] of data.default.all) {
  if (!/^[\p{Script=Han}]{2,}$/u.test(simp)) continue;
  if (/^[A-Z]/.test(pinyin)) continue; // a proper name's entry (capitalised pinyin): names are the names list's
  const glosses = [];
  for (let d of [].concat(defs).flatMap(x => x.split(/; */))) {
    if (SKIP.test(d)) continue;
    d = d.replace(/\([^)]*\)/g, ' ').replace(/\[[^\]]*\]/g, ' ').replace(/\s+/g, ' ').trim();
    d = d.replace(/^(to|a|an|the) /i, '').replace(/[;,.]$/, '').trim();
    if (!d || /[^\x20-\x7e]/.test(d) || /[|;:]/.test(d) || d.split(' ').length > 3) continue;
    if (!glosses.includes(d)) glosses.push(d);
  }
  if (!glosses.length) continue;
  const key = trad === simp ? simp : trad + '\t' + simp;
  const had = out.get(key);
  out.set(key, had ? had.concat(glosses.filter(g => !had.includes(g))) : glosses);
}
const lines = [...out].map(([k, g]) => (k.includes('\t') ? k : k + '\t' + k) + '\t' + g.join('|'));
lines.sort();
process.stdout.write(lines.join('\n') + '\n');
console.error(lines.length + ' entries');
