// The practice seller centres' product stock, kept in the test server's memory so that a sale on a list
// page stays sold when the page is reloaded and a push on the edit page shows on the list page after.
// One store per server (per test), one shop per platform. The replicas' list and edit pages read and
// save through a small JSON API on their own origin (/__serentak/stock/…, like a seller centre's own
// XHR); tests seed products, make sales, fail the next save or switch the page's language through the
// server object (seller-server.mjs `stock`).

/**
 * @typedef {{ name: string, sku: string, stock: number }} StockVariant
 * @typedef {{ id: string, name: string, sku: string, price: number, stock: number, variants: StockVariant[] }} StockProduct
 * @typedef {{ lang: 'id' | 'en', drift: boolean, pageSize: number }} StockLook
 */

export const STOCK_API = '/__serentak/stock/';

export function createStockStore() {
  /** @type {Map<string, { products: StockProduct[], look: StockLook, failNext: string | null, saves: number }>} */
  const shops = new Map();
  const shop = (/** @type {string} */ platform) => {
    let s = shops.get(platform);
    if (!s) {
      s = { products: [], look: { lang: 'id', drift: false, pageSize: 10 }, failNext: null, saves: 0 };
      shops.set(platform, s);
    }
    return s;
  };
  const clone = (/** @type {any} */ v) => JSON.parse(JSON.stringify(v));
  /** A product with variants shows their sum as its stock, like every seller centre. */
  const total = (/** @type {StockProduct} */ p) => (p.variants.length ? p.variants.reduce((n, v) => n + v.stock, 0) : p.stock);
  const find = (/** @type {string} */ platform, /** @type {string} */ id) => shop(platform).products.find((p) => p.id === id);

  return {
    /** Replace a shop's products. Each: { id, name, sku, price?, stock?, variants?: [{ name, sku, stock }] }. */
    seed(/** @type {string} */ platform, /** @type {any[]} */ products) {
      shop(platform).products = products.map((p) => {
        const variants = (p.variants ?? []).map((/** @type {any} */ v) => ({ name: String(v.name), sku: String(v.sku), stock: Number(v.stock) }));
        const product = { id: String(p.id), name: String(p.name), sku: String(p.sku ?? ''), price: Number(p.price ?? 15000), stock: Number(p.stock ?? 0), variants };
        product.stock = total(product);
        return product;
      });
    },
    /** What the shop holds now (a copy). */
    products(/** @type {string} */ platform) {
      return clone(shop(platform).products);
    },
    /** Stock per SKU (each variant's own SKU, or the product's SKU) of one listing. */
    stocks(/** @type {string} */ platform, /** @type {string} */ id) {
      const p = find(platform, id);
      if (!p) return undefined;
      return p.variants.length ? Object.fromEntries(p.variants.map((v) => [v.sku, v.stock])) : { [p.sku]: p.stock };
    },
    /** A buyer bought `qty` of a SKU (a product's or a variant's) on this shop. */
    sale(/** @type {string} */ platform, /** @type {string} */ sku, qty = 1) {
      for (const p of shop(platform).products) {
        const v = p.variants.find((x) => x.sku === sku);
        if (v) v.stock = Math.max(0, v.stock - qty);
        else if (p.sku === sku && !p.variants.length) p.stock = Math.max(0, p.stock - qty);
        else continue;
        p.stock = total(p);
        return;
      }
      throw new Error(`stock-store: no ${sku} on ${platform}`);
    },
    /** The seller (or another tool) set a stock by hand on the shop. */
    setStock(/** @type {string} */ platform, /** @type {string} */ sku, /** @type {number} */ stock) {
      for (const p of shop(platform).products) {
        const v = p.variants.find((x) => x.sku === sku);
        if (v) v.stock = stock;
        else if (p.sku === sku && !p.variants.length) p.stock = stock;
        else continue;
        p.stock = total(p);
        return;
      }
      throw new Error(`stock-store: no ${sku} on ${platform}`);
    },
    /** The next save on this shop fails with the page's error toast (`message`, or the page's default). */
    failNextSave(/** @type {string} */ platform, message = '') {
      shop(platform).failNext = message || 'default';
    },
    /** How the shop's list and edit pages look: language, drifted build, rows per page. */
    setLook(/** @type {string} */ platform, /** @type {Partial<StockLook>} */ look) {
      Object.assign(shop(platform).look, look);
    },
    /** How the shop's pages look now. */
    look(/** @type {string} */ platform) {
      return { ...shop(platform).look };
    },
    /** Saves that reached the shop (done or failed). */
    saves(/** @type {string} */ platform) {
      return shop(platform).saves;
    },

    /**
     * The replicas' API. GET products → { look, products }; GET products/<id> → { look, product };
     * POST products/<id> { stocks: { sku: n } } → { product } or 500 { error }.
     * @param {string} platform @param {string} method @param {string} rest path after STOCK_API @param {string} body
     * @returns {{ status: number, json: any }}
     */
    answer(platform, method, rest, body) {
      const s = shop(platform);
      const [collection, id] = rest.split('/');
      if (collection !== 'products') return { status: 404, json: { error: 'unknown' } };
      if (!id && method === 'GET') return { status: 200, json: { look: s.look, products: s.products } };
      const product = find(platform, decodeURIComponent(id ?? ''));
      if (!product) return { status: 404, json: { look: s.look, error: 'Produk tidak ditemukan' } };
      if (method === 'GET') return { status: 200, json: { look: s.look, product } };
      if (method !== 'POST') return { status: 405, json: { error: 'method' } };
      s.saves++;
      if (s.failNext) {
        const message = s.failNext === 'default' ? null : s.failNext;
        s.failNext = null;
        return { status: 500, json: { error: message } };
      }
      /** @type {{ stocks?: Record<string, number> }} */
      let parsed = {};
      try {
        parsed = JSON.parse(body || '{}');
      } catch {
        return { status: 400, json: { error: 'bad json' } };
      }
      for (const [sku, stock] of Object.entries(parsed.stocks ?? {})) {
        const n = Number(stock);
        if (!Number.isInteger(n) || n < 0) return { status: 400, json: { error: `bad stock for ${sku}` } };
        const v = product.variants.find((x) => x.sku === sku);
        if (v) v.stock = n;
        else if (product.sku === sku && !product.variants.length) product.stock = n;
      }
      product.stock = total(product);
      return { status: 200, json: { product } };
    },
  };
}
