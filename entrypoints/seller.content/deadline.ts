/**
 * The engine's wait deadlines, timed by the service worker while this tab is hidden. Chromium wakes a
 * hidden tab's timers at most once a second (https://developer.chrome.com/blog/background_tabs), and
 * publish fills its pages in background tabs: each "is this field still coming?" wait that ran out
 * (300 ms for a field the form does not have) cost up to 1.3 s there. The service worker's timers are
 * not throttled and its reply arrives as a message, at once. The page timer stays as the fallback
 * (a worker that does not answer only costs the throttled time); whichever comes first wins.
 */
import { browser, type Browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { DEADLINE_PORT, timeDeadlinesWith } from '@/utils/fill/wait';

export function timeDeadlinesInBackground(ctx: ContentScriptContext): void {
  let port: Browser.runtime.Port | undefined;
  const due = new Map<number, () => void>();
  let last = 0;

  timeDeadlinesWith((ms, done) => {
    const id = ++last;
    const fire = () => due.delete(id) && done();
    const timer = setTimeout(fire, ms);
    due.set(id, fire);
    if (document.hidden && ctx.isValid) {
      if (!port) {
        port = browser.runtime.connect({ name: DEADLINE_PORT });
        port.onMessage.addListener((answered: number) => due.get(answered)?.());
        port.onDisconnect.addListener(() => (port = undefined));
      }
      port.postMessage({ id, ms });
    }
    return () => {
      due.delete(id);
      clearTimeout(timer);
    };
  });
  ctx.onInvalidated(() => port?.disconnect());
}
