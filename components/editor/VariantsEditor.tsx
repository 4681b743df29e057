/**
 * Up to two option groups (e.g. Warna × Ukuran); a row per combination with its own SKU, price and
 * stock. Rows follow the groups as the seller types (see variants.ts), keeping what was already filled.
 */
import { useTranslation } from 'react-i18next';
import { FieldError } from '../ui/Field';
import { RupiahInput } from '../ui/RupiahInput';
import type { FieldErrors } from './field-errors';
import { MAX_OPTION_GROUPS, splitValues, type OptionGroupDraft, type VariantRowDraft } from './variants';

interface Props {
  groups: OptionGroupDraft[];
  rows: VariantRowDraft[];
  errors: FieldErrors;
  onGroups: (groups: OptionGroupDraft[]) => void;
  onRows: (rows: VariantRowDraft[]) => void;
}

export function VariantsEditor({ groups, rows, errors, onGroups, onRows }: Props) {
  const { t } = useTranslation();
  const setGroup = (i: number, patch: Partial<OptionGroupDraft>) =>
    onGroups(groups.map((g, j) => (j === i ? { ...g, ...patch } : g)));
  const setRow = (i: number, patch: Partial<VariantRowDraft>) => onRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  return (
    <fieldset className="variants" data-testid="variants-editor" data-editor-field="variants">
      <legend>{t('variants.title')}</legend>
      <p className="field-hint">{t('variants.hint')}</p>
      {groups.length === 0 && <p className="muted">{t('variants.none')}</p>}
      <div className="variant-groups">
        {groups.map((group, i) => (
          <div className="variant-group" key={i} data-testid="variant-group">
            <div className="field">
              <label htmlFor={`variant-group-name-${i}`}>{t('variants.groupName')} {i + 1}</label>
              <input
                id={`variant-group-name-${i}`}
                type="text"
                value={group.name}
                placeholder={t('variants.groupNamePlaceholder')}
                aria-invalid={errors[`variants.groups.${i}.name`] ? true : undefined}
                onChange={(e) => setGroup(i, { name: e.target.value })}
              />
              <FieldError error={errors[`variants.groups.${i}.name`]} />
            </div>
            <div className="field field-wide">
              <label htmlFor={`variant-group-values-${i}`}>{t('variants.groupValues')}</label>
              <input
                id={`variant-group-values-${i}`}
                type="text"
                value={group.values}
                placeholder={t('variants.groupValuesPlaceholder')}
                aria-invalid={errors[`variants.groups.${i}.values`] ? true : undefined}
                onChange={(e) => setGroup(i, { values: e.target.value })}
              />
              <ul className="value-chips" aria-hidden="true">
                {splitValues(group.values).map((v) => (
                  <li key={v} className="badge">
                    {v}
                  </li>
                ))}
              </ul>
              <FieldError error={errors[`variants.groups.${i}.values`]} />
            </div>
            <button
              type="button"
              className="btn btn-small btn-danger variant-remove"
              onClick={() => onGroups(groups.filter((_, j) => j !== i))}
            >
              {t('variants.removeGroup')}
            </button>
          </div>
        ))}
      </div>
      {groups.length < MAX_OPTION_GROUPS ? (
        <button
          type="button"
          className="btn btn-small"
          data-testid="variant-add-group"
          onClick={() => onGroups([...groups, { name: '', values: '' }])}
        >
          + {t('variants.addGroup')}
        </button>
      ) : (
        <p className="field-hint">{t('variants.maxGroups')}</p>
      )}
      <FieldError error={errors.variants} />

      {rows.length > 0 && (
        // Scrolls sideways when narrow rather than squeeze a price to "Rp67".
        <div className="variant-table-scroll">
        <table className="variant-table" data-testid="variant-table">
          <caption className="visually-hidden">{t('variants.count', { count: rows.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('variants.combination')}</th>
              <th scope="col">SKU</th>
              <th scope="col">{t('editor.price')}</th>
              <th scope="col">{t('editor.stock')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => {
              const combo = Object.values(row.options).join(' / ');
              const err = (k: string) => errors[`variants.rows.${i}.${k}`];
              return (
                <tr key={combo} data-testid="variant-row" data-sku={row.sku}>
                  <th scope="row">{combo}</th>
                  <td>
                    <input
                      type="text"
                      aria-label={`SKU ${combo}`}
                      value={row.sku}
                      aria-invalid={err('sku') ? true : undefined}
                      onChange={(e) => setRow(i, { sku: e.target.value })}
                    />
                    <FieldError error={err('sku')} />
                  </td>
                  <td>
                    <RupiahInput
                      aria-label={`${t('editor.price')} ${combo}`}
                      value={row.price}
                      aria-invalid={err('price') ? true : undefined}
                      onChange={(price) => setRow(i, { price })}
                    />
                    <FieldError error={err('price')} />
                  </td>
                  <td>
                    <input
                      type="text"
                      inputMode="numeric"
                      aria-label={`${t('editor.stock')} ${combo}`}
                      value={row.stock}
                      aria-invalid={err('stock') ? true : undefined}
                      onChange={(e) => setRow(i, { stock: e.target.value })}
                    />
                    <FieldError error={err('stock')} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        </div>
      )}
    </fieldset>
  );
}
