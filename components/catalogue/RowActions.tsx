/**
 * The buttons at the end of a product row. Publishing adds its own button here: put
 * `<PublishEverywhereButton product={product} />` (data-testid="publish-everywhere", from
 * components/publish/) in the marked spot, first in the row of buttons where a seller looks first.
 */
import { useTranslation } from 'react-i18next';
import type { StoredProduct } from '../../utils/catalogue/schema';
import { useUiStore } from '../../utils/ui-store';
import { useProductActions } from './product-actions';
import { PublishEverywhereButton } from '../publish/PublishEverywhereButton';

export function RowActions({ product }: { product: StoredProduct }) {
  const { t } = useTranslation();
  const openEditor = useUiStore((s) => s.openEditor);
  const { remove, duplicate } = useProductActions();
  const name = product.name;
  return (
    <div className="row-actions">
      {/* ── publish: the "Terbitkan ke semua" button goes here ── */}
      <PublishEverywhereButton product={product} />
      <button
        type="button"
        className="btn btn-small"
        aria-label={t('catalogue.editNamed', { name })}
        data-testid="product-edit"
        onClick={() => openEditor({ mode: 'edit', sku: product.sku })}
      >
        {t('catalogue.edit')}
      </button>
      <button
        type="button"
        className="btn btn-small"
        aria-label={t('catalogue.duplicateNamed', { name })}
        data-testid="product-duplicate"
        onClick={() => void duplicate(product)}
      >
        {t('catalogue.duplicate')}
      </button>
      <button
        type="button"
        className="btn btn-small btn-danger"
        aria-label={t('catalogue.deleteNamed', { name })}
        data-testid="product-delete"
        onClick={() => void remove(product)}
      >
        {t('catalogue.delete')}
      </button>
    </div>
  );
}
