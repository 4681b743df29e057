/**
 * Create or edit a product, in a modal dialog (Escape closes, Enter in a field saves). Every catalogue
 * field is here; validation messages sit beside their field in the seller's language.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogue, CatalogueError } from '../../utils/catalogue/api';
import type { StoredProduct } from '../../utils/catalogue/schema';
import type { FieldKey } from '../../utils/fill/types';
import type { Bilingual } from '../../utils/bilingual';
import { pick } from '../../utils/i18n';
import { useUiStore, type EditorTarget } from '../../utils/ui-store';
import { both } from '../catalogue/product-actions';
import { Dialog } from '../ui/Dialog';
import { errorMessage } from '../ui/error-text';
import { EditorFields } from './EditorFields';
import { errorText, formKeyOf, type FieldErrors } from './field-errors';
import { focusEditorField } from './focus-field';
import { formToProduct } from './product-form';
import { useProductForm } from './use-product-form';

export function ProductEditor({ target }: { target: EditorTarget }) {
  const { t } = useTranslation();
  const close = useUiStore((s) => s.closeEditor);
  const [existing, setExisting] = useState<StoredProduct | undefined | 'loading'>(
    target.mode === 'edit' ? 'loading' : undefined,
  );
  useEffect(() => {
    if (target.mode !== 'edit') return;
    let alive = true;
    void catalogue.get(target.sku).then((p) => {
      if (!alive) return;
      if (p) setExisting(p);
      else close(); // deleted in another tab meanwhile
    });
    return () => {
      alive = false;
    };
  }, [target, close]);

  const title = target.mode === 'edit' ? t('editor.titleEdit') : t('editor.titleCreate');
  return (
    <Dialog title={title} onClose={close} className="editor-dialog" testId="product-editor">
      {existing === 'loading' ? (
        <p className="editor-loading" role="status">
          <span className="spinner" aria-hidden="true" /> {t('common.loading')}
        </p>
      ) : (
        <EditorForm title={title} existing={existing} onDone={close} focus={target.mode === 'edit' ? target.focus : undefined} />
      )}
    </Dialog>
  );
}

interface EditorFormProps {
  title: string;
  existing?: StoredProduct;
  onDone: () => void;
  /** the field to start in (from a readiness reason's "Perbaiki"); the name otherwise */
  focus?: FieldKey;
}

function EditorForm({ title, existing, onDone, focus }: EditorFormProps) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  // Runs after the name field's autoFocus, so the field the seller came to fix wins.
  useEffect(() => {
    if (focus && formRef.current) focusEditorField(formRef.current, focus);
  }, [focus]);
  const showToast = useUiStore((s) => s.showToast);
  const state = useProductForm(existing);
  const { form, errors, setErrors } = state;
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<Bilingual>();

  function showErrors(next: FieldErrors) {
    setErrors(next);
    setProblem(undefined);
    // Take the seller to the first field to fix.
    requestAnimationFrame(() => document.querySelector<HTMLElement>('.editor-dialog [aria-invalid="true"]')?.focus());
  }

  async function save() {
    if (saving) return;
    const result = formToProduct(form, existing, Date.now());
    if (!result.ok) return showErrors(result.errors);
    const product = result.product;
    setSaving(true);
    try {
      const renamed = existing && existing.sku !== product.sku;
      if (!existing || renamed) {
        if (await catalogue.get(product.sku)) {
          setSaving(false);
          return showErrors({ sku: errorText('skuTaken') });
        }
      }
      await catalogue.save(product);
      if (renamed) await catalogue.remove(existing.sku);
      showToast({ message: both((m) => m.catalogue.saved, { name: product.name }) });
      onDone();
    } catch (error) {
      setSaving(false);
      if (error instanceof CatalogueError && error.issues.length > 0) {
        const next: FieldErrors = {};
        for (const issue of error.issues) next[formKeyOf(issue.path)] ??= issue.message;
        return showErrors(next);
      }
      setProblem(errorMessage(error));
    }
  }

  const errorCount = Object.keys(errors).length;
  return (
    <form
      ref={formRef}
      className="editor"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <header className="editor-head">
        <h2>{title}</h2>
        <button type="button" className="btn btn-small" onClick={onDone}>
          {t('common.close')}
        </button>
      </header>
      <div className="editor-body">
        <EditorFields {...state} />
      </div>
      <footer className="editor-foot">
        <div className="editor-status" role="alert">
          {errorCount > 0 && <span className="field-error">{t('editor.fixErrors')}</span>}
          {problem && <span className="field-error">{t('editor.saveFailed', { reason: pick(problem) })}</span>}
        </div>
        <button type="button" className="btn" onClick={onDone}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="btn btn-primary" data-testid="editor-save" disabled={saving}>
          {saving ? t('common.saving') : t('common.save')}
        </button>
      </footer>
    </form>
  );
}
