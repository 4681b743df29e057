// Photo URLs in the product list: ready in the first render (a reused row never shows the previous
// product's photo), shared per photo, and revoked once nothing shows the photo any more.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { livePhotoUrls, usePhotoUrl } from '@/components/ui/use-photo-url';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let host: HTMLElement;
let made = 0;
const revoked: string[] = [];
beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(URL, 'createObjectURL').mockImplementation(() => `blob:test/${++made}`);
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url) => void revoked.push(url));
  host = document.createElement('div');
  document.body.replaceChildren(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  vi.runAllTimers();
  vi.useRealTimers();
  vi.restoreAllMocks();
  revoked.length = 0;
});

function Photo({ blob }: { blob?: Blob }) {
  const url = usePhotoUrl(blob);
  return <img data-src={url ?? 'none'} />;
}
const shown = () => Array.from(host.querySelectorAll('img')).map((img) => img.dataset.src);

test('a photo has its URL in the very first render, and a reused element switches in the same render', () => {
  const a = new Blob(['a']);
  const b = new Blob(['b']);
  act(() => root.render(<Photo blob={a} />));
  const first = shown()[0];
  expect(first).toMatch(/^blob:/);
  act(() => root.render(<Photo blob={b} />));
  expect(shown()[0]).toMatch(/^blob:/);
  expect(shown()[0]).not.toBe(first);
});

test('one URL per photo however many places show it', () => {
  const a = new Blob(['a']);
  act(() => root.render(<><Photo blob={a} /><Photo blob={a} /></>));
  const [one, two] = shown();
  expect(one).toBe(two);
  expect(livePhotoUrls()).toBe(1);
});

test('a URL is revoked a moment after the last place showing it goes, not while one still does', () => {
  const a = new Blob(['a']);
  act(() => root.render(<><Photo blob={a} /><Photo blob={a} /></>));
  const url = shown()[0]!;
  act(() => root.render(<Photo blob={a} />));
  act(() => vi.advanceTimersByTime(10_000));
  expect(revoked).not.toContain(url);

  act(() => root.render(<Photo />));
  expect(shown()).toEqual(['none']);
  expect(revoked).not.toContain(url); // not at once: a re-render may show it again
  act(() => vi.advanceTimersByTime(10_000));
  expect(revoked).toContain(url);
  expect(livePhotoUrls()).toBe(0);
});
