/**
 * A short notice per shop whose session expired (a push or a scheduled check met its login page): the
 * seller logs in there, then "Sinkronkan stok sekarang" or the next check carries on.
 */
import { useTranslation } from 'react-i18next';
import type { PlatformId } from '@/utils/platforms/hosts';
import { PLATFORM_NAMES } from '../settings/platform-names';
import { useStockStatuses } from './use-stock';

export function StockLoginNotice() {
  const { t } = useTranslation();
  const platforms = [...new Set(Object.values(useStockStatuses()).filter((s) => s.state === 'needs-login').map((s) => s.platform))] as PlatformId[];
  if (platforms.length === 0) return null;
  return (
    <>
      {platforms.map((platform) => (
        <p key={platform} className="notice notice-error" role="status" data-testid="stock-login-notice" data-platform={platform}>
          {t('stock.loginNotice', { platform: PLATFORM_NAMES[platform] })}
        </p>
      ))}
    </>
  );
}
