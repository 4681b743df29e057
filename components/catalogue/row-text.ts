/**
 * The words of a product row, made once per language for the whole list and handed to every row.
 * Rows are re-filled with other products on each search keystroke; an i18next `t` call per label and a
 * `useTranslation` hook per row component were a large share of that work (see docs/benchmarks.md).
 * A label naming the product is translated once around a marker and filled by plain string joins.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { pickText } from '../../utils/bilingual';
import type { Language } from '../../utils/i18n';
import { PUBLISH_TEXT } from '../publish/text';

/** Stands for the product's name while a label is translated (no seller types a NUL). */
const NAME = '\u0000';

export interface ActionText {
  label: string;
  /** e.g. "Ubah Keripik Balado": the button's accessible name, unique in the list */
  named: (name: string) => string;
}

export interface RowText {
  language: Language;
  /** for the rare parts (listing chips) that still format their own words */
  t: TFunction;
  noPhoto: string;
  variantCount: (count: number) => string;
  publish: ActionText;
  edit: ActionText;
  duplicate: ActionText;
  remove: ActionText;
}

function aroundName(template: string): ActionText['named'] {
  const [before = '', after = ''] = template.split(NAME);
  return (name) => before + name + after;
}

export function makeRowText(t: TFunction, language: Language): RowText {
  const action = (label: string, named: string): ActionText => ({ label, named: aroundName(named) });
  const tn = (key: string) => t(key, { name: NAME });
  const variantCounts = new Map<number, string>();
  return {
    language,
    t,
    noPhoto: t('catalogue.noPhoto'),
    variantCount: (count) => {
      let text = variantCounts.get(count);
      if (text === undefined) variantCounts.set(count, (text = t('catalogue.variantCount', { count })));
      return text;
    },
    publish: action(pickText(PUBLISH_TEXT.publishEverywhere, language), pickText(PUBLISH_TEXT.publishNamed, language, { name: NAME })),
    edit: action(t('catalogue.edit'), tn('catalogue.editNamed')),
    duplicate: action(t('catalogue.duplicate'), tn('catalogue.duplicateNamed')),
    remove: action(t('catalogue.delete'), tn('catalogue.deleteNamed')),
  };
}

export function useRowText(): RowText {
  const { t, i18n } = useTranslation();
  const language: Language = i18n.language === 'en' ? 'en' : 'id';
  return useMemo(() => makeRowText(t, language), [t, language]);
}
