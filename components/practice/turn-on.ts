import { practiceModeSetting } from '../../utils/settings';

/** Passes a value through after turning practice mode on (loading the workshop sample does this). */
export async function turnPracticeModeOn<T>(value: T): Promise<T> {
  await practiceModeSetting.setValue(true);
  return value;
}
