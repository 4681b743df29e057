/**
 * The buttons at the end of a product row: "Terbitkan ke semua" first (where a seller looks first),
 * then edit, duplicate, delete. Words come from the list (`RowText`), not from hooks per row.
 */
import type { StoredProduct } from '../../utils/catalogue/schema';
import { useUiStore } from '../../utils/ui-store';
import { PublishEverywhereButton } from '../publish/PublishEverywhereButton';
import { useProductActions } from './product-actions';
import type { RowText } from './row-text';

export function RowActions({ product, text }: { product: StoredProduct; text: RowText }) {
  const openEditor = useUiStore((s) => s.openEditor);
  const { remove, duplicate } = useProductActions();
  const name = product.name;
  return (
    <div className="row-actions">
      <PublishEverywhereButton product={product} text={text.publish} />
      <button
        type="button"
        className="btn btn-small"
        aria-label={text.edit.named(name)}
        data-testid="product-edit"
        onClick={() => openEditor({ mode: 'edit', sku: product.sku })}
      >
        {text.edit.label}
      </button>
      <button
        type="button"
        className="btn btn-small"
        aria-label={text.duplicate.named(name)}
        data-testid="product-duplicate"
        onClick={() => void duplicate(product)}
      >
        {text.duplicate.label}
      </button>
      <button
        type="button"
        className="btn btn-small btn-danger"
        aria-label={text.remove.named(name)}
        data-testid="product-delete"
        onClick={() => void remove(product)}
      >
        {text.remove.label}
      </button>
    </div>
  );
}
