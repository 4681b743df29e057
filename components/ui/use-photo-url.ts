/**
 * An object URL for a stored photo Blob, revoked when the row or thumbnail goes away: with 10,000
 * products and a virtualised list, URLs must not pile up as the seller scrolls.
 */
import { useEffect, useState } from 'react';

export function usePhotoUrl(blob: Blob | undefined): string | undefined {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!blob) {
      setUrl(undefined);
      return;
    }
    const next = URL.createObjectURL(blob);
    setUrl(next);
    return () => URL.revokeObjectURL(next);
  }, [blob]);
  return url;
}
