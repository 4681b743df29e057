/**
 * e-Katalog (LKPP / INAPROC): the v6 "Tambah Produk" wizard at katalog.inaproc.id, and v5 at
 * e-katalog.lkpp.go.id. No public automation exists: fields are found by their Bahasa labels (and
 * English synonyms) and the wizard is recognised from the page on any path. The category is three
 * dropdowns without a search (flow); the engine presses "Selanjutnya" through the steps and, when the
 * page refuses to go on, reports what the page asked for.
 */
import { closePopups, searchAndPick } from '../fill/choose';
import { findWith } from '../fill/find';
import type { Outcome } from '../fill/types';
import { waitFor } from '../fill/wait';
import { fillRadio, fillTyped, textMatcher } from '../fill/widgets';
import { definePlatform, defineSite, type FieldFlow, type StepFlow } from './define';
import { categoryLevels } from './flows/category-levels';
import { PLATFORM_HOSTS } from './hosts';

const NEXT = [{ label: ['Selanjutnya', 'Lanjut', 'Berikutnya', 'Next'] }];

/** SNI has no report key: filled when its step shows, left alone when the product has none. */
const fillSni: StepFlow = async ({ document: doc, listing }) => {
  const sni = listing.ekatalog?.sni;
  if (!sni) return;
  // 'tkdn' only names the row for the label guard; 'Nomor SNI' is no field's synonym
  const found = findWith(doc, [{ label: ['Nomor SNI', 'SNI Number'] }], 'text', 'tkdn');
  if ('found' in found) await fillTyped(found.found.element, sni, textMatcher(sni, false));
};

const PPN_LABELS = ['Dikenakan PPN', 'Barang Kena Pajak (PPN)', 'Barang Kena Pajak', 'Kena PPN', 'PPN', 'Subject to VAT', 'Taxable Goods (VAT)', 'Taxable Goods', 'VAT'];
const PPN_ANSWERS = { true: ['Ya', 'Yes'], false: ['Tidak', 'No'] };

/** A plain text box takes the code typed; a combobox (a searchable list of "code – name") is chosen from. */
const typesCode = (el: Element) =>
  el.matches('input,textarea') && !el.matches('[role=combobox],[aria-autocomplete],[aria-haspopup]') && !el.closest('[role=combobox]');

/** The KBKI list entry that starts with the code ("21690 – Keripik …"), searched by the code; read back from the trigger. */
async function chooseCode(el: Element, code: string, doc: Document, signal: AbortSignal | undefined, timeout: number): Promise<Outcome> {
  const startsWith = (text: string) => new RegExp(`^\\s*${code.replace(/\D/g, '')}(?!\\d)`).test(text);
  const shown = () => (el.isConnected && (el.textContent ?? '').includes(code)) || (el.querySelector('input')?.value ?? '').includes(code);
  if (!code) return { status: 'failed', why: 'didNotStick' };
  if (shown()) return { status: 'already' };
  const chosen = await searchAndPick(doc, el, [code], startsWith, { signal, timeout });
  if (!chosen) {
    closePopups(doc);
    return { status: 'failed', why: 'optionMissing', detail: code };
  }
  return (await waitFor(() => shown() || undefined, { timeout, signal })) ? { status: 'filled', shown: chosen } : { status: 'failed', why: 'didNotStick' };
}

/**
 * The KBKI code, then "Dikenakan PPN" beside it on the Pajak & KBKI step. PPN has no report key of its
 * own, so its answer is reported on the KBKI line. A product without a PPN answer gets the code only:
 * the page then refuses "Selanjutnya" and the report says what it asks for (never a guessed tax status).
 */
