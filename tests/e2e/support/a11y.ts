// Accessibility and "is it on screen" checks for the end-to-end specs (issue 11): axe-core run on a
// screen with only serious and critical violations counted, reported so a developer can fix each one;
// and a check that a screen's main button is inside the viewport without scrolling.
import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import type { Result } from 'axe-core';

export const BLOCKING_IMPACTS = ['serious', 'critical'] as const;

export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  helpUrl: string;
  targets: string[];
  summary: string;
}

/**
 * Runs axe on `page` (every frame it can reach, so an extension iframe is included) and returns the
 * serious and critical violations. `include` narrows the run to an element (e.g. the panel's iframe on
 * a replica page, so the practice page's own markup is not judged).
 */
export async function blockingViolations(page: Page, include?: string): Promise<AxeFinding[]> {
  return (await axeScan(page, include)).blocking;
}

/** Like `blockingViolations`, and says whether axe checked anything inside an iframe. */
export async function axeScan(page: Page, include?: string): Promise<{ blocking: AxeFinding[]; checkedInFrame: boolean }> {
  let builder = new AxeBuilder({ page });
  if (include) builder = builder.include(include);
  const { violations, passes } = await builder.analyze();
  // A node inside a frame has a target of several selectors: the iframe(s), then the node.
  const checkedInFrame = [...passes, ...violations].some((r) => r.nodes.some((n) => n.target.length > 1));
  const blocking = violations
    .filter((v: Result) => (BLOCKING_IMPACTS as readonly string[]).includes(v.impact ?? ''))
    .map((v: Result) => ({
      id: v.id,
      impact: v.impact ?? '',
      help: v.help,
      helpUrl: v.helpUrl,
      targets: v.nodes.map((n) => JSON.stringify(n.target)),
      summary: v.nodes[0]?.failureSummary?.replace(/\s+/g, ' ').trim() ?? '',
    }));
  return { blocking, checkedInFrame };
}

/** One line per violation and one per element: id, impact, what to fix, where. */
export function describeViolations(screen: string, found: AxeFinding[]): string {
  if (found.length === 0) return `${screen}: no serious or critical axe violations`;
  const lines = [`${screen}: ${found.length} serious/critical axe violation(s)`];
  for (const v of found) {
    lines.push(`  - ${v.id} [${v.impact}] ${v.help} (${v.helpUrl})`);
    for (const t of v.targets) lines.push(`      target ${t}`);
    if (v.summary) lines.push(`      ${v.summary}`);
  }
  return lines.join('\n');
}

/** Soft-asserts no serious/critical violation on a screen (so every screen of a test is reported). */
export async function expectAccessible(
  page: Page,
  screen: string,
  opts: { include?: string; inFrame?: boolean } = {},
): Promise<AxeFinding[]> {
  const { blocking, checkedInFrame } = await axeScan(page, opts.include);
  expect.soft(blocking, describeViolations(screen, blocking)).toEqual([]);
  // an iframe axe could not enter would pass silently: make sure it was checked
  if (opts.inFrame) expect.soft(checkedInFrame, `${screen}: axe checked nothing inside the iframe`).toBe(true);
  return blocking;
}

export interface OnScreen {
  /** the element's box in the page's (top) viewport coordinates */
  box: { x: number; y: number; width: number; height: number };
  /** what was wrong; empty when the element is fully on screen */
  problems: string[];
}

/**
 * Is the element fully on screen as the page stands, with no scrolling? Checked, without scrolling
 * anything: its box lies inside its own document's viewport (for an element in an iframe: the frame's
 * viewport, i.e. inside the iframe's box); no scrolling ancestor clips it (a dialog's scroll area); the
 * element (not something over it) is what is at its centre; and, for an element in an iframe, its box
 * in page coordinates lies inside the iframe element's box and inside the page viewport.
 *
 * @param frameElement the <iframe> holding `target`, when `target` is in a frame (e.g. the panel)
 */
export async function onScreen(target: Locator, frameElement?: Locator): Promise<OnScreen> {
  await expect(target).toBeVisible();
  const inner = await target.evaluate((el) => {
    const problems: string[] = [];
    const r = el.getBoundingClientRect();
    const vw = document.documentElement.clientWidth || innerWidth;
    const vh = document.documentElement.clientHeight || innerHeight;
    const where = `(${Math.round(r.left)},${Math.round(r.top)})–(${Math.round(r.right)},${Math.round(r.bottom)})`;
    if (r.width === 0 || r.height === 0) problems.push(`has no size ${where}`);
    if (r.left < 0 || r.top < 0 || r.right > vw + 0.5 || r.bottom > vh + 0.5) {
      problems.push(`${where} is outside the ${window === top ? 'page' : 'frame'} viewport ${vw}×${vh}`);
    }
    for (let a = el.parentElement; a && a !== document.documentElement; a = a.parentElement) {
      const style = getComputedStyle(a);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      const c = a.getBoundingClientRect();
      if (r.left < c.left - 0.5 || r.top < c.top - 0.5 || r.right > c.right + 0.5 || r.bottom > c.bottom + 0.5) {
        const name = `${a.tagName.toLowerCase()}${a.getAttribute('data-testid') ? `[data-testid=${a.getAttribute('data-testid')}]` : ''}${a.className && typeof a.className === 'string' ? `.${a.className.trim().split(/\s+/).join('.')}` : ''}`;
        problems.push(`${where} is clipped by scrolling/overflow ancestor ${name} (${Math.round(c.left)},${Math.round(c.top)})–(${Math.round(c.right)},${Math.round(c.bottom)}); the seller has to scroll it`);
        break;
      }
    }
    if (problems.length === 0) {
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      if (!hit || !(hit === el || el.contains(hit) || (el as HTMLInputElement).labels?.[0]?.contains(hit))) {
        problems.push(`${where} is covered by ${hit ? hit.outerHTML.slice(0, 120) : 'nothing (off screen)'}`);
      }
    }
    return problems;
  });
  const box = await target.boundingBox();
  if (!box) return { box: { x: 0, y: 0, width: 0, height: 0 }, problems: [...inner, 'has no box'] };
  const problems = [...inner];
  const page = target.page();
  const viewport = page.viewportSize();
  const fmt = (b: { x: number; y: number; width: number; height: number }) =>
    `(${Math.round(b.x)},${Math.round(b.y)})–(${Math.round(b.x + b.width)},${Math.round(b.y + b.height)})`;
  const inside = (b: typeof box, o: typeof box) =>
    b.x >= o.x - 0.5 && b.y >= o.y - 0.5 && b.x + b.width <= o.x + o.width + 0.5 && b.y + b.height <= o.y + o.height + 0.5;
  if (viewport && !inside(box, { x: 0, y: 0, ...viewport })) {
    problems.push(`page box ${fmt(box)} is outside the page viewport ${viewport.width}×${viewport.height}`);
  }
  if (frameElement) {
    const frameBox = await frameElement.boundingBox();
    if (!frameBox) problems.push('its iframe has no box');
    else if (!inside(box, frameBox)) problems.push(`page box ${fmt(box)} is outside its iframe's box ${fmt(frameBox)}`);
  }
  return { box, problems: [...new Set(problems)] };
}

/** Asserts `onScreen`; the message names the screen, the button and every problem found. */
export async function expectOnScreen(screen: string, target: Locator, frameElement?: Locator): Promise<void> {
  const { problems } = await onScreen(target, frameElement);
  expect(problems, `${screen}: main button not fully on screen without scrolling:\n  ${problems.join('\n  ')}`).toEqual([]);
}
