/**
 * Which replica files the practice pages need in the build (wxt.config.ts copies them to
 * practice/replica/): the shared core (tests/fixtures/_lib) and each platform's add page with its
 * scripts and styles. Drift pages, edit pages and the login page stay test-only.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PLATFORM_IDS } from '../utils/platforms/hosts';

const FIXTURES = fileURLToPath(new URL('../tests/fixtures', import.meta.url));
const NEEDED = /^(add\.html|.*\.js|.*\.css)$/;

export function practiceReplicaFiles(): { absoluteSrc: string; relativeDest: string }[] {
  // _families: the category-picker families a test asks for with ?category=<family> on the Shopee page;
  // inert on a practice page (no such query), but the add page names it, so it must load.
  return ['_lib', '_families', ...PLATFORM_IDS].flatMap((dir) =>
    readdirSync(path.join(FIXTURES, dir))
      .filter((file) => NEEDED.test(file))
      .map((file) => ({ absoluteSrc: path.join(FIXTURES, dir, file), relativeDest: `practice/replica/${dir}/${file}` })),
  );
}
