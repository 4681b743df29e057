/** The workshop helpers' words in both languages, merged into the app's one i18next resource. */
import { workshopId } from './id';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
export type WorkshopMessages = Shape<typeof workshopId>;

export { workshopId };
export { workshopEn } from './en';
