/**
 * One labelled form field with its hint and its error right beside it (the error in the seller's
 * language, announced to screen readers through aria-describedby).
 */
import { cloneElement, useId, type ReactElement } from 'react';
import type { Bilingual } from '../../utils/bilingual';
import { pick } from '../../utils/i18n';
import { useTranslation } from 'react-i18next';

interface FieldProps {
  label: string;
  hint?: string;
  error?: Bilingual;
  /** the input; gets id, aria-invalid and aria-describedby */
  children: ReactElement<Record<string, unknown>>;
  className?: string;
  /** the catalogue field this is (`data-editor-field`), so a readiness reason can bring the seller here */
  field?: string;
}

export function Field({ label, hint, error, children, className, field }: FieldProps) {
  useTranslation(); // re-render on language change so the error follows it
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field ${className ?? ''}`} data-editor-field={field}>
      <label htmlFor={id}>{label}</label>
      {cloneElement(children, { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={errorId} data-testid="field-error">
          {pick(error)}
        </p>
      )}
    </div>
  );
}

/** An error for something that is not a single input (a group of inputs, a table row). */
export function FieldError({ error }: { error?: Bilingual }) {
  useTranslation();
  if (!error) return null;
  return (
    <p className="field-error" data-testid="field-error">
      {pick(error)}
    </p>
  );
}
