import type { FieldDefinition } from '@pcaq/core';
import { pick } from './random.js';

/** A value of a generated row: what a JSON export holds, plus counts past 2^53 as bigints. */
export type GeneratedValue = string | number | bigint | boolean | null;

const COMPANY_PARTS = [
  'Contoso', 'Fabrikam', 'Northwind', 'Tailspin', 'Wingtip', 'Adventure Works', 'Litware', 'Proseware', 'Woodgrove',
  'Fourth Coffee', 'Trey Research', "O'Brien & Sons",
];
/** Names outside ASCII (accents, CJK, Greek, a typographic apostrophe): one company name in three. */
const NON_ASCII_COMPANY_PARTS = ['Münchner Bäcker', 'Société Générale d’Essai', 'Ōsaka Shōji', '東京商事', 'Łódź Logistyka', 'São Paulo Tecnologia', 'Ελληνική Πληροφορική'];
const COMPANY_SUFFIXES = ['Ltd', 'Inc', 'GmbH', 'LLC', 'S.A.', 'Pty', 'AG', 'BV', 'K.K.', 'Sp. z o.o.'];
const MARKETS = ['US', 'GB', 'DE', 'FR', 'JP', 'BR', 'IN', 'AU', 'CA', 'NL', 'ES', 'IT', 'SE', 'MX', 'KR', 'ZA', 'PL', 'GR'];
const WORDS = [
  'Office 365 E3', 'Microsoft 365 Business Premium', 'Dynamics 365 for Sales', 'Azure Plan', 'Virtual Machines', 'Storage',
  'Standard_E4s_v3', 'West Europe', 'East US', 'Data Management', 'Geo Redundant', 'Hours', 'GB', 'Accepted', 'Won',
  'Declined', '10to50employees', 'Monthly', 'Annual', 'Exchange', 'SharePoint', 'Teams', 'Power BI Pro', 'Intune',
];
/** Values the service returns outside a documented enum (the subscriptions grouped example's). */
const OUTSIDE_ENUM = ['M365', 'UNKNOWN', 'Windows'];

function guid(random: () => number): string {
  const hex = () => Math.floor(random() * 16).toString(16);
  const part = (n: number) => Array.from({ length: n }, hex).join('');
  return `${part(8)}-${part(4)}-4${part(3)}-${'89ab'[Math.floor(random() * 4)]}${part(3)}-${part(12)}`.toUpperCase();
}

/** Text shaped by what the field holds, judged from its name: company names, markets, ids, terms. */
function text(field: FieldDefinition, random: () => number, index: number): string {
  if (/market|country/i.test(field.name)) return pick(random, MARKETS);
  if (/name$/i.test(field.name)) return `${pick(random, index % 3 === 1 ? NON_ASCII_COMPANY_PARTS : COMPANY_PARTS)} ${pick(random, COMPANY_SUFFIXES)} ${index}`;
  if (/id$/i.test(field.name)) return String(100000 + Math.floor(random() * 900000));
  return pick(random, WORDS);
}

/**
 * The distinct values a string, GUID or enum field takes in generated rows: a small pool, so that
 * grouping gives repeated groups.
 *
 * @example
 * ```ts
 * valuePool({ name: 'customerName', kind: 'string', filterable: true, groupable: true }, createRandom(1), 5).length; // 5
 * ```
 */
export function valuePool(field: FieldDefinition, random: () => number, size: number): string[] {
  if (field.kind === 'enum') return [...(field.values ?? []), ...OUTSIDE_ENUM];
  return Array.from({ length: size }, (_, i) => (field.kind === 'guid' ? guid(random) : text(field, random, i)));
}

const DAY = 86_400_000;
const FIRST_DAY = Date.UTC(2017, 0, 1);
/** The three years of days dates fall in, formatted once (a Date per value would dominate generation time). */
const DAYS = Array.from({ length: 3 * 365 }, (_, i) => new Date(FIRST_DAY + i * DAY).toISOString().slice(0, 10));
const two = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** A date-time as the pages write one: no offset, whole seconds (or a date alone for a date-only field). */
function dateTime(field: FieldDefinition, random: () => number): string {
  const day = pick(random, DAYS);
  if (field.dateOnly) return day;
  const seconds = Math.floor(random() * 86_400);
  return `${day}T${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}`;
}

/** A count: mostly small numbers, sometimes given as a string (as grouped responses do), rarely past 2^53. */
function count(random: () => number): number | bigint | string {
  const roll = random();
  if (roll < 0.02) return BigInt(Number.MAX_SAFE_INTEGER) + BigInt(1 + Math.floor(random() * 1_000_000));
  const value = Math.floor(random() * 500);
  return roll < 0.1 ? String(value) : value;
}

/**
 * One value of `field` for a generated row: from `pool` for text, GUID and enum fields (lower
 * case one time in ten where the field compares ignoring case, as the service returns), a
 * date (null one time in ten, the field's "no value" spelling one in ten where it has one), a
 * boolean, or a count.
 *
 * @example
 * ```ts
 * fieldValue({ name: 'autoRenewEnabled', kind: 'boolean', filterable: true, groupable: true }, createRandom(1), []); // true or false
 * ```
 */
export function fieldValue(field: FieldDefinition, random: () => number, pool: readonly string[]): GeneratedValue {
  switch (field.kind) {
    case 'boolean':
      return random() < 0.5;
    case 'count':
      return count(random);
    case 'datetime': {
      const roll = random();
      if (roll < 0.1) return null;
      if (roll < 0.2 && field.nullValues !== undefined && field.nullValues.length > 0) return pick(random, field.nullValues);
      return dateTime(field, random);
    }
    case 'string':
    case 'guid':
    case 'enum': {
      const value = pick(random, pool);
      return !field.caseSensitive && random() < 0.1 ? value.toLowerCase() : value;
    }
  }
}
