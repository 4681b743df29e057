/**
 * Whether the seller folded the panel into its small tab. Kept in `panelCollapsedSetting`, which the
 * content script also watches to resize the dock: one remembered state, the same after a reload.
 */
import { useCallback, useEffect, useState } from 'react';
import { panelCollapsedSetting } from '@/utils/settings';

export function useCollapsed(): [boolean | undefined, (collapsed: boolean) => void] {
  const [collapsed, setCollapsed] = useState<boolean>();
  useEffect(() => {
    let alive = true;
    void panelCollapsedSetting.getValue().then((value) => alive && setCollapsed(value ?? false));
    const unwatch = panelCollapsedSetting.watch((value) => setCollapsed(value ?? false));
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  const choose = useCallback((next: boolean) => {
    setCollapsed(next);
    void panelCollapsedSetting.setValue(next);
  }, []);
  return [collapsed, choose];
}
