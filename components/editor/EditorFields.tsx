/**
 * Every catalogue field, grouped the way a seller thinks: what it is, what it costs and how many,
 * photos, variants, shipping, and the e-Katalog extras folded away.
 */
import { useTranslation } from 'react-i18next';
import { parseRupiah, parseWholeNumber, formatRupiah, groupThousands } from '../../utils/money';
import { Field, FieldError } from '../ui/Field';
import { RupiahInput } from '../ui/RupiahInput';
import { EkatalogFields } from './EkatalogFields';
import type { FieldErrors } from './field-errors';
import { PhotosEditor } from './PhotosEditor';
import { tidyWhole, type ProductForm } from './product-form';
import { baseFromVariants, type OptionGroupDraft } from './variants';
import { VariantsEditor } from './VariantsEditor';

interface Props {
  form: ProductForm;
  errors: FieldErrors;
  update: (patch: Partial<ProductForm>) => void;
  setGroups: (groups: OptionGroupDraft[]) => void;
}

/** What the base price and total stock will be while variants are being typed (unparsable rows skipped). */
function variantTotals(form: ProductForm): { price: string; stock: string } {
  const items = form.variantRows.map((r) => ({ price: parseRupiah(r.price), stock: parseWholeNumber(r.stock || '0') }));
  const ok = items.filter((i): i is { price: number; stock: number } => i.price !== null && i.stock !== null);
  if (ok.length === 0) return { price: '', stock: '' };
  const base = baseFromVariants(ok);
  return { price: formatRupiah(base.price), stock: groupThousands(base.stock) };
}

export function EditorFields({ form, errors, update, setGroups }: Props) {
  const { t } = useTranslation();
  const hasVariants = form.variantRows.length > 0;
  const totals = hasVariants ? variantTotals(form) : undefined;
  return (
    <>
      <div className="editor-columns">
        <section className="editor-section" aria-labelledby="editor-main">
          <h3 id="editor-main">{t('editor.sectionMain')}</h3>
          <Field field="name" label={t('editor.name')} error={errors.name}>
            <input type="text" autoFocus data-autofocus value={form.name} maxLength={300} onChange={(e) => update({ name: e.target.value })} />
          </Field>
          <Field field="sku" label={t('editor.sku')} hint={t('editor.skuHint')} error={errors.sku}>
            <input type="text" value={form.sku} autoComplete="off" spellCheck={false} onChange={(e) => update({ sku: e.target.value })} />
          </Field>
          <div className="field-row">
            <Field field="price" label={t('editor.price')} hint={hasVariants ? t('editor.priceFromVariants') : undefined} error={errors.price}>
              {totals ? (
                <input type="text" readOnly value={totals.price} />
              ) : (
                <RupiahInput value={form.price} onChange={(price) => update({ price })} />
              )}
            </Field>
            <Field field="stock" label={t('editor.stock')} hint={hasVariants ? t('editor.stockFromVariants') : undefined} error={errors.stock}>
              {totals ? (
                <input type="text" readOnly value={totals.stock} />
              ) : (
                <input
                  type="text"
                  inputMode="numeric"
                  placeholder="0"
                  value={form.stock}
                  onChange={(e) => update({ stock: e.target.value })}
                  onBlur={() => update({ stock: tidyWhole(form.stock) })}
                />
              )}
            </Field>
          </div>
          <Field field="description" label={t('editor.description')} hint={t('editor.descriptionHint')} error={errors.description}>
            <textarea rows={6} value={form.description} onChange={(e) => update({ description: e.target.value })} />
          </Field>
          <Field field="category" label={t('editor.category')} hint={t('editor.categoryHint')} error={errors.category}>
            <input type="text" value={form.category} onChange={(e) => update({ category: e.target.value })} />
          </Field>
          <div className="field-row">
            <fieldset className="field radio-group" data-editor-field="condition">
              <legend>{t('editor.condition')}</legend>
              {(['new', 'used'] as const).map((c) => (
                <label key={c} className="check">
                  <input type="radio" name="condition" value={c} checked={form.condition === c} onChange={() => update({ condition: c })} />{' '}
                  {c === 'new' ? t('editor.conditionNew') : t('editor.conditionUsed')}
                </label>
              ))}
            </fieldset>
            <fieldset className="field brand" data-editor-field="brand">
              <legend>{t('editor.brand')}</legend>
              <label className="check">
                <input type="checkbox" checked={form.noBrand} onChange={(e) => update({ noBrand: e.target.checked })} /> {t('editor.noBrand')}
              </label>
              {!form.noBrand && (
                <Field label={t('editor.brandPlaceholder')} error={errors.brand} className="field-inline">
                  <input type="text" value={form.brand} onChange={(e) => update({ brand: e.target.value })} />
                </Field>
              )}
            </fieldset>
          </div>
        </section>

        <section className="editor-section" aria-label={t('photos.title')}>
          <PhotosEditor photos={form.photos} error={errors.photos} onChange={(photos) => update({ photos })} />
          <h3>{t('editor.sectionShipping')}</h3>
          <Field field="weight" label={t('editor.weight')} hint={t('editor.weightHint')} error={errors.weight}>
            <input type="text" inputMode="numeric" value={form.weight} onChange={(e) => update({ weight: e.target.value })} />
          </Field>
          <fieldset className="field dimensions" data-editor-field="dimensions">
            <legend>{t('editor.dimensions')}</legend>
            <div className="field-row field-row-3">
              {(['length', 'width', 'height'] as const).map((k) => (
                <Field key={k} label={t(`editor.${k}`)}>
                  <input
                    type="text"
                    inputMode="decimal"
                    value={form[k]}
                    aria-invalid={errors.dimensions ? true : undefined}
                    onChange={(e) => update({ [k]: e.target.value })}
                  />
                </Field>
              ))}
            </div>
            <FieldError error={errors.dimensions} />
          </fieldset>
          <h3>{t('editor.sectionMore')}</h3>
          <Field field="minOrder" label={t('editor.minOrder')} error={errors.minOrder}>
            <input type="text" inputMode="numeric" value={form.minOrder} onChange={(e) => update({ minOrder: e.target.value })} />
          </Field>
          <label className="check" data-editor-field="preorder">
            <input type="checkbox" checked={form.preorder} onChange={(e) => update({ preorder: e.target.checked })} /> {t('editor.preorder')}
          </label>
          {form.preorder && (
            <Field label={t('editor.preorderDays')} error={errors.preorderDays}>
              <input type="text" inputMode="numeric" value={form.preorderDays} onChange={(e) => update({ preorderDays: e.target.value })} />
            </Field>
          )}
        </section>
      </div>

      <VariantsEditor
        groups={form.optionGroups}
        rows={form.variantRows}
        errors={errors}
        onGroups={setGroups}
        onRows={(variantRows) => update({ variantRows })}
      />
      <EkatalogFields value={form.ekatalog} errors={errors} onChange={(ekatalog) => update({ ekatalog })} />
    </>
  );
}
