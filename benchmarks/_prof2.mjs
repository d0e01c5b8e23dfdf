import { handParseFilter } from './baselines/hand-parser.mjs';
import { parseFilter } from 'pcaq';
import { parseFilterSyntax } from '@pcaq/parser';
const t = `workloadCode eq 'SFB' or (channel eq 'Reseller' and productName ne 'OFFICE 365 ENTERPRISE E3')`;
console.log(JSON.stringify(handParseFilter(t).ast).slice(0,300));
function time(name, f) { for (let i = 0; i < 20000; i++) f(); const n = 200000; const s = performance.now(); for (let i = 0; i < n; i++) f(); console.log(name, ((performance.now() - s) * 1000 / n).toFixed(2), 'us'); }
time('hand', () => handParseFilter(t));
time('syntax', () => parseFilterSyntax(t));
time('parseFilter', () => parseFilter(t));
