/**
 * Search the catalogue and pick the product to fill. Before anything is typed the most recent products
 * show (the catalogue lists newest first): the one the seller just added is usually the one they want.
 */
import { useEffect, useMemo, useState } from 'react';
import type { StoredProduct } from '@/utils/catalogue/schema';
import { buildIndex, filterIndex } from '@/components/catalogue/search-index';
import { formatRupiah } from '@/utils/money';
import type { PanelText } from './text';

/** Enough to find by eye in a 360 px column; more is what search is for. */
const SHOWN_MAX = 30;

interface Props {
  products: StoredProduct[] | undefined;
  query: string;
  onQuery: (query: string) => void;
  pickedSku?: string;
  onPick: (product: StoredProduct) => void;
  text: PanelText;
}

export function ProductPicker({ products, query, onQuery, pickedSku, onPick, text: { t } }: Props) {
  const index = useMemo(() => buildIndex(products ?? [], () => []), [products]);
  const matches = useMemo(() => filterIndex(index, query, 'all'), [index, query]);
  const shown = matches.slice(0, SHOWN_MAX);
  const searching = query.trim() !== '';

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
        value={query}
        placeholder={t('searchPlaceholder')}
        onChange={(e) => onQuery(e.target.value)}
      />
      <h2 id="picker-heading" className="subheading" aria-live="polite">
        {searching ? t('results', { count: matches.length }) : t('recent')}
      </h2>
      {products === undefined ? (
        <p className="muted">{t('loading')}</p>
      ) : products.length === 0 ? (
        <p className="muted">{t('emptyCatalogue')}</p>
      ) : shown.length === 0 ? (
        <p className="muted">{t('noMatch')}</p>
      ) : (
        <ul className="product-list">
          {shown.map(({ product }) => (
            <li key={product.sku}>
              <button
                type="button"
                className="product"
                data-testid="panel-product"
                data-sku={product.sku}
                aria-pressed={product.sku === pickedSku}
                onClick={() => onPick(product)}
              >
                <Thumb product={product} />
                <span className="product-text">
                  <span className="product-name">{product.name}</span>
                  <span className="product-meta">
                    {product.sku} · {formatRupiah(product.price)} · {product.stock}
                  </span>
                </span>
                {product.sku === pickedSku && <span className="badge">{t('picked')}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Thumb({ product }: { product: StoredProduct }) {
  const blob = product.photos[0]?.blob;
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!blob) return;
    const objectUrl = URL.createObjectURL(blob);
    setUrl(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, [blob]);
  return url ? <img className="thumb" src={url} alt="" /> : <span className="thumb thumb-empty" aria-hidden="true" />;
}
