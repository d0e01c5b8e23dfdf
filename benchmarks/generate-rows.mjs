// A seeded generator of realistic license-usage rows, for benchmarks (and the SQL helper's).
// Shape as the API returns them (the source page's field order), with: a few thousand customers,
// ~40 products, 12 workloads, mixed-case values (channel 'Reseller' / 'reseller' / 'RESELLER',
// workload codes upper and lower case, GUIDs in both cases), several processed dates, rows of one
// date together (one export per processing run). Same seed, same rows.
// The other analytics endpoints' rows come from @pcaq/testing's schema-driven generator
// (`endpoint` option, or `node benchmarks/generate-rows.mjs --endpoint NAME ...`); licence usage
// keeps this file's own generator, so its files stay byte for byte what they were.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ENDPOINT_SCHEMAS } from '@pcaq/core';
import { createRandom, iterateRows, rowJson } from '@pcaq/testing';

// The one seeded PRNG (Mulberry32) of the test kit; re-exported for the benchmarks that import it from here.
export { createRandom };

const WORKLOADS = [
  ['SFB', 'Skype for Business'], ['EXO', 'Exchange'], ['SPO', 'SharePoint'], ['ODB', 'OneDrive for Business'],
  ['TEAMS', 'Microsoft Teams'], ['YAM', 'Yammer'], ['PROPLUS', 'Office 365 ProPlus'], ['INTUNE', 'Intune'],
  ['AADP', 'Azure Active Directory Premium'], ['CRM', 'Dynamics 365 Customer Engagement'], ['AX', 'Dynamics 365 Operations'],
  ['PBI', 'Power BI'],
];
const PRODUCT_NAMES = [
  'OFFICE 365 ENTERPRISE E3', 'OFFICE 365 ENTERPRISE E1', 'OFFICE 365 ENTERPRISE E5', 'OFFICE 365 BUSINESS PREMIUM',
  'OFFICE 365 BUSINESS ESSENTIALS', 'EXCHANGE ONLINE PROTECTION', 'EXCHANGE ONLINE (PLAN 1)', 'EXCHANGE ONLINE (PLAN 2)',
  'SHAREPOINT ONLINE (PLAN 1)', 'SHAREPOINT ONLINE (PLAN 2)', 'SKYPE FOR BUSINESS ONLINE (PLAN 2)', 'MICROSOFT TEAMS EXPLORATORY',
  'MICROSOFT 365 BUSINESS', 'MICROSOFT 365 E3', 'MICROSOFT 365 E5', 'MICROSOFT 365 F1', 'ENTERPRISE MOBILITY + SECURITY E3',
  'ENTERPRISE MOBILITY + SECURITY E5', 'AZURE ACTIVE DIRECTORY PREMIUM P1', 'AZURE ACTIVE DIRECTORY PREMIUM P2', 'INTUNE',
  'POWER BI PRO', 'POWER BI PREMIUM P1', 'DYNAMICS 365 FOR SALES', 'DYNAMICS 365 FOR CUSTOMER SERVICE',
  'DYNAMICS 365 FOR OPERATIONS', 'DYNAMICS 365 BUSINESS CENTRAL', 'PROJECT ONLINE ESSENTIALS', 'PROJECT ONLINE PROFESSIONAL',
  'VISIO ONLINE PLAN 2', 'OFFICE 365 ADVANCED THREAT PROTECTION', 'OFFICE 365 EXTRA FILE STORAGE', 'YAMMER ENTERPRISE',
  'ONEDRIVE FOR BUSINESS (PLAN 1)', 'MICROSOFT STREAM', 'MICROSOFT FLOW FREE', 'POWERAPPS PLAN 1', 'OFFICE 365 A1',
  'Office 365 Enterprise E3', 'Microsoft 365 Business Premium',
];
const CHANNELS = ['Reseller', 'reseller', 'RESELLER', 'Direct', 'direct', 'Advisor'];
const SERVICES = [['o365', 'Microsoft Office 365'], ['O365', 'Microsoft Office 365'], ['crm', 'Microsoft Dynamics 365']];
const NAME_PARTS = ['Contoso', 'Fabrikam', 'Northwind', 'Tailspin', 'Wingtip', 'Adventure Works', 'Litware', 'Proseware',
  'Woodgrove', 'Fourth Coffee', 'Coho', 'Lucerne', 'Margie’s Travel', 'Trey Research', 'Wide World', 'Alpine Ski',
  'Blue Yonder', 'City Power', 'Graphic Design', 'Humongous', 'Münchner Bäcker', 'Société Générale d’Essai', "O'Brien & Sons"];
const NAME_SUFFIXES = ['Ltd', 'Inc', 'GmbH', 'LLC', 'S.A.', 'Pty', 'AG', 'BV'];

function guid(random) {
  const hex = () => Math.floor(random() * 16).toString(16);
  const part = (n) => Array.from({ length: n }, hex).join('');
  return `${part(8)}-${part(4)}-4${part(3)}-${'89ab'[Math.floor(random() * 4)]}${part(3)}-${part(12)}`;
}

// One instance per distinct value, as @pcaq/readers gives them (it interns at load time).
const lowered = new Map();
function lowerCase(text) {
  let low = lowered.get(text);
  if (low === undefined) lowered.set(text, (low = text.toLowerCase()));
  return low;
}

function pick(random, list) {
  return list[Math.floor(random() * list.length)];
}

/** Default processed dates: four monthly snapshots. */
export const DEFAULT_DATES = ['2018-07-14T00:00:00', '2018-08-14T00:00:00', '2018-09-14T00:00:00', '2018-10-14T00:00:00'];

