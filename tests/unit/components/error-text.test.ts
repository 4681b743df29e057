import { describe, expect, it } from 'vitest';
import { errorMessage } from '../../../components/ui/error-text';
import { CatalogueError } from '../../../utils/catalogue/errors';
import { PhotoError } from '../../../utils/catalogue/photos';

const both = { id: 'Bukan foto.', en: 'Not a photo.' };

describe('any error becomes a message in both languages', () => {
  it.each([
    { what: 'a bilingual object', error: both, expected: both },
    { what: 'a CatalogueError', error: new CatalogueError(both), expected: both },
    { what: 'a PhotoError', error: new PhotoError(both), expected: both },
    { what: 'a plain Error', error: new Error('disk full'), expected: { id: 'disk full', en: 'disk full' } },
    { what: 'a string', error: 'gagal', expected: { id: 'gagal', en: 'gagal' } },
  ])('$what', ({ error, expected }) => {
    expect(errorMessage(error)).toEqual(expected);
  });
});
