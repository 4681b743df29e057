/** The workshop helpers' rules as tables: which settings a reset removes, how the tour is remembered, which steps show. */
import { describe, expect, it } from 'vitest';
import { keysToReset } from '@/utils/workshop/reset';
import { markTourDueAfterSample, readTourStatus, tourStatusItem, tourStatusOnClose } from '@/utils/workshop/tour-setting';
import { resolveTourSteps, TOUR_STEPS } from '@/components/tour/tour-steps';

describe('Atur ulang latihan: storage.local keys removed', () => {
  it.each([
    { stored: ['language', 'language$', 'presenterMode', 'presenterMode$'], removed: [] },
    { stored: ['enabledPlatforms', 'enabledPlatforms$', 'platformRules', 'tourStatus', 'language'], removed: ['enabledPlatforms', 'enabledPlatforms$', 'platformRules', 'tourStatus'] },
    // a setting added later (practice mode, the stock ledger) goes back to its default too
    { stored: ['practiceMode', 'stockLedger', 'presenterMode'], removed: ['practiceMode', 'stockLedger'] },
  ])('$stored → removes $removed', ({ stored, removed }) => {
    expect(keysToReset(stored)).toEqual(removed);
  });
});

describe('the tour is remembered', () => {
  it.each([
    { index: 0, count: 7, status: 'skipped' },
    { index: 5, count: 7, status: 'skipped' },
    { index: 6, count: 7, status: 'done' },
    { index: undefined, count: 7, status: 'skipped' },
  ])('closed on step $index of $count → $status', ({ index, count, status }) => {
    expect(tourStatusOnClose(index, count)).toBe(status);
  });

  it('loading the sample makes a never-seen tour due, never one already done or skipped', async () => {
    expect(await readTourStatus()).toBe('new');
    await markTourDueAfterSample();
    expect(await readTourStatus()).toBe('due');
    await tourStatusItem.setValue('skipped');
    await markTourDueAfterSample();
    expect(await readTourStatus()).toBe('skipped');
  });

  it('a stored value that is not a status reads as new', async () => {
    await tourStatusItem.setValue('banana' as never);
    expect(await readTourStatus()).toBe('new');
  });
});

describe('tour steps on the page', () => {
  const ids = (present: string[]) => resolveTourSteps((s) => present.some((p) => s.includes(p))).map((s) => `${s.id}:${s.target.element ?? 'centre'}`);

  it('a full dashboard: every step but the practice pages, each at its first target', () => {
    const steps = ids(['product-edit', 'nav-readiness', 'publish-everywhere', 'attention-badges', 'help-menu']);
    expect(steps.map((s) => s.split(':')[0])).toEqual(['welcome', 'edit', 'readiness', 'publish', 'report', 'fix', 'help']);
    expect(steps[1]).toContain('product-edit');
    expect(steps[5]).toContain('attention-badges');
  });

  it('an empty catalogue: "Tambah produk" for the edit step, no publish step, fix in the centre', () => {
    const steps = ids(['product-add', 'nav-readiness', 'help-menu']);
    expect(steps).toEqual([
      'welcome:centre',
      'edit:[data-testid="product-add"]',
      'readiness:[data-testid="nav-readiness"]',
      'report:centre',
      'fix:centre',
      'help:[data-testid="help-menu"]',
    ]);
  });

  it('the Latihan menu, once the dashboard has it, gets its step after publish', () => {
    const steps = ids(['product-edit', 'publish-everywhere', 'practice-menu']).map((s) => s.split(':')[0]);
    expect(steps.indexOf('practice')).toBe(steps.indexOf('publish') + 1);
    expect(TOUR_STEPS.some((s) => s.id === 'practice')).toBe(true);
  });
});
