import type { Bilingual } from '../bilingual';
import type { CatalogueIssue } from './issues';

/*
 * The API promises `error.message` as `{id, en}`, while `Error#message` is typed string. We still want a
 * real Error (stack trace, `instanceof Error` in catch blocks), so the base class is re-typed without
 * `message` rather than giving up on Error.
 */
const ErrorWithoutMessage = Error as unknown as new (message?: string) => Omit<Error, 'message'>;

/** Thrown by the catalogue API when a product cannot be saved; says why per field. */
export class CatalogueError extends ErrorWithoutMessage {
  readonly message: Bilingual;
  readonly issues: CatalogueIssue[];
  constructor(message: Bilingual, issues: CatalogueIssue[] = []) {
    super(message.en);
    this.name = 'CatalogueError';
    this.message = message;
    this.issues = issues;
  }
  override toString(): string {
    return `CatalogueError: ${this.message.en}`;
  }
}

export const INVALID_PRODUCT: Bilingual = {
  id: 'Produk belum bisa disimpan: periksa kolom yang ditandai.',
  en: 'The product cannot be saved yet: check the marked fields.',
};
