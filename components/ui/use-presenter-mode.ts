/**
 * Follows the presenter-mode setting on this page (dashboard, popup or panel): read at start, then
 * switched live when it is changed in any other extension page.
 */
import { useCallback, useEffect, useState } from 'react';
import { applyPresenterMode, presenterModeItem } from '@/utils/workshop/presenter-setting';

export function usePresenterMode(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(false);
  useEffect(() => {
    let alive = true;
    const show = (value: unknown) => {
      if (!alive) return;
      setOn(value === true);
      applyPresenterMode(value);
    };
    void presenterModeItem.getValue().then(show, () => show(false));
    const unwatch = presenterModeItem.watch(show);
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  const choose = useCallback((next: boolean) => {
    setOn(next);
    applyPresenterMode(next);
    void presenterModeItem.setValue(next);
  }, []);
  return [on, choose];
}
