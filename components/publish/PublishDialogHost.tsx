/**
 * The one "Terbitkan ke semua" dialog of the catalogue, for the product the UI store names. Its code
 * (readiness of every platform, the live states) loads on the first click, not before the list.
 */
import { lazy, Suspense } from 'react';
import { useUiStore } from '@/utils/ui-store';

const PublishDialog = lazy(() => import('./PublishDialog').then((m) => ({ default: m.PublishDialog })));

export function PublishDialogHost() {
  const sku = useUiStore((s) => s.publishing);
  const close = useUiStore((s) => s.closePublish);
  if (!sku) return null;
  return (
    <Suspense fallback={null}>
      <PublishDialog key={sku} sku={sku} onClose={close} />
    </Suspense>
  );
}
