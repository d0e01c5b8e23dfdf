import { comparison, field, logical, span, stringLiteral } from '@pcaq/core';
function time(name, f) { for (let i = 0; i < 20000; i++) f(); const n = 200000; const s = performance.now(); for (let i = 0; i < n; i++) f(); console.log(name, ((performance.now() - s) * 1000 / n).toFixed(2), 'us'); }
const cmp = (i) => comparison(field('workloadCode', span(i, i+12)), 'eq', stringLiteral('SFB', span(i+16, i+21)), span(i, i+21));
time('factories', () => logical('or', [cmp(0), logical('and', [cmp(26), cmp(50)], span(26, 90))], span(0, 91)));
