/**
 * Languages everywhere (issue 10): a text in one language and not the other is a seller reading a key
 * name, or Bahasa in the middle of English. Fails when any locale resource (the app's, the workshop
 * helpers' and tour's, the manifest's _locales, and the `{ id, en }` tables) has a key or a text in one
 * language only, and when a key used in the code (`t('…')`, the tour's steps, the dashboard's sections)
 * is in no resource. The code is scanned as text: a key spelled in a string is checked, wherever it is.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { i18n } from '@/utils/i18n';
import { id } from '@/utils/i18n/id';
import { en } from '@/utils/i18n/en';
import { workshopEn, workshopId } from '@/utils/i18n/workshop';
import { READINESS_NAV_KEY } from '@/components/publish/nav-label';
import { PUBLISH_TEXT } from '@/components/publish/text';
import { FIELD_NAMES } from '@/components/panel/text';
import { TOUR_STEPS } from '@/components/tour/tour-steps';

const ROOT = path.resolve(__dirname, '../../..');

/** "a.b.c" for every string leaf. */
function leafKeys(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix];
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => leafKeys(v, prefix ? `${prefix}.${k}` : k));
}

function leafTexts(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => leafTexts(v, prefix ? `${prefix}.${k}` : k));
}

function onlyIn(a: unknown, b: unknown): string[] {
  const other = new Set(leafKeys(b));
  return leafKeys(a).filter((k) => !other.has(k));
}

function emptyTexts(value: unknown): string[] {
  return leafTexts(value)
    .filter(([, text]) => text.trim() === '')
    .map(([key]) => key);
}

/** Every `{ id, en }` pair in a table, by its path. */
function bilingualPairs(value: unknown, prefix = ''): [string, { id: unknown; en: unknown }][] {
  if (!value || typeof value !== 'object') return [];
  if ('id' in value || 'en' in value) return [[prefix, value as { id: unknown; en: unknown }]];
  return Object.entries(value).flatMap(([k, v]) => bilingualPairs(v, prefix ? `${prefix}.${k}` : k));
}

const resources = [
  { name: 'utils/i18n (id.ts, en.ts)', id, en },
  { name: 'utils/i18n/workshop (help, tour, reset)', id: workshopId, en: workshopEn },
  {
    name: 'public/_locales (manifest)',
    id: JSON.parse(readFileSync(path.join(ROOT, 'public/_locales/id/messages.json'), 'utf8')),
    en: JSON.parse(readFileSync(path.join(ROOT, 'public/_locales/en/messages.json'), 'utf8')),
  },
  // what the pages really load: the files above merged, plus what features add at run time (nav.readiness)
  { name: 'the i18next instance', id: i18n.getResourceBundle('id', 'translation'), en: i18n.getResourceBundle('en', 'translation') },
];

describe('every locale resource has the same keys in Bahasa Indonesia and English', () => {
  for (const r of resources) {
    it(r.name, () => {
      expect(onlyIn(r.id, r.en), `keys in Bahasa Indonesia with no English (${r.name})`).toEqual([]);
      expect(onlyIn(r.en, r.id), `keys in English with no Bahasa Indonesia (${r.name})`).toEqual([]);
      expect(emptyTexts(r.id), `empty Bahasa Indonesia texts (${r.name})`).toEqual([]);
      expect(emptyTexts(r.en), `empty English texts (${r.name})`).toEqual([]);
    });
  }

  it('the { id, en } tables (publishing, the panel field names) have both texts', () => {
    const missing = [...bilingualPairs(PUBLISH_TEXT, 'PUBLISH_TEXT'), ...bilingualPairs(FIELD_NAMES, 'FIELD_NAMES')]
      .filter(([, pair]) => typeof pair.id !== 'string' || typeof pair.en !== 'string' || !pair.id.trim() || !pair.en.trim())
      .map(([key]) => key);
    expect(missing).toEqual([]);
  });

  it('a key in one language only is caught (the check itself can fail)', () => {
    expect(onlyIn({ a: { b: 'x', c: 'y' } }, { a: { b: 'x' } })).toEqual(['a.c']);
    expect(emptyTexts({ a: ' ' })).toEqual(['a']);
  });
});

// ---- keys used in the code ----

const bundle = i18n.getResourceBundle('id', 'translation') as Record<string, unknown>;

function lookup(tree: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), tree);
}

/** i18next's plurals: `t('x', { count })` reads `x_one` / `x_other`. */
function exists(tree: unknown, key: string): boolean {
  return typeof lookup(tree, key) === 'string' || typeof lookup(tree, `${key}_other`) === 'string';
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'i18n' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

interface Use {
  file: string;
  key: string;
  /** a template literal's fixed start (`editor.${k}`): that part must be a group of keys */
  prefixOnly: boolean;
}

function usedKeys(): Use[] {
  const uses: Use[] = [];
  for (const file of ['components', 'entrypoints', 'utils'].flatMap((d) => sourceFiles(path.join(ROOT, d)))) {
    const text = readFileSync(file, 'utf8');
    const rel = path.relative(ROOT, file);
    for (const m of text.matchAll(/(?<![\w$])t\(\s*(['"])([\w.-]+)\1/g)) uses.push({ file: rel, key: m[2]!, prefixOnly: false });
    for (const m of text.matchAll(/(?<![\w$])t\(\s*`([\w.-]+)\$\{/g)) uses.push({ file: rel, key: m[1]!.replace(/\.$/, ''), prefixOnly: true });
  }
  return uses;
}

describe('every key the code uses exists', () => {
  const uses = usedKeys();

  it('finds the keys (the scan is reading the code)', () => {
    expect(uses.length).toBeGreaterThan(100);
    expect(uses.some((u) => u.key === 'help.tourRestart')).toBe(true);
  });

  it("t('…') keys are in the resources (the panel's own t() reads under `panel`)", () => {
    const missing = uses
      .filter((u) => {
        // The panel's t() (usePanelText) takes keys of `panel` without the prefix.
        const inPanel = u.file.startsWith('components/panel/') && !u.key.includes('.') && !u.prefixOnly;
        const tree = inPanel ? bundle.panel : bundle;
        if (u.prefixOnly) return typeof lookup(tree, u.key) !== 'object';
        return !exists(tree, u.key);
      })
      .map((u) => `${u.file}: ${u.key}`);
    expect(missing).toEqual([]);
  });

  it("the tour's steps and the dashboard's navigation name keys that exist", () => {
    const keys = [...TOUR_STEPS.flatMap((s) => s.targets.flatMap((t) => [t.title, t.body])), READINESS_NAV_KEY, 'nav.catalogue', 'nav.settings'];
    expect(keys.filter((k) => !exists(bundle, k))).toEqual([]);
  });
});
