/**
 * The editor's form state: the fields as typed, and the variant rows kept in step with the option
 * groups and the SKU (a generated variant SKU follows the product SKU until the seller edits it).
 */
import { useCallback, useState } from 'react';
import type { StoredProduct } from '../../utils/catalogue/schema';
import type { FieldErrors } from './field-errors';
import { productToForm, type ProductForm } from './product-form';
import { syncVariantRows, variantSku, type OptionGroupDraft } from './variants';

export function useProductForm(existing: StoredProduct | undefined) {
  const [form, setForm] = useState<ProductForm>(() => productToForm(existing));
  const [errors, setErrors] = useState<FieldErrors>({});

  const update = useCallback((patch: Partial<ProductForm>) => {
    setForm((prev) => {
      const next = { ...prev, ...patch };
      if (patch.sku !== undefined && patch.sku !== prev.sku) {
        next.variantRows = prev.variantRows.map((row) =>
          row.sku === variantSku(prev.sku, row.options) ? { ...row, sku: variantSku(patch.sku!, row.options) } : row,
        );
      }
      return next;
    });
    // A field the seller is fixing loses its old error at once.
    setErrors((prev) => {
      const touched = Object.keys(patch).map((k) => (['length', 'width', 'height'].includes(k) ? 'dimensions' : k));
      const stale = Object.keys(prev).filter((key) => touched.some((k) => key === k || key.startsWith(`${k}.`)));
      if (stale.length === 0) return prev;
      const next = { ...prev };
      for (const key of stale) delete next[key];
      return next;
    });
  }, []);

  const setGroups = useCallback((optionGroups: OptionGroupDraft[]) => {
    setForm((prev) => ({
      ...prev,
      optionGroups,
      variantRows: syncVariantRows(optionGroups, prev.variantRows, { sku: prev.sku, price: prev.price }),
    }));
  }, []);

  return { form, errors, setErrors, update, setGroups };
}
