/**
 * What the row buttons do: duplicate, and delete with "Urungkan" (undo). The removed product (photos
 * included) is held only by the toast's undo action, so undo puts it back exactly as it was.
 */
import { catalogue } from '../../utils/catalogue/api';
import type { StoredProduct } from '../../utils/catalogue/schema';
import { bothLanguages } from '../../utils/i18n/both-languages';
import { useUiStore, type Toast } from '../../utils/ui-store';
import { errorMessage } from '../ui/error-text';

/** A `{{name}}` message in both languages (kept by the toast, so it follows a language switch). */
export const both = bothLanguages;

// Plain functions, not hooks: every visible row offers them, and a store subscription per row would
// be re-done each time a search refills the rows. The toast is read from the store when it is needed.
const showToast = (toast: Omit<Toast, 'id'>) => useUiStore.getState().showToast(toast);

/** Deletes the product, with "Urungkan" in the toast to put it back exactly as it was. */
export async function removeProduct(product: StoredProduct): Promise<void> {
  try {
    const removed = await catalogue.remove(product.sku);
    if (!removed) return;
    showToast({
      message: both((m) => m.catalogue.deleted, { name: removed.name }),
      action: {
        label: both((m) => m.common.undo, {}),
        run: async () => {
          await catalogue.restore(removed);
          showToast({ message: both((m) => m.catalogue.restored, { name: removed.name }) });
        },
      },
    });
  } catch (error) {
    showToast({ message: errorMessage(error), tone: 'error' });
  }
}

/** Copies the product under a new SKU and says which. */
export async function duplicateProduct(product: StoredProduct): Promise<void> {
  try {
    const copy = await catalogue.duplicate(product.sku);
    showToast({ message: both((m) => m.catalogue.duplicated, { sku: copy.sku }) });
  } catch (error) {
    showToast({ message: errorMessage(error), tone: 'error' });
  }
}
