/**
 * "Terbitkan ke semua" in a product row (test id `publish-everywhere`). The dialog it opens is a native
 * modal <dialog>, drawn in the browser's top layer, so the virtualised row's transform cannot clip it.
 */
import { useState } from 'react';
import type { StoredProduct } from '@/utils/catalogue/schema';
import { PublishDialog } from './PublishDialog';
import { PUBLISH_TEXT, usePublishText } from './text';

export function PublishEverywhereButton({ product }: { product: StoredProduct }) {
  const { tr } = usePublishText();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="btn btn-small btn-primary"
        data-testid="publish-everywhere"
        aria-label={tr(PUBLISH_TEXT.publishNamed, { name: product.name })}
        onClick={() => setOpen(true)}
      >
        {tr(PUBLISH_TEXT.publishEverywhere)}
      </button>
      {open && <PublishDialog sku={product.sku} onClose={() => setOpen(false)} />}
    </>
  );
}
