/** The one "Terbitkan ke semua" dialog of the catalogue, for the product the UI store names. */
import { useUiStore } from '@/utils/ui-store';
import { PublishDialog } from './PublishDialog';

export function PublishDialogHost() {
  const sku = useUiStore((s) => s.publishing);
  const close = useUiStore((s) => s.closePublish);
  return sku ? <PublishDialog key={sku} sku={sku} onClose={close} /> : null;
}
