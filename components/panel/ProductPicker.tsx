/**
 * Search the catalogue and pick the product to fill. Before anything is typed the most recent products
 * show (the catalogue lists newest first): the one the seller just added is usually the one they want.
 */
import { browser } from 'wxt/browser';
import type { PanelProduct } from '@/entrypoints/background/panel-catalogue';
import type { ProductList } from './use-panel-products';
import type { PanelText } from './text';
import { ProductText } from './ProductText';

interface Props {
  list: ProductList;
  query: string;
  onQuery: (query: string) => void;
  pickedSku?: string;
  onPick: (product: PanelProduct) => void;
  /** focus the search (the seller pressed "Ganti produk") */
  autoFocus?: boolean;
  text: PanelText;
}

export function ProductPicker({ list, query, onQuery, pickedSku, onPick, autoFocus, text }: Props) {
  const { t, pick } = text;
  const searching = query.trim() !== '';
  const { products } = list;
  return (
    <section className="picker" aria-labelledby="picker-heading">
      <label className="field-label" htmlFor="panel-search">
        {t('searchLabel')}
      </label>
      <input
        id="panel-search"
        data-testid="panel-search"
        type="search"
        autoComplete="off"
        autoFocus={autoFocus}
        value={query}
        placeholder={t('searchPlaceholder')}
        onChange={(e) => onQuery(e.target.value)}
      />
      <h2 id="picker-heading" className="subheading" aria-live="polite">
        {searching ? t('results', { count: list.matches }) : t('recent')}
      </h2>
      {list.error ? (
        <p className="error" role="alert">
          {pick(list.error)}
        </p>
      ) : products === undefined ? (
        <p className="muted">{t('loading')}</p>
      ) : list.total === 0 ? (
        <p className="muted">
          {t('emptyCatalogue')}{' '}
          {/* The panel is an extension page: it may open the dashboard in a new tab of its own. */}
          <a href={browser.runtime.getURL('/dashboard.html')} target="_blank" rel="noreferrer" data-testid="panel-open-dashboard">
            {t('openDashboard')}
          </a>
        </p>
      ) : products.length === 0 ? (
        <p className="muted">{t('noMatch')}</p>
      ) : (
        <ul className="product-list">
          {products.map((product) => (
            <li key={product.sku}>
              <button
                type="button"
                className="product"
                data-testid="panel-product"
                data-sku={product.sku}
                aria-pressed={product.sku === pickedSku}
                onClick={() => onPick(product)}
              >
                <ProductText product={product} text={text} />
                {product.sku === pickedSku && <span className="badge">{t('picked')}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
