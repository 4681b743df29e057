/**
 * The panel's words. Its sentences live in the app's i18n files (`panel` in utils/i18n/id.ts and en.ts,
 * Bahasa Indonesia first); the field names stay `{ id, en }` pairs beside the engine's own reasons. The
 * language itself is the app's (`languageSetting`, via `useLanguageSetting`), so switching in the
 * dashboard switches an open panel too.
 */
import type { FieldKey, FieldStatus } from '@/utils/fill/types';
import { i18n } from '@/utils/i18n';
import type { Messages } from '@/utils/i18n/id';
import { pickText, type Language, type Bilingual } from '@/utils/bilingual';

export type { Language };

/** A key of `panel` in the i18n files; plural forms (`_one`, `_other`) are asked for by their base name. */
export type PanelTextKey = keyof Messages['panel'] extends infer K ? (K extends `${infer Base}_${'one' | 'other'}` ? Base : K) : never;

export const FIELD_NAMES: Record<FieldKey, Bilingual> = {
  name: { id: 'Nama produk', en: 'Product name' },
  description: { id: 'Deskripsi', en: 'Description' },
  price: { id: 'Harga', en: 'Price' },
  stock: { id: 'Stok', en: 'Stock' },
  weight: { id: 'Berat', en: 'Weight' },
  condition: { id: 'Kondisi', en: 'Condition' },
  brand: { id: 'Merek', en: 'Brand' },
  category: { id: 'Kategori', en: 'Category' },
  photos: { id: 'Foto', en: 'Photos' },
  sku: { id: 'SKU', en: 'SKU' },
  minOrder: { id: 'Minimum pemesanan', en: 'Minimum order' },
  dimensions: { id: 'Ukuran paket', en: 'Package size' },
  variants: { id: 'Varian', en: 'Variants' },
  preorder: { id: 'Pre-order', en: 'Pre-order' },
  unit: { id: 'Satuan', en: 'Unit' },
  kbki: { id: 'Kode KBKI', en: 'KBKI code' },
  tkdn: { id: 'TKDN', en: 'TKDN' },
  pdn: { id: 'Produk Dalam Negeri', en: 'Domestic product (PDN)' },
};

export const STATUS_TEXT: Record<FieldStatus, PanelTextKey> = { filled: 'filled', skipped: 'skipped', failed: 'failed' };

export interface PanelText {
  language: Language;
  setLanguage: (language: Language) => void;
  t: (key: PanelTextKey, values?: Record<string, string | number>) => string;
  pick: (text: Bilingual) => string;
}

/** The panel's words in one language (the hook in use-panel-text.ts follows the seller's setting). */
export function panelText(language: Language, setLanguage: (language: Language) => void = () => {}): PanelText {
  const pick = (text: Bilingual) => pickText(text, language);
  const t: PanelText['t'] = (key, values) => i18n.t(`panel.${key}`, { ...values, lng: language });
  return { language, setLanguage, pick, t };
}
