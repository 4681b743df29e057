/**
 * The editor's form (everything as the seller typed it) ↔ the stored product. Pure, so the mapping is
 * tested as a table: rupiah typed the Indonesian way, empty optional fields, variants that set the base
 * price and total stock, fields the form does not show (listings, overrides) kept untouched.
 */
import {
  storedProductSchema,
  type StoredPhoto,
  type StoredProduct,
  type Variants,
} from '../../utils/catalogue/schema';
import { formatRupiah, groupThousands, parseRupiah, parseWholeNumber } from '../../utils/money';
import { errorText, issuesToErrors, type FieldErrors } from './field-errors';
import { baseFromVariants, splitValues, type OptionGroupDraft, type VariantRowDraft } from './variants';

export interface ProductForm {
  sku: string;
  name: string;
  description: string;
  price: string;
  stock: string;
  weight: string;
  condition: 'new' | 'used';
  noBrand: boolean;
  brand: string;
  category: string;
  length: string;
  width: string;
  height: string;
  minOrder: string;
  preorder: boolean;
  preorderDays: string;
  photos: StoredPhoto[];
  optionGroups: OptionGroupDraft[];
  variantRows: VariantRowDraft[];
  /** ppn: '' = not answered (the e-Katalog fill then stops at the Pajak & KBKI step and asks) */
  ekatalog: { unit: string; kbki: string; tkdn: string; pdn: boolean; ppn: '' | 'yes' | 'no'; sni: string };
}

const text = (n: number | undefined) => (n === undefined ? '' : String(n).replace('.', ','));

export function productToForm(product?: StoredProduct): ProductForm {
  return {
    sku: product?.sku ?? '',
    name: product?.name ?? '',
    description: product?.description ?? '',
    price: product ? formatRupiah(product.price) : '',
    stock: product ? String(product.stock) : '',
    weight: text(product?.weightGrams),
    condition: product?.condition ?? 'new',
    noBrand: product ? !product.brand : true,
    brand: product?.brand ?? '',
    category: product?.category ?? '',
    length: text(product?.dimensionsCm?.length),
    width: text(product?.dimensionsCm?.width),
    height: text(product?.dimensionsCm?.height),
    minOrder: String(product?.minOrder ?? 1),
    preorder: product?.preorderDays !== undefined,
    preorderDays: text(product?.preorderDays),
    photos: product?.photos ?? [],
    optionGroups: (product?.variants?.options ?? []).map((o) => ({ name: o.name, values: o.values.join(', ') })),
    variantRows: (product?.variants?.items ?? []).map((item) => ({
      options: item.options,
      sku: item.sku,
      price: formatRupiah(item.price),
      stock: String(item.stock),
    })),
    ekatalog: {
      unit: product?.ekatalog?.unit ?? '',
      kbki: product?.ekatalog?.kbki ?? '',
      tkdn: text(product?.ekatalog?.tkdn),
      pdn: product?.ekatalog?.pdn ?? false,
      ppn: product?.ekatalog?.ppn === undefined ? '' : product.ekatalog.ppn ? 'yes' : 'no',
      sni: product?.ekatalog?.sni ?? '',
    },
  };
}

/** "10,5" or "10.5" → 10.5; "" → undefined; anything else → NaN (reported as invalid). */
function parseDecimal(input: string): number | undefined {
  const s = input.trim().replace(',', '.');
  if (s === '') return undefined;
  return /^\d+(\.\d+)?$/.test(s) ? Number(s) : Number.NaN;
}

function parseOptionalWhole(input: string, key: string, errors: FieldErrors): number | undefined {
  if (input.trim() === '') return undefined;
  const n = parseWholeNumber(input);
  if (n === null) {
    errors[key] = errorText('whole');
    return undefined;
  }
  return n;
}

function parsePrice(input: string, key: string, errors: FieldErrors): number | undefined {
  if (input.trim() === '') {
    errors[key] = errorText('required');
    return undefined;
  }
  const n = parseRupiah(input);
  if (n === null) errors[key] = errorText('rupiah');
  else if (n < 1) errors[key] = errorText('rupiahMin');
  return n ?? undefined;
}

