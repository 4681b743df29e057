/**
 * Live views of what publishing keeps in extension storage: each product's publish run (session
 * storage, written by the background) and the seller's per-platform rules (local storage). Watching
 * the storage item means every open dashboard tab shows the same state without asking the background.
 */
import { useEffect, useState } from 'react';
import type { PublishRun } from '@/utils/publish/publish-state';
import { publishRunsItem, readPublishRuns } from '@/utils/publish/publish-store';
import {
  DEFAULT_PUBLISH_SETTINGS,
  readPublishSettings,
  type PublishSettings,
} from '@/utils/publish/rules-setting';
import { platformRulesSetting } from '@/utils/settings';

function useStorageValue<T>(item: { getValue(): Promise<unknown>; watch(cb: (v: unknown) => void): () => void }, read: (raw: unknown) => T, initial: T): [T, boolean] {
  const [value, setValue] = useState<T>(initial);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    let alive = true;
    void item.getValue().then((raw) => {
      if (!alive) return;
      setValue(read(raw));
      setLoaded(true);
    });
    const unwatch = item.watch((raw) => setValue(read(raw)));
    return () => {
      alive = false;
      unwatch();
    };
    // `item` and `read` are module-level constants at every call site.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return [value, loaded];
}

/** The publish run of one product (undefined before its first publish). */
export function usePublishRun(sku: string): PublishRun | undefined {
  const [runs] = useStorageValue(publishRunsItem, readPublishRuns, {});
  return runs[sku];
}

export function usePublishSettings(): [PublishSettings, boolean, (next: PublishSettings) => void] {
  const [settings, loaded] = useStorageValue(platformRulesSetting, readPublishSettings, DEFAULT_PUBLISH_SETTINGS);
  return [settings, loaded, (next) => void platformRulesSetting.setValue(next)];
}
