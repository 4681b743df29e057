/**
 * Live views of what publishing keeps in extension storage: each product's publish run (session
 * storage, written by the background) and the seller's per-platform rules (local storage). Watching
 * the storage item means every open dashboard tab shows the same state without asking the background.
 */
import { useEffect, useRef, useState } from 'react';
import type { PublishRun } from '@/utils/publish/publish-state';
import { publishRunsItem, readPublishRuns } from '@/utils/publish/publish-store';
import {
  DEFAULT_PUBLISH_SETTINGS,
  readPublishSettings,
  type PublishSettings,
} from '@/utils/publish/rules-setting';
import { platformRulesSetting } from '@/utils/settings';

type StorageItem = { getValue(): Promise<unknown>; watch(cb: (v: unknown) => void): () => void };

export function useStorageValue<T>(item: StorageItem, read: (raw: unknown) => T, initial: T): [T, boolean, (next: T, write: (v: T) => Promise<void>) => void] {
  const [value, setValue] = useState<T>(initial);
  const [loaded, setLoaded] = useState(false);
  // Writes of ours still on their way to storage. While any is, a storage echo is an older value than
  // the one on screen: taking it would untick a box the seller just ticked, or drop a typed letter.
  const pendingWrites = useRef(0);
  useEffect(() => {
    let alive = true;
    void item.getValue().then((raw) => {
      if (!alive) return;
      if (pendingWrites.current === 0) setValue(read(raw));
      setLoaded(true);
    });
    const unwatch = item.watch((raw) => {
      if (pendingWrites.current === 0) setValue(read(raw));
    });
    return () => {
      alive = false;
      unwatch();
    };
    // `item` and `read` are module-level constants at every call site.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  /** Shows `next` at once (a controlled input must not wait for storage) and writes it. */
  const change = (next: T, write: (v: T) => Promise<void>) => {
    setValue(next);
    pendingWrites.current += 1;
    void write(next).finally(() => {
      pendingWrites.current -= 1;
    });
  };
  return [value, loaded, change];
}

/** The publish run of one product (undefined before its first publish). */
export function usePublishRun(sku: string): PublishRun | undefined {
  const [runs] = useStorageValue(publishRunsItem, readPublishRuns, {});
  return runs[sku];
}

export function usePublishSettings(): [PublishSettings, boolean, (next: PublishSettings) => void] {
  const [settings, loaded, change] = useStorageValue(platformRulesSetting, readPublishSettings, DEFAULT_PUBLISH_SETTINGS);
  return [settings, loaded, (next) => change(next, (v) => platformRulesSetting.setValue(v))];
}
