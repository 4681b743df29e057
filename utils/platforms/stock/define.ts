/**
 * How a seller centre's product list and edit pages show stock, as data (issue 9). The reader
 * (utils/stock/read-list.ts, read-edit.ts) finds the table by its column headers and the edit page's
 * save by its button text: words a seller reads, not class names, so a restyled or translated page
 * still reads.
 */
import type { PlatformId } from '../hosts';

export interface StockPageSpec {
  platform: PlatformId;
  /** column headers of the SKU column (list page and the edit page's variant table) */
  skuHeaders: readonly string[];
  /** column headers of the stock column */
  stockHeaders: readonly string[];
  /** a row's link to its listing; the listing id is the first `(…)` group */
  listingHref: RegExp;
  /** attributes on a row that hold the listing id (antd tables: data-row-key) */
  listingAttributes: readonly string[];
  /** the edit page's own save button */
  saveButtons: readonly string[];
  /** what the edit page says once saved */
  successTexts: readonly string[];
  /** what it says when the save failed (the page's own words are passed on to the seller) */
  errorTexts: readonly string[];
}

/** Words every seller centre uses, in Bahasa and English; each platform adds its own. */
export const SKU_HEADERS = ['SKU', 'Kode SKU', 'SKU Penjual', 'Seller SKU', 'SellerSKU', 'SKU Induk', 'Parent SKU', 'Kode Variasi'] as const;
export const STOCK_HEADERS = ['Stok', 'Stock', 'Kuantitas', 'Quantity', 'Jumlah Stok', 'Stock Qty', 'Qty'] as const;

/*#__NO_SIDE_EFFECTS__*/
export function defineStockPages(input: StockPageSpec): StockPageSpec {
  return input;
}
