/**
 * e-Katalog's "Dikenakan PPN" (subject to VAT): an optional answer in the catalogue, carried to the
 * e-Katalog listing only, and filled beside the KBKI code on the Pajak & KBKI step, reported on the
 * KBKI line. Without an answer the code alone is filled: the page then asks, the engine never guesses.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { productFileSchema, type ProductFile } from '../../../utils/catalogue/schema';
import { type ExecContext } from '../../../utils/fill/execute';
import { runStep } from '../fill/step';
import { listingSchema, type Listing } from '../../../utils/fill/types';
import { toListing } from '../../../utils/publish/build-listing';
import { getPlatform } from '../../../utils/platforms/registry';

const product: ProductFile = productFileSchema.parse({
  sku: 'KRP-01', name: 'Keripik Singkong Balado 250 g', price: 15000, stock: 120, createdAt: 0, updatedAt: 0,
  photos: ['data:image/png;base64,iVBORw0KGgo='],
  ekatalog: { unit: 'pcs', kbki: '21690', pdn: true, ppn: false },
});

describe('the catalogue keeps the PPN answer', () => {
  test.each([
    { ekatalog: { ppn: true }, ok: true, ppn: true },
    { ekatalog: { ppn: false }, ok: true, ppn: false },
    { ekatalog: { kbki: '21690' }, ok: true, ppn: undefined },
    { ekatalog: { ppn: 'ya' }, ok: false, ppn: undefined },
  ])('$ekatalog → accepted: $ok, ppn: $ppn', ({ ekatalog, ok, ppn }) => {
    const parsed = productFileSchema.safeParse({ ...product, ekatalog });
    expect(parsed.success).toBe(ok);
    if (parsed.success) expect(parsed.data.ekatalog?.ppn).toBe(ppn);
  });

  test('the e-Katalog listing carries it (through a message, too); other platforms get no e-Katalog fields', () => {
    const { listing } = toListing(getPlatform('ekatalog'), product);
    expect(listing.ekatalog).toMatchObject({ kbki: '21690', ppn: false });
    expect(listingSchema.parse(listing).ekatalog?.ppn).toBe(false);
    expect(toListing(getPlatform('shopee'), product).listing.ekatalog).toBeUndefined();
  });
});

afterEach(() => document.body.replaceChildren());

/** The Pajak & KBKI step as the wizard draws it, in Bahasa or in English. */
function kbkiStep({ english = false, ppnRow = true } = {}) {
  const model: { kbki: string; ppn?: boolean } = { kbki: '' };
  const [kbki, vat, yes, no] = english ? ['KBKI Code', 'Subject to VAT', 'Yes', 'No'] : ['Kode KBKI', 'Dikenakan PPN', 'Ya', 'Tidak'];
  document.body.innerHTML = `
    <div class="form-group"><label class="form-label">${kbki} *</label><input name="kode_kbki" type="text"></div>
    ${ppnRow ? `<div class="form-group"><label class="form-label">${vat} *</label><div role="radiogroup">
      <label class="radio"><input type="radio" name="ppn" value="true"><span>${yes}</span></label>
      <label class="radio"><input type="radio" name="ppn" value="false"><span>${no}</span></label></div></div>` : ''}`;
  const code = document.querySelector<HTMLInputElement>('input[name=kode_kbki]')!;
  code.addEventListener('input', () => (model.kbki = code.value));
  document.querySelectorAll<HTMLInputElement>('input[type=radio]').forEach((r) => r.addEventListener('change', () => (model.ppn = r.value === 'true')));
  return model;
}

const ekatalog = getPlatform('ekatalog');
const listingWith = (ppn: boolean | undefined): Listing => {
  const { listing } = toListing(ekatalog, { ...product, ekatalog: { kbki: '21690', ppn } });
  return listing;
};
const fillKbki = async (listing: Listing) => {
  const ctx: ExecContext = { doc: document, platform: ekatalog, listing, timeout: 300, findTimeout: 300, taken: new Set() };
  const line = await runStep({ field: 'kbki', action: 'fill', stage: 2, kind: 'text', value: { text: '21690' } }, ctx);
  return `${line.status}: ${line.reason.en}`;
};

describe('filled on the Pajak & KBKI step, reported on the KBKI line', () => {
  test.each([
    { case: 'PPN yes', ppn: true, page: {}, line: 'filled: Filled: 21690 · PPN: Ya / Yes', model: { kbki: '21690', ppn: true } },
    { case: 'PPN no', ppn: false, page: {}, line: 'filled: Filled: 21690 · PPN: Tidak / No', model: { kbki: '21690', ppn: false } },
    { case: 'English page', ppn: true, page: { english: true }, line: 'filled: Filled: 21690 · PPN: Ya / Yes', model: { kbki: '21690', ppn: true } },
    { case: 'no answer: the code only, PPN left to the seller', ppn: undefined, page: {}, line: 'filled: Filled: 21690', model: { kbki: '21690' } },
    {
      case: 'no PPN question on the page: said so, nothing chosen',
      ppn: true,
      page: { ppnRow: false },
      line: 'failed: KBKI code 21690 is filled, but "Subject to VAT" could not be chosen: choose "Yes" yourself',
      model: { kbki: '21690' },
    },
  ])('$case', async ({ ppn, page, line, model }) => {
    const state = kbkiStep(page);
    expect(await fillKbki(listingWith(ppn))).toBe(line);
    expect(state).toEqual(model);
  });

  test('a second fill finds both right and changes nothing', async () => {
    const state = kbkiStep();
    await fillKbki(listingWith(true));
    expect(await fillKbki(listingWith(true))).toBe('skipped: Already holds the right value');
    expect(state).toEqual({ kbki: '21690', ppn: true });
  });
});
