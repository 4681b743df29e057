/**
 * e-Katalog drawn with other widgets than our replica (v5/v6 variants written from the LKPP guides):
 * the category as three dependent native selects, each filled after the one above; KBKI as a searchable
 * combobox of "code – name" entries; PPN asked as "Barang Kena Pajak (PPN)". Each is filled and read
 * back from the page's own state; a tree without the category fills nothing past what matched.
 */
import { afterEach, expect, test } from 'vitest';
import { productFileSchema, type ProductFile } from '../../../utils/catalogue/schema';
import { type ExecContext } from '../../../utils/fill/execute';
import { runStep } from '../fill/step';
import { toListing } from '../../../utils/publish/build-listing';
import { getPlatform } from '../../../utils/platforms/registry';

afterEach(() => document.body.replaceChildren());

const ekatalog = getPlatform('ekatalog');
const product: ProductFile = productFileSchema.parse({
  sku: 'KRP-01', name: 'Keripik Singkong Balado 250 g', price: 15000, stock: 120, createdAt: 0, updatedAt: 0,
  category: 'Makanan Ringan Keripik',
  photos: ['data:image/png;base64,iVBORw0KGgo='],
  ekatalog: { unit: 'pcs', kbki: '21690', pdn: true, ppn: true },
});
const { listing } = toListing(ekatalog, product);
const ctx = (): ExecContext => ({ doc: document, platform: ekatalog, listing, timeout: 800, findTimeout: 800, taken: new Set() });

const TREE: Record<string, string[]> = {
  '': ['Makanan & Minuman', 'Fashion Muslim'],
  'Makanan & Minuman': ['Makanan Ringan', 'Minuman'],
  'Makanan & Minuman/Makanan Ringan': ['Keripik', 'Kacang'],
  'Makanan & Minuman/Minuman': ['Kopi'],
  'Fashion Muslim': ['Hijab'],
  'Fashion Muslim/Hijab': ['Pashmina'],
};

/** Three selects "Kategori Level n"; a lower level is disabled and empty until the one above is chosen. */
function levels(tree = TREE) {
  const path: string[] = [];
  const selects = [1, 2, 3].map((n) => {
    const row = document.createElement('div');
    row.innerHTML = `<label for="lv${n}">Kategori Level ${n}</label><select id="lv${n}"></select>`;
    document.body.append(row);
    return row.querySelector('select')!;
  });
  const fill = (i: number) => {
    const kids = tree[path.slice(0, i).join('/')] ?? [];
    selects[i]!.innerHTML = `<option value="">— Pilih —</option>${kids.map((k) => `<option value="${k}">${k.replace('&', '&amp;')}</option>`).join('')}`;
    selects[i]!.disabled = false;
  };
  selects.forEach((select, i) => {
    select.disabled = i > 0;
    select.addEventListener('change', () => {
      path.length = i;
      if (select.value) path.push(select.value);
      for (const lower of selects.slice(i + 1)) {
        lower.replaceChildren();
        lower.disabled = true;
      }
      if (select.value && i < 2) setTimeout(() => fill(i + 1), 50); // the next level is fetched
    });
  });
  fill(0);
  return path;
}

const step = { field: 'category', action: 'fill', stage: 0, kind: 'cascader', value: { category: 'Makanan Ringan Keripik' } } as const;

test('three dependent native selects: each level chosen after the one above loaded', async () => {
  const path = levels();
  const line = await runStep(step, ctx());
  expect(`${line.status} ${line.reason.en} ${path.join('/')}`).toMatch(/^filled/);
  expect(path).toEqual(['Makanan & Minuman', 'Makanan Ringan', 'Keripik']);
});

test('native selects without the category: failed at the level that has nothing, no leaf guessed', async () => {
  const path = levels({ ...TREE, 'Makanan & Minuman/Makanan Ringan': ['Kacang'] });
  const line = await runStep(step, ctx());
  expect(line.status).toBe('failed');
  expect(path).not.toContain('Kacang');
});

/** KBKI as a searchable combobox whose list is drawn at the end of body; PPN as "Barang Kena Pajak (PPN)". */
function kbkiCombobox() {
  const model: { kbki: string; ppn?: boolean } = { kbki: '' };
  document.body.innerHTML = `
    <div><span>Barang Kena Pajak (PPN) *</span><div role="radiogroup">
      <label><input type="radio" name="ppn" value="true"><span>Ya</span></label>
      <label><input type="radio" name="ppn" value="false"><span>Tidak</span></label></div></div>
    <div><span>Kode KBKI *</span><div role="combobox" tabindex="0" aria-label="KBKI" aria-expanded="false">Cari kode atau nama KBKI</div></div>`;
  const trigger = document.querySelector('[role=combobox]')!;
  trigger.addEventListener('click', () => {
    const list = document.createElement('ul');
    list.setAttribute('role', 'listbox');
    for (const text of ['21690 – Keripik dan makanan ringan olahan lainnya', '23490 – Produk roti dan kue kering']) {
      const li = document.createElement('li');
      li.setAttribute('role', 'option');
      li.textContent = text;
      li.addEventListener('click', () => {
        model.kbki = text.slice(0, 5);
        trigger.textContent = text;
        list.remove();
      });
      list.append(li);
    }
    document.body.append(list);
  });
  document.querySelectorAll<HTMLInputElement>('input[type=radio]').forEach((r) => r.addEventListener('change', () => (model.ppn = r.value === 'true')));
  return model;
}

test('KBKI as a searchable combobox: the entry starting with the code is chosen; PPN beside it', async () => {
  const model = kbkiCombobox();
  const line = await runStep({ field: 'kbki', action: 'fill', stage: 1, kind: 'text', value: { text: '21690' } }, ctx());
  expect(line.status).toBe('filled');
  expect(model).toEqual({ kbki: '21690', ppn: true });
});
