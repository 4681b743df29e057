/**
 * zod issues → a bilingual message per form field. The editor shows each message beside its field,
 * in the seller's language; the keys are the form's field names, not the stored model's.
 */
import type { Bilingual } from '../../utils/bilingual';
import { en } from '../../utils/i18n/en';
import { id } from '../../utils/i18n/id';

export type FieldErrors = Record<string, Bilingual>;

type ErrorKey = keyof typeof id.errors;

/** A message from the errors table in both languages, `{{x}}` filled in. */
export function errorText(key: ErrorKey, values: Record<string, string | number> = {}): Bilingual {
  const fill = (s: string) => s.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k] ?? ''));
  return { id: fill(id.errors[key]), en: fill(en.errors[key]) };
}

/** The model's path → the form field that shows the message. */
export function formKeyOf(path: readonly PropertyKey[]): string {
  const [head, ...rest] = path.map(String);
  switch (head) {
    case 'weightGrams':
      return 'weight';
    case 'dimensionsCm':
      return 'dimensions';
    case 'preorderDays':
      return 'preorderDays';
    case 'variants':
      if (rest[0] === 'options') return rest[1] === undefined ? 'variants' : `variants.groups.${rest[1]}.${rest[2] === 'values' ? 'values' : 'name'}`;
      if (rest[0] === 'items') return rest[1] === undefined ? 'variants' : `variants.rows.${rest[1]}.${rest[2] ?? 'sku'}`;
      return 'variants';
    case 'ekatalog':
      return rest[0] ? `ekatalog.${rest[0]}` : 'ekatalog';
    default:
      return head ?? 'form';
  }
}

interface IssueLike {
  code: string;
  path: readonly PropertyKey[];
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  inclusive?: boolean;
}

export function issueText(issue: IssueLike): Bilingual {
  const min = Number(issue.minimum ?? 0);
  const max = Number(issue.maximum ?? 0);
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return errorText('tooShort');
      if (issue.origin === 'number' && min === 0 && issue.inclusive === false) return errorText('positive');
      if (issue.origin === 'array') return errorText('required');
      return errorText('tooSmall', { min });
    case 'too_big':
      if (issue.origin === 'string') return errorText('tooLong', { max });
      if (issue.origin === 'array') return errorText('tooMany', { max });
      return errorText('tooBig', { max });
    case 'invalid_type':
      return errorText('required');
    case 'not_multiple_of':
      return errorText('whole');
    default:
      return errorText('invalid');
  }
}

/** Every issue to its field; the first message per field wins (it is usually the most basic one). */
export function issuesToErrors(issues: readonly IssueLike[], into: FieldErrors = {}): FieldErrors {
  for (const issue of issues) {
    const key = formKeyOf(issue.path);
    if (!into[key]) into[key] = issueText(issue);
  }
  return into;
}
