/**
 * The one wait of the engine: re-checks a condition whenever the page's DOM changes, gives up after a
 * timeout. Built on MutationObserver rather than polling because publish opens tabs in the background,
 * where Chromium throttles timers to once a second or less; DOM changes still arrive promptly.
 */
export interface WaitOptions {
  timeout?: number;
  /** what to observe (default: the whole document) */
  root?: Node;
  signal?: AbortSignal;
}

/** Calls `done` after `ms`; returns a cancel. */
export type Deadline = (ms: number, done: () => void) => () => void;

const pageTimer: Deadline = (ms, done) => {
  const timer = setTimeout(done, ms);
  return () => clearTimeout(timer);
};
let deadline: Deadline = pageTimer;

/**
 * How waits time out. A background tab's timers wake at most once a second in Chromium, so a 300 ms
 * "is this field coming?" wait cost up to 1.3 s in each tab publish fills; the seller-centre content
 * script times them by the service worker while its tab is hidden (entrypoints/seller.content/deadline.ts).
 */
export function timeDeadlinesWith(next: Deadline): void {
  deadline = next;
}

/** The runtime port a hidden tab's deadlines are timed over (the background answers it). */
export const DEADLINE_PORT = 'serentak-deadline';

/** Resolves with the first truthy result of `check`, or null on timeout or abort. Never rejects. */
export function waitFor<T>(check: () => T | null | undefined | false, options: WaitOptions = {}): Promise<T | null> {
  const { timeout = 3000, signal } = options;
  const first = safeCheck(check);
  if (first) return Promise.resolve(first);
  if (signal?.aborted || timeout <= 0) return Promise.resolve(null);
  const root = options.root ?? document.documentElement ?? document;
  return new Promise((resolve) => {
    let done = false;
    const finish = (value: T | null) => {
      if (done) return;
      done = true;
      observer.disconnect();
      cancel();
      signal?.removeEventListener('abort', onAbort);
      resolve(value);
    };
    const onAbort = () => finish(null);
    const observer = new MutationObserver(() => {
      const value = safeCheck(check);
      if (value) finish(value);
    });
    observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
    const cancel = deadline(timeout, () => finish(safeCheck(check) || null));
    signal?.addEventListener('abort', onAbort);
  });
}

function safeCheck<T>(check: () => T | null | undefined | false): T | null {
  try {
    return check() || null;
  } catch {
    return null;
  }
}

/**
 * Let the page's own handlers (microtasks, a framework's scheduled re-render) run before looking again.
 * A MessageChannel task, not setTimeout: background tabs throttle timers to about one a second, which
 * would turn thirty small pauses into thirty seconds.
 */
export function settle(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(0);
  });
}

/**
 * The settle window: resolves true once the page has been still for `quietMs` (no DOM change and no
 * network request of the page finishing: the replicas and the real seller centres load options and
 * sections over the network), false if it is still busy at `timeout`. Timed by the same pluggable
 * deadline as `waitFor`, so a hidden tab's window is not stretched to a second per timer; activity only
 * notes a time and the one timer re-arms for what is left, so a busy page costs no timer per change.
 */
export function quiet(quietMs: number, timeout: number, signal?: AbortSignal): Promise<boolean> {
  const end = Date.now() + timeout;
  let last = Date.now();
  let cancel = () => {};
  const touch = () => (last = Date.now());
  const observer = new MutationObserver(touch);
  observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  let network: PerformanceObserver | undefined;
  try {
    network = new PerformanceObserver(touch);
    network.observe({ type: 'resource' });
  } catch {
    // no PerformanceObserver (happy-dom): DOM stillness alone
  }
  return new Promise<boolean>((resolve) => {
    const finish = (still: boolean) => {
      cancel();
      signal?.removeEventListener('abort', onAbort);
      resolve(still);
    };
    const onAbort = () => finish(false);
    const arm = (ms: number) => {
      cancel = deadline(ms, () => {
        const now = Date.now();
        if (now - last >= quietMs - 1 || now >= end) finish(now - last >= quietMs - 1);
        else arm(Math.min(quietMs - (now - last), end - now));
      });
    };
    if (signal?.aborted) return finish(false);
    arm(Math.min(quietMs, timeout));
    signal?.addEventListener('abort', onAbort);
  }).finally(() => {
    observer.disconnect();
    network?.disconnect();
  });
}
