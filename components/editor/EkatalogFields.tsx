/** e-Katalog (LKPP/INAPROC) fields, folded away: most sellers never need them. */
import { useTranslation } from 'react-i18next';
import { Field } from '../ui/Field';
import type { FieldErrors } from './field-errors';
import type { ProductForm } from './product-form';

interface Props {
  value: ProductForm['ekatalog'];
  errors: FieldErrors;
  onChange: (value: ProductForm['ekatalog']) => void;
}

export function EkatalogFields({ value, errors, onChange }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<ProductForm['ekatalog']>) => onChange({ ...value, ...patch });
  const filled = Boolean(value.unit || value.kbki || value.tkdn || value.pdn || value.ppn || value.sni);
  const hasError = Object.keys(errors).some((k) => k.startsWith('ekatalog'));
  return (
    <details className="editor-section ekatalog" open={filled || hasError} data-testid="ekatalog-section">
      <summary>{t('editor.ekatalog')}</summary>
      <p className="field-hint">{t('editor.ekatalogHint')}</p>
      <div className="field-grid">
        <Field field="unit" label={t('editor.unit')} hint={t('editor.unitHint')} error={errors['ekatalog.unit']}>
          <input type="text" value={value.unit} onChange={(e) => set({ unit: e.target.value })} />
        </Field>
        <Field field="kbki" label={t('editor.kbki')} error={errors['ekatalog.kbki']}>
          <input type="text" inputMode="numeric" value={value.kbki} onChange={(e) => set({ kbki: e.target.value })} />
        </Field>
        <Field label={t('editor.ppn')} hint={t('editor.ppnHint')} error={errors['ekatalog.ppn']}>
          <select value={value.ppn} onChange={(e) => set({ ppn: e.target.value as ProductForm['ekatalog']['ppn'] })} data-testid="ekatalog-ppn">
            <option value="">{t('editor.ppnUnset')}</option>
            <option value="yes">{t('editor.ppnYes')}</option>
            <option value="no">{t('editor.ppnNo')}</option>
          </select>
        </Field>
        <Field field="tkdn" label={t('editor.tkdn')} error={errors['ekatalog.tkdn']}>
          <input type="text" inputMode="decimal" value={value.tkdn} onChange={(e) => set({ tkdn: e.target.value })} />
        </Field>
        <Field label={t('editor.sni')} error={errors['ekatalog.sni']}>
          <input type="text" value={value.sni} onChange={(e) => set({ sni: e.target.value })} />
        </Field>
      </div>
      <label className="check" data-editor-field="pdn">
        <input type="checkbox" checked={value.pdn} onChange={(e) => set({ pdn: e.target.checked })} /> {t('editor.pdn')}
      </label>
    </details>
  );
}