const fillKbkiAndPpn: FieldFlow = async ({ element, listing, document: doc, signal, timeout = 3000 }) => {
  const code = listing.ekatalog?.kbki ?? '';
  const kbki = typesCode(element) ? await fillTyped(element, code, textMatcher(code, false)) : await chooseCode(element, code, doc, signal, timeout);
  const ppn = listing.ekatalog?.ppn;
  if (ppn === undefined || kbki.status === 'failed' || kbki.status === 'locked') return kbki;
  const answer = PPN_ANSWERS[`${ppn}`];
  const row = findWith(doc, [{ label: PPN_LABELS }], 'radio', 'kbki');
  const taken = 'found' in row ? await fillRadio(row.found.element, answer) : undefined;
  if (!taken || taken.status === 'failed' || taken.status === 'locked') {
    return {
      status: 'failed',
      reason: {
        id: `Kode KBKI ${code} terisi, tetapi "Dikenakan PPN" tidak bisa dipilih: pilih "${answer[0]}" sendiri`,
        en: `KBKI code ${code} is filled, but "Subject to VAT" could not be chosen: choose "${answer[1]}" yourself`,
      },
    };
  }
  if (kbki.status === 'already' && taken.status === 'already') return kbki;
  return { status: 'filled', shown: `${code} · PPN: ${answer[0]} / ${answer[1]}` };
};

// [guess] government catalogue: photos required, variants through "Tambah Varian"; the bounds are guesses
const limits = {
  nameMax: 255,
  photosMin: 1,
  photosMax: 9,
  priceMin: 1,
  priceMax: 10_000_000_000,
  stockMax: 9_999_999,
  descriptionMax: 10_000,
  variantGroupsMax: 2,
  variantItemsMax: 100,
  variantNameMax: 40,
  variantValueMax: 40,
  weightUnit: 'g',
  weightRequired: false,
  categoryRequired: true,
  // "photos .jpg/.jpeg/.png with a minimum size" [seen], but the size itself is unknown
  photoMaxBytes: 2 * 1024 * 1024, // [guess]
  squarePhotos: false,
  seen: [],
} as const;

/** Where this seller centre lives and how its pages look: all its light content script carries. */
export const site = defineSite({
  id: 'ekatalog',
  label: 'e-Katalog',
  hosts: PLATFORM_HOSTS.ekatalog.seller,
  pages: {
    add: ['/penyedia/produk/tambah*', '/produk/tambah*'],
    edit: ['/penyedia/produk/ubah/*', '/penyedia/produk/*/ubah*', '/penyedia/produk/edit/*'],
    list: ['/penyedia/produk', '/penyedia/produk?*', '/penyedia/produk/daftar*'],
    login: ['/login*', '/masuk*'],
  },
  detect: { addTexts: ['Tambah Produk', 'Add Product'] },
});

