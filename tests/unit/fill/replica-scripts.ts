/**
 * Loads the replicas' own classic scripts (tests/fixtures) into happy-dom, so unit tests fill the same
 * widgets the end-to-end tests do: Vue-like v-model inputs, React-like controlled inputs, the shared
 * variation editor. Each load starts from a clean `window.Replica` and `window.__replica`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// a path, not a URL: happy-dom replaces the global URL class
const FIXTURES = resolve(__dirname, '../../fixtures');

export interface ReplicaStore {
  model: Record<string, unknown>;
  saved: boolean;
  log: string[];
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ReplicaLib = any;

export function loadReplicaScripts(paths: string[], { drift = false } = {}): { R: ReplicaLib; store: () => ReplicaStore } {
  const w = window as unknown as Record<string, unknown>;
  for (const key of ['Replica', '__replica', 'EDS', 'Core']) delete w[key];
  if (drift) document.documentElement.dataset.variant = 'drift';
  else delete document.documentElement.dataset.variant;
  // indirect eval: the scripts run as the page's classic scripts, in the global (happy-dom) scope
  for (const path of paths) (0, eval)(readFileSync(resolve(FIXTURES, path), 'utf8'));
  return { R: w.Replica, store: () => w.__replica as ReplicaStore };
}
