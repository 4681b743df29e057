/**
 * Variant grids (up to two option groups, e.g. Warna × Ukuran, each combination with its own price,
 * stock and SKU). Placeholder until the replicas show the grid's shape.
 */
import type { Listing } from './types';
import type { Outcome, WidgetContext } from './widgets';

export async function fillVariants(_section: Element, _variants: NonNullable<Listing['variants']>, _ctx: WidgetContext): Promise<Outcome> {
  return { status: 'failed', why: 'didNotStick' };
}
