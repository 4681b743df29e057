/** Why a product needs attention ("Belum ada foto", "Stok habis"), as small badges in the row. */
import type { Bilingual } from '../../utils/bilingual';
import { pick, type Language } from '../../utils/i18n';

const SHOWN = 3;

export function AttentionBadges({ reasons, language }: { reasons: Bilingual[]; language: Language }) {
  if (reasons.length === 0) return null;
  const rest = reasons.slice(SHOWN).map((r) => pick(r, language));
  return (
    <ul className="badges" data-testid="attention-badges">
      {reasons.slice(0, SHOWN).map((reason) => (
        <li key={reason.id} className="badge badge-warn">
          {pick(reason, language)}
        </li>
      ))}
      {rest.length > 0 && (
        <li className="badge badge-warn" title={rest.join(', ')}>
          +{rest.length}
        </li>
      )}
    </ul>
  );
}
