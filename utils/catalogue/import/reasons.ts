/**
 * Why a row is rejected, in the seller's words: the row, the column as the file names it (the JSON key
 * for a backup), the value as written, and the rule it breaks — "Baris 8, kolom harga: 0 — harga minimal
 * Rp1". The words live in utils/i18n (`importWhere`, `importReasons`); zod's issues are mapped to them
 * per field rule below and never shown raw.
 */
import type { z } from 'zod';
import type { Bilingual } from '../../bilingual';
import { bothLanguages, type MessageValues } from '../../i18n/both-languages';
import type { id } from '../../i18n/id';

export type ReasonKey = keyof typeof id.importReasons;

/** One thing wrong with a row. */
export type RowProblem = {
  /** CSV: the header as written in the file (or "price/harga" when the file has no such column); JSON: the key path */
  column?: string;
  /** the value as written (CSV cell text; JSON value as JSON); undefined = empty or absent */
  value?: string;
  reason: Bilingual;
};

/** A rule's words in both languages. */
export function reason(key: ReasonKey, values: MessageValues = {}): Bilingual {
  return bothLanguages((m) => m.importReasons[key], values);
}

/** A cell as the seller wrote it, on one line and not too long to read. */
export function shownCell(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
}

/** A JSON value as it stands in the file: strings keep their quotes ("15.000" is not 15000 there). */
export function shownJson(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  return shownCell(JSON.stringify(value) ?? String(value));
}

/**
 * The full sentence. With a row: what the preview lists ("Baris 8, kolom harga: 0 — …"). Without: the
 * `alasan` cell of the rejected-rows download, whose rows are numbered differently.
 */
export function problemText(problem: RowProblem, kind: 'csv' | 'json', row?: number): Bilingual {
  if (problem.column === undefined && row === undefined) return problem.reason;
  const empty = problem.value === undefined || problem.value === '';
  const values: MessageValues = {
    row: row ?? '',
    column: problem.column ?? '',
    value: empty ? bothLanguages((m) => m.importWhere.empty) : problem.value!,
    reason: problem.reason,
  };
  const where =
    problem.column === undefined
      ? kind === 'csv' ? 'row' : 'product'
      : row === undefined
        ? kind === 'csv' ? 'column' : 'key'
        : kind === 'csv' ? 'rowColumn' : 'productKey';
  return bothLanguages((m) => m.importWhere[where], values);
}

/** What kind of complaint a zod issue is, in our terms. */
type IssueKind = 'missing' | 'null' | 'quoted' | 'type' | 'whole' | 'tooSmall' | 'tooBig' | 'choice' | 'format' | 'other';

function kindOf(issue: z.core.$ZodIssue, value: unknown): IssueKind {
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return 'missing';
      if (value === null) return 'null';
      if (issue.expected === 'int' && typeof value === 'number') return Number.isInteger(value) ? 'tooBig' : 'whole';
      if ((issue.expected === 'number' || issue.expected === 'int') && typeof value === 'string') return 'quoted';
      return 'type';
    case 'too_small':
      return issue.origin === 'string' && Number(issue.minimum) <= 1 ? 'missing' : 'tooSmall';
    case 'too_big':
      return 'tooBig';
    case 'invalid_value':
      return 'choice';
    case 'invalid_format':
      return 'format';
    default:
      return 'other';
  }
}

/** A number field with one rule for every way it can be wrong (a quoted number is said apart). */
const NUMBER_RULE = (rule: ReasonKey): Partial<Record<IssueKind, ReasonKey>> => ({ type: rule, whole: rule, tooSmall: rule, tooBig: rule });

/**
 * Per field (the last key of the path, so a variant's `price` follows the product's price rule), which
 * rule each kind of complaint breaks. Kinds not listed fall back to the generic words in zodReason.
 */
export const FIELD_RULES: Record<string, Partial<Record<IssueKind, ReasonKey>>> = {
  sku: { missing: 'skuMissing', tooBig: 'skuTooLong' },
  name: { missing: 'nameMissing', tooBig: 'nameTooLong' },
  price: { missing: 'priceMissing', whole: 'priceCents', tooSmall: 'priceMin', tooBig: 'numberTooBig' },
  stock: NUMBER_RULE('stockNotWhole'),
  weightGrams: NUMBER_RULE('weightNotGrams'),
  condition: { choice: 'conditionUnknownJson', type: 'conditionUnknownJson' },
  brand: { tooBig: 'brandTooLong' },
  category: { tooBig: 'categoryTooLong' },
  length: NUMBER_RULE('dimensionNotCm'),
  width: NUMBER_RULE('dimensionNotCm'),
  height: NUMBER_RULE('dimensionNotCm'),
  minOrder: NUMBER_RULE('minOrderNotWhole'),
  preorderDays: NUMBER_RULE('preorderDays'),
  tkdn: NUMBER_RULE('tkdn'),
  photos: { tooBig: 'photosTooMany', format: 'photoNotImage', type: 'photoNotImage' },
};

const TYPE_RULE: Record<string, ReasonKey> = {
  number: 'mustBeNumber',
  int: 'mustBeWhole',
  string: 'mustBeText',
  boolean: 'mustBeTrueFalse',
  array: 'mustBeList',
  object: 'mustBeObject',
  record: 'mustBeObject',
};

/** A zod issue about `value` at `path` → the rule it breaks, in the seller's words. */
export function zodReason(issue: z.core.$ZodIssue, path: readonly (string | number)[], value: unknown): Bilingual {
  const kind = kindOf(issue, value);
  // A numeric index (photos.0) names the list the item belongs to.
  const field = [...path].reverse().find((k): k is string => typeof k === 'string') ?? '';
  const isPhoto = path[0] === 'photos' && typeof path[path.length - 1] === 'number';
  const rule = (isPhoto ? FIELD_RULES.photos : FIELD_RULES[field])?.[kind];
  const min = 'minimum' in issue ? Number(issue.minimum) : 0;
  const max = 'maximum' in issue ? Number(issue.maximum) : 0;
  const length = typeof value === 'string' ? value.trim().length : Array.isArray(value) ? value.length : 0;
  if (rule) return reason(rule, { min, max, length });
  switch (kind) {
    case 'missing':
      return reason('required');
    case 'null':
      return reason('nullNotAllowed');
    case 'quoted':
      return reason('numberQuoted');
    case 'type':
      return reason(TYPE_RULE[(issue as { expected?: string }).expected ?? ''] ?? 'notValid');
    case 'whole':
      return reason('mustBeWhole');
    case 'tooSmall':
      if (issue.code === 'too_small' && issue.origin === 'array') return reason(min <= 1 ? 'listEmpty' : 'listTooShort', { min });
      return reason('atLeast', { min });
    case 'tooBig':
      return issue.code === 'too_big' && issue.origin === 'string' ? reason('textTooLong', { max }) : reason('atMost', { max });
    case 'choice':
      return reason('oneOf', { options: issue.code === 'invalid_value' ? issue.values.map(String).join(', ') : '' });
    default:
      return reason('notValid');
  }
}
