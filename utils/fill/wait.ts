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
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      resolve(value);
    };
    const onAbort = () => finish(null);
    const observer = new MutationObserver(() => {
      const value = safeCheck(check);
      if (value) finish(value);
    });
    observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
    const timer = setTimeout(() => finish(safeCheck(check) || null), timeout);
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
