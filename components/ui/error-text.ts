/** Any thrown thing → a bilingual message (the catalogue API throws `{id, en}` messages; others strings). */
import type { Bilingual } from '../../utils/bilingual';

function isBilingual(value: unknown): value is Bilingual {
  return typeof value === 'object' && value !== null && typeof (value as Bilingual).id === 'string' && typeof (value as Bilingual).en === 'string';
}

export function errorMessage(error: unknown): Bilingual {
  if (isBilingual(error)) return error;
  // PhotoError keeps its bilingual text in `reason`; CatalogueError in `message`.
  const reason = (error as { reason?: unknown } | null)?.reason;
  if (isBilingual(reason)) return reason;
  const message = (error as { message?: unknown } | null)?.message;
  if (isBilingual(message)) return message;
  const text = typeof message === 'string' ? message : String(error);
  return { id: text, en: text };
}