/**
 * Yields `count` rows. Customers: 3,000 (tenant GUIDs upper case, one in ten lower case);
 * products: 40 (GUIDs upper case); rows split evenly across `dates`, in date order.
 */
export function* generateRows({ seed = 42, count = 1_000_000, dates = DEFAULT_DATES, customers = 3000 } = {}) {
  const random = createRandom(seed);
  const customerList = Array.from({ length: customers }, (_, i) => {
    const id = guid(random);
    return {
      id: i % 10 === 0 ? id : id.toUpperCase(),
      name: `${pick(random, NAME_PARTS)} ${pick(random, NAME_SUFFIXES)} ${i}`.toUpperCase(),
    };
  });
  const products = PRODUCT_NAMES.map((name) => ({ id: guid(random).toUpperCase(), name }));
  const perDate = Math.ceil(count / dates.length);
  for (let i = 0; i < count; i++) {
    const customer = pick(random, customerList);
    const product = pick(random, products);
    const [workloadCode, workloadName] = pick(random, WORKLOADS);
    const [serviceCode, serviceName] = pick(random, SERVICES);
    const qualified = Math.floor(random() * 500);
    yield {
      processedDateTime: dates[Math.min(dates.length - 1, Math.floor(i / perDate))],
      workloadCode: random() < 0.1 ? lowerCase(workloadCode) : workloadCode,
      workloadName,
      serviceCode,
      serviceName,
      channel: pick(random, CHANNELS),
      customerTenantId: customer.id,
      customerName: customer.name,
      productId: product.id,
      productName: product.name,
      licensesActive: Math.floor(random() * (qualified + 1)),
      licensesQualified: qualified,
    };
  }
}

/** The columns of a generated row, in order. */
export const COLUMNS = ['processedDateTime', 'workloadCode', 'workloadName', 'serviceCode', 'serviceName', 'channel',
  'customerTenantId', 'customerName', 'productId', 'productName', 'licensesActive', 'licensesQualified'];

function csvCell(value) {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One row as a CSV line (with its line break). */
export function csvLine(row) {
  return COLUMNS.map((name) => csvCell(row[name])).join(',') + '\n';
}

/** A generated value of another endpoint as a CSV cell: null empty, booleans and counts as their text. */
function endpointCsvCell(value) {
  return value === null ? '' : csvCell(typeof value === 'bigint' ? value.toString() : value);
}

/** Columns and rows of `endpoint` ('license-usage': this file's own generator). */
function rowSource(endpoint, options) {
  if (endpoint === 'license-usage') return { columns: COLUMNS, rows: generateRows(options), line: csvLine, json: (row) => JSON.stringify(row) };
  const schema = ENDPOINT_SCHEMAS[endpoint];
  if (schema === undefined) throw new Error(`unknown endpoint '${endpoint}'; the endpoints are: ${Object.keys(ENDPOINT_SCHEMAS).join(', ')}`);
  const columns = schema.fields.filter((f) => !f.groupedOnly).map((f) => f.name);
  const { seed = 42, count = 1_000_000 } = options;
  return {
    columns,
    rows: iterateRows(schema, { seed, count }),
    line: (row) => columns.map((name) => endpointCsvCell(row[name])).join(',') + '\n',
    json: rowJson,
  };
}

/**
 * Writes rows of `endpoint` (default `license-usage`) to `path` as `csv`, `ndjson` or `json` (a
 * `{ "Value": [...] }` body), streaming, until `count` rows or, when `targetBytes` is given,
 * until the file reaches that size (the row count then grows as needed: pass a large `count`).
 * Returns `{ rows, bytes }`.
 */
export async function writeRowsFile(path, { format = 'csv', targetBytes = Infinity, endpoint = 'license-usage', ...options } = {}) {
  const source = rowSource(endpoint, options);
  const out = createWriteStream(path);
  let bytes = 0;
  let rows = 0;
  let pending = [];
  let pendingLength = 0;
  const write = async (text) => {
    pending.push(text);
    pendingLength += text.length;
    bytes += Buffer.byteLength(text);
    if (pendingLength > 1 << 20) {
      if (!out.write(pending.join(''))) await once(out, 'drain');
      pending = [];
      pendingLength = 0;
    }
  };
  if (format === 'csv') await write(source.columns.join(',') + '\n');
  if (format === 'json') await write('{"Value":[\n');
  for (const row of source.rows) {
    if (bytes >= targetBytes) break;
    const text = format === 'csv' ? source.line(row) : `${format === 'json' && rows > 0 ? ',' : ''}${source.json(row)}\n`;
    await write(text);
    rows++;
  }
  if (format === 'json') await write(']}\n');
  out.end(pending.join(''));
  await once(out, 'finish');
  return { rows, bytes };
}

// node benchmarks/generate-rows.mjs [--endpoint NAME] [--count N] [--seed S] [--format csv|ndjson|json] --out PATH
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { endpoint: { type: 'string', default: 'license-usage' }, count: { type: 'string', default: '1000' }, seed: { type: 'string', default: '42' }, format: { type: 'string', default: 'csv' }, out: { type: 'string' } },
  });
  if (values.out === undefined || !['csv', 'ndjson', 'json'].includes(values.format)) {
    console.error('usage: node benchmarks/generate-rows.mjs [--endpoint NAME] [--count N] [--seed S] [--format csv|ndjson|json] --out PATH');
    process.exit(2);
  }
  try {
    const result = await writeRowsFile(values.out, { endpoint: values.endpoint, format: values.format, count: Number(values.count), seed: Number(values.seed) });
    console.log(`${result.rows} rows, ${result.bytes} bytes: ${values.out}`);
  } catch (error) {
    console.error(error.message);
    process.exit(2);
  }
}
