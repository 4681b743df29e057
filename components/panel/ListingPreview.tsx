/**
 * The product as this platform will receive it (the seller's rules and the platform's limits applied),
 * with every change and warning explained, before anything touches the page.
 */
import type { Listing, ListingChange } from '@/utils/fill/types';
import { formatRupiah, groupThousands } from '@/utils/money';
import { FIELD_NAMES, type PanelText } from './text';

interface Props {
  platformLabel: string;
  listing: Listing;
  changes: ListingChange[];
  text: PanelText;
}

export function ListingPreview({ platformLabel, listing, changes, text: { t, pick } }: Props) {
  const rows: [string, string][] = [
    [pick(FIELD_NAMES.name), listing.name],
    [pick(FIELD_NAMES.price), formatRupiah(listing.price)],
    [pick(FIELD_NAMES.stock), groupThousands(listing.stock)],
    [pick(FIELD_NAMES.weight), listing.weightGrams ? `${groupThousands(listing.weightGrams)} g` : '–'],
    [pick(FIELD_NAMES.condition), listing.condition === 'used' ? t('conditionUsed') : t('conditionNew')],
    [pick(FIELD_NAMES.brand), listing.brand || t('noBrand')],
    [pick(FIELD_NAMES.category), listing.categoryPath?.join(' › ') || listing.category || '–'],
    [pick(FIELD_NAMES.photos), t('photosCount', { count: listing.photos.length })],
  ];
  return (
    <section className="preview" aria-labelledby="preview-heading" data-testid="panel-listing">
      <h2 id="preview-heading" className="subheading">
        {t('listingTitle', { platform: platformLabel })}
      </h2>
      <dl className="facts">
        {rows.map(([label, value]) => (
          <div key={label} className="fact">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h3 className="subheading">{t('changesTitle')}</h3>
      {changes.length === 0 ? (
        <p className="muted">{t('noChanges')}</p>
      ) : (
        <ul className="changes">
          {changes.map((change, i) => (
            <li key={i} className={`change change-${change.level}`} data-testid="panel-change" data-field={change.field} data-level={change.level}>
              <strong>{pick(FIELD_NAMES[change.field])}:</strong> {pick(change.message)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
