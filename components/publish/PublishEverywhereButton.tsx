/**
 * "Terbitkan ke semua" in a product row (test id `publish-everywhere`). It only names the product to the
 * UI store: the dialog is drawn once, by the catalogue (`PublishDialogHost`), because list rows are
 * reused for other products as the seller searches and must hold no state of their own.
 */
import type { StoredProduct } from '@/utils/catalogue/schema';
import { useUiStore } from '@/utils/ui-store';
import type { ActionText } from '../catalogue/row-text';

export function PublishEverywhereButton({ product, text }: { product: StoredProduct; text: ActionText }) {
  return (
    <button
      type="button"
      className="btn btn-small btn-primary"
      data-testid="publish-everywhere"
      aria-label={text.named(product.name)}
      onClick={() => useUiStore.getState().openPublish(product.sku)}
    >
      {text.label}
    </button>
  );
}
