/** Practice mode (`practiceModeSetting`), read live: turning it off in one screen hides every banner. */
import { useEffect, useState } from 'react';
import { practiceModeSetting } from '../../utils/settings';

export function usePracticeMode(): [boolean | undefined, (on: boolean) => void] {
  const [on, setOn] = useState<boolean>();
  useEffect(() => {
    let alive = true;
    void practiceModeSetting.getValue().then((value) => alive && setOn(value));
    const unwatch = practiceModeSetting.watch((value) => setOn(value));
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  const set = (next: boolean) => {
    setOn(next);
    void practiceModeSetting.setValue(next);
  };
  return [on, set];
}