export default definePlatform({
  ...site,
  limits,
  // Only the current step is rendered; "Selanjutnya" validates it. These steps are hints (the engine
  // walks whatever grouping the page shows: v5 and v6 differ). Markers are field labels only that step
  // shows (the step titles are always on screen in the stepper, so they cannot mark a step).
  steps: [
    { fields: ['category'], next: NEXT, marker: ['Kategori Level 1', 'Category Level 1'] },
    { fields: ['name', 'photos', 'description', 'sku'], next: NEXT, marker: ['Nama Produk', 'Product Name'] },
    // "Dikenakan PPN" is required here: filled with the KBKI code when the product answers it, else the page says so
    { fields: ['kbki'], next: NEXT, marker: ['Kode KBKI', 'KBKI Code'] },
    { fields: ['pdn'], next: NEXT, marker: ['Asal Produk', 'Product Origin'] },
    { fields: ['tkdn'], next: NEXT, marker: ['Nilai TKDN (%)', 'TKDN Value (%)'] },
    { fields: [], next: NEXT, marker: ['Nomor SNI', 'SNI Number'], fill: fillSni },
    { fields: ['brand'], next: NEXT, marker: ['Nomor Pendaftaran HAKI', 'Trademark Registration No.'] },
    { fields: ['unit', 'price', 'weight', 'dimensions'], next: NEXT, marker: ['Satuan', 'Unit of Measure'] },
    { fields: ['variants'], next: NEXT, marker: ['Varian Produk', 'Product Variants'] },
    { fields: ['stock', 'minOrder'], marker: ['Minimum Pembelian', 'Minimum Purchase'] },
  ],
  fields: {
    name: { find: [{ css: 'input[name=nama_produk]' }, { css: 'input[name=name]' }], kind: 'text' },
    description: { find: [{ css: 'textarea[name=description]' }, { css: 'textarea[name=deskripsi]' }, { css: '[contenteditable][data-field=deskripsi]' }], kind: 'textarea' },
    price: { find: [{ css: 'input[name=harga]' }, { label: ['Harga Satuan (Rp)', 'Unit Price (Rp)'] }], kind: 'number' },
    stock: { find: [{ css: 'input[name=stok]' }], kind: 'number' },
    weight: { find: [{ css: 'input[name=berat]' }, { label: ['Berat (gram)', 'Weight (grams)'] }], kind: 'number', unit: 'g' },
    // a government catalogue lists new goods only: no condition on the form
    condition: 'unsupported',
    brand: { find: [{ label: ['Merek', 'Brand'] }], kind: 'select', none: ['Tidak Bermerek', 'Tanpa Merek', 'Tidak Ada Merek', 'No Brand'] },
    category: {
      find: [{ label: ['Kategori Level 1', 'Category Level 1'] }],
      kind: 'select',
      flow: categoryLevels({ levels: 3, label: (n) => [`Kategori Level ${n}`, `Category Level ${n}`], step: 'Kategori', next: 'Selanjutnya' }),
    },
    photos: { find: [{ css: 'input[type=file][name=foto_produk]' }, { css: '[data-field=foto] input[type=file]' }], kind: 'file' },
    sku: { find: [{ css: 'input[name=sku]' }, { css: 'input[name=no_produk]' }, { label: ['No. Produk Penyedia (SKU)', 'Provider Product No. (SKU)'] }], kind: 'text' },
    minOrder: { find: [{ css: 'input[name=minimum_pembelian]' }, { css: 'input[name=min_pembelian]' }], kind: 'number' },
    dimensions: {
      find: [{ label: ['Dimensi (cm)', 'Dimensions (cm)'] }, { css: '[data-field=dimensi]' }],
      kind: 'number',
      parts: {
        length: [{ css: 'input[name=dimensi_length]' }, { css: 'input[name=panjang]' }, { placeholder: ['Panjang', 'Length'] }],
        width: [{ css: 'input[name=dimensi_width]' }, { css: 'input[name=lebar]' }, { placeholder: ['Lebar', 'Width'] }],
        height: [{ css: 'input[name=dimensi_height]' }, { css: 'input[name=tinggi]' }, { placeholder: ['Tinggi', 'Height'] }],
      },
    },
    variants: { find: [{ label: ['Varian Produk', 'Product Variants'] }], kind: 'variantGrid' },
    preorder: 'unsupported',
    unit: { find: [{ label: ['Satuan', 'Satuan (Unit Pengukuran)', 'Unit Pengukuran', 'Unit of Measure', 'Unit'] }], kind: 'select' },
    kbki: { find: [{ css: 'input[name=kode_kbki]' }, { label: ['Kode KBKI', 'KBKI Code'] }], kind: 'text', flow: fillKbkiAndPpn },
    tkdn: { find: [{ css: 'input[name=nilai_tkdn]' }, { label: ['Nilai TKDN (%)', 'Nilai TKDN', 'TKDN Value (%)', 'TKDN Value', 'Local Content (TKDN)'] }], kind: 'number' },
    pdn: {
      find: [{ label: ['Asal Produk', 'Status Produk', 'Status PDN', 'Jenis Produk', 'Product Origin', 'Product Status', 'PDN Status'] }],
      kind: 'radio',
      options: {
        true: ['Produk Dalam Negeri (PDN)', 'Domestic product (PDN)', 'Produk Dalam Negeri', 'Ya', 'Yes'],
        false: ['Produk Impor', 'Imported product', 'Impor', 'Tidak', 'No'],
      },
    },
  },
  save: {
    button: [{ label: ['Simpan', 'Kirim', 'Ajukan', 'Submit', 'Save'] }],
    successTexts: ['Produk berhasil disimpan', 'Produk berhasil diajukan', 'Product saved'],
    editUrl: /\/penyedia\/produk\/(?:ubah\/|edit\/)?(\d+)/,
  },
});
