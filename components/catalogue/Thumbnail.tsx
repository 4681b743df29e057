/** The cover photo of a product, from its stored Blob (no copy, no re-encode). */
import type { StoredPhoto } from '../../utils/catalogue/schema';
import { usePhotoUrl } from '../ui/use-photo-url';

export function Thumbnail({ photo, label, size = 48 }: { photo?: StoredPhoto; label: string; size?: number }) {
  const url = usePhotoUrl(photo?.blob);
  if (!photo) return <div className="thumb thumb-empty" style={{ width: size, height: size }} title={label} aria-label={label} role="img" />;
  return <img className="thumb" src={url} alt="" width={size} height={size} loading="lazy" decoding="async" />;
}
