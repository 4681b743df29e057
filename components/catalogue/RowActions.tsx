/**
 * The buttons at the end of a product row: "Terbitkan ke semua" first (where a seller looks first),
 * then edit, duplicate, delete. Words come from the list (`RowText`) and actions read the UI store
 * when clicked: no hooks per row, so refilling a row with another product costs little.
 */
import type { StoredProduct } from '../../utils/catalogue/schema';
import { useUiStore } from '../../utils/ui-store';
import { PublishEverywhereButton } from '../publish/PublishEverywhereButton';
import { duplicateProduct, removeProduct } from './product-actions';
import type { RowText } from './row-text';

export function RowActions({ product, text }: { product: StoredProduct; text: RowText }) {
  const name = product.name;
  return (
    <div className="row-actions">
      <PublishEverywhereButton product={product} text={text.publish} />
      <button
        type="button"
        className="btn btn-small"
        aria-label={text.edit.named(name)}
        data-testid="product-edit"
        onClick={() => useUiStore.getState().openEditor({ mode: 'edit', sku: product.sku })}
      >
        {text.edit.label}
      </button>
      <button
        type="button"
        className="btn btn-small"
        aria-label={text.duplicate.named(name)}
        data-testid="product-duplicate"
        onClick={() => void duplicateProduct(product)}
      >
        {text.duplicate.label}
      </button>
      <button
        type="button"
        className="btn btn-small btn-danger"
        aria-label={text.remove.named(name)}
        data-testid="product-delete"
        onClick={() => void removeProduct(product)}
      >
        {text.remove.label}
      </button>
    </div>
  );
}
