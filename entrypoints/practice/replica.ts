/**
 * The practice form is our replica of the platform's "add product" page (tests/fixtures/<platform>/),
 * copied into the build as-is by wxt.config.ts (`practice/replica/`), never forked. Its own add.html
 * says which stylesheets and classic scripts make it, in which order; we load exactly those.
 */
import type { PlatformId } from '@/utils/platforms/hosts';

/** Where wxt.config.ts copies tests/fixtures; the replicas' HTML names their assets /__fixtures/…. */
export const REPLICA_DIR = '/practice/replica/';
const FIXTURE_PREFIX = '/__fixtures/';

/** What the replica's shared core (tests/fixtures/_lib/dom.js, shell.js) leaves on window. */
export interface Replica {
  sleep(ms: number): Promise<void>;
  latency(ms: number): Promise<void>;
  saveFlow(options: SaveFlowOptions): boolean;
  store: { saved: boolean; savedId?: string };
}
export interface SaveFlowOptions {
  editUrl: (id: string) => string;
  onSaved?: (id: string) => void;
  [other: string]: unknown;
}

/** This page is on the extension's origin: the copied files are plain paths here. */
const asset = (src: string) => src.replace(FIXTURE_PREFIX, REPLICA_DIR);

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = asset(src);
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${src} did not load`));
    document.body.append(script);
  });
}

/** Loads the replica's styles and scripts in its own order; resolves with its `window.Replica`. */
export async function loadReplica(platform: PlatformId): Promise<{ replica: Replica; title: string }> {
  const response = await fetch(`${REPLICA_DIR}${platform}/add.html`);
  if (!response.ok) throw new Error(`${platform}/add.html: ${response.status}`);
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  for (const sheet of page.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet]')) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = asset(sheet.getAttribute('href') ?? '');
    document.head.append(link);
  }
  const global = window as unknown as { Replica?: Replica };
  let timedLatency = false;
  for (const script of page.querySelectorAll('script[src]')) {
    await loadScript(script.getAttribute('src') ?? '');
    // The replica core (dom.js, loaded first) waits on its practice server for "network" latency; a
    // bundled page has no server (each request would fail with a console error): it waits on a timer.
    const replica = global.Replica;
    if (replica && !timedLatency) {
      replica.latency = (ms) => replica.sleep(ms);
      timedLatency = true;
    }
  }
  if (!global.Replica) throw new Error(`${platform}: the replica did not start`);
  return { replica: global.Replica, title: page.title };
}
