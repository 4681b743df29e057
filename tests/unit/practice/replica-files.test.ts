// @vitest-environment node
// The practice pages load exactly what each replica's add.html lists (entrypoints/practice/replica.ts);
// every one of those files must be in the build, or a practice page breaks only once installed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLATFORM_IDS } from '@/utils/platforms/hosts';
import { practiceReplicaFiles } from '../../../scripts/practice-replica-files';

const FIXTURES = path.resolve(__dirname, '../../fixtures');
const shipped = new Set(practiceReplicaFiles().map((f) => f.relativeDest));

describe('practice replica files', () => {
  it.each(PLATFORM_IDS)('%s: every style and script its add page names is shipped', (platform) => {
    const html = readFileSync(path.join(FIXTURES, platform, 'add.html'), 'utf8');
    const assets = [...html.matchAll(/(?:src|href)="\/__fixtures\/([^"]+)"/g)].map((m) => `practice/replica/${m[1]}`);
    expect(assets.length).toBeGreaterThan(3);
    expect(assets.filter((a) => !shipped.has(a))).toEqual([]);
    expect(shipped.has(`practice/replica/${platform}/add.html`)).toBe(true);
  });

  it('ships no test-only page (drift, edit, login)', () => {
    expect([...shipped].filter((f) => /(drift|edit|login)\.html$/.test(f))).toEqual([]);
  });
});