function variantsFromForm(form: ProductForm, errors: FieldErrors): Variants | undefined {
  const groups = form.optionGroups.map((g) => ({ name: g.name.trim(), values: splitValues(g.values) }));
  if (groups.length === 0) return undefined;
  const names = new Set<string>();
  groups.forEach((g, i) => {
    if (!g.name) errors[`variants.groups.${i}.name`] = errorText('variantGroupName');
    else if (names.has(g.name.toLowerCase())) errors[`variants.groups.${i}.name`] = errorText('variantGroupDuplicate');
    names.add(g.name.toLowerCase());
    if (g.values.length === 0) errors[`variants.groups.${i}.values`] = errorText('variantGroupValues');
  });
  const skus = new Set<string>();
  const items = form.variantRows.map((row, i) => {
    const sku = row.sku.trim();
    if (!sku) errors[`variants.rows.${i}.sku`] = errorText('required');
    else if (skus.has(sku.toLowerCase())) errors[`variants.rows.${i}.sku`] = errorText('skuRepeated');
    skus.add(sku.toLowerCase());
    const price = parsePrice(row.price, `variants.rows.${i}.price`, errors);
    const stock = row.stock.trim() === '' ? 0 : parseOptionalWhole(row.stock, `variants.rows.${i}.stock`, errors);
    return { sku, options: row.options, price: price ?? Number.NaN, stock: stock ?? Number.NaN };
  });
  return { options: groups, items };
}

export type FormResult = { ok: true; product: StoredProduct } | { ok: false; errors: FieldErrors };

/**
 * Build the product to save. `existing` keeps what the form does not show (listings, overrides,
 * learned category paths, createdAt). Errors are keyed by form field (`price`, `variants.rows.0.stock`).
 */
export function formToProduct(form: ProductForm, existing: StoredProduct | undefined, now: number): FormResult {
  const errors: FieldErrors = {};
  const variants = variantsFromForm(form, errors);
  let price: number | undefined;
  let stock: number | undefined;
  if (variants && variants.items.length > 0) {
    // A form without a variant grid gets the base price and the total stock (DESIGN.md catalogue file).
    const base = baseFromVariants(variants.items);
    price = base.price;
    stock = base.stock;
  } else {
    price = parsePrice(form.price, 'price', errors);
    stock = form.stock.trim() === '' ? 0 : parseOptionalWhole(form.stock, 'stock', errors);
  }

  const weightGrams = parseOptionalWhole(form.weight, 'weight', errors);
  const dims = [form.length, form.width, form.height].map(parseDecimal);
  let dimensionsCm: StoredProduct['dimensionsCm'];
  if (dims.some((d) => d !== undefined)) {
    if (dims.some((d) => d === undefined || Number.isNaN(d))) errors.dimensions = errorText('dimensionsAll');
    else dimensionsCm = { length: dims[0]!, width: dims[1]!, height: dims[2]! };
  }
  const minOrder = form.minOrder.trim() === '' ? 1 : parseOptionalWhole(form.minOrder, 'minOrder', errors);
  let preorderDays: number | undefined;
  if (form.preorder) {
    preorderDays = parseOptionalWhole(form.preorderDays, 'preorderDays', errors);
    if (preorderDays === undefined && !errors.preorderDays) errors.preorderDays = errorText('required');
  }
  const brand = form.noBrand ? undefined : form.brand.trim();
  if (!form.noBrand && !brand) errors.brand = errorText('required');

  const e = form.ekatalog;
  const tkdn = parseDecimal(e.tkdn);
  if (Number.isNaN(tkdn)) errors['ekatalog.tkdn'] = errorText('invalid');
  const ekatalogFields = {
    ...(e.unit.trim() ? { unit: e.unit.trim() } : {}),
    ...(e.kbki.trim() ? { kbki: e.kbki.trim() } : {}),
    ...(tkdn !== undefined && !Number.isNaN(tkdn) ? { tkdn } : {}),
    ...(e.pdn ? { pdn: true } : {}),
    ...(e.ppn ? { ppn: e.ppn === 'yes' } : {}),
    ...(e.sni.trim() ? { sni: e.sni.trim() } : {}),
  };
  // Keep an explicit "pdn: false" the seller had, but do not invent an empty e-Katalog block.
  const ekatalog =
    Object.keys(ekatalogFields).length > 0 || existing?.ekatalog
      ? { ...ekatalogFields, ...(existing?.ekatalog?.pdn === false && !e.pdn ? { pdn: false } : {}) }
      : undefined;

  const candidate = {
    ...(existing ?? {}),
    sku: form.sku,
    name: form.name,
    description: form.description.replace(/\r\n?/g, '\n'),
    price,
    stock,
    weightGrams,
    condition: form.condition,
    brand,
    category: form.category,
    dimensionsCm,
    minOrder,
    preorderDays,
    photos: form.photos,
    variants,
    ekatalog: ekatalog && Object.keys(ekatalog).length > 0 ? ekatalog : undefined,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  };
  const parsed = storedProductSchema.safeParse(candidate);
  if (!parsed.success) issuesToErrors(parsed.error.issues, errors);
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, product: parsed.data };
}

/** "15000" typed → "Rp15.000" shown when the field loses focus; anything unparsable is left for the error. */
export function tidyRupiah(input: string): string {
  const n = parseRupiah(input);
  return n === null ? input : formatRupiah(n);
}

export function tidyWhole(input: string): string {
  const n = parseWholeNumber(input);
  return n === null || n < 1000 ? input : groupThousands(n);
}
