/** One planned step as the runner would end up running it: a pending field (a section still mounting) is tried again once it mounts. */
import { fieldSpec } from '../../../utils/platforms/define';
import { executeStep, type ExecContext, type StepResult } from '../../../utils/fill/execute';
import { findField } from '../../../utils/fill/find';
import type { PlanStep } from '../../../utils/fill/plan';
import { waitFor } from '../../../utils/fill/wait';

export async function runStep(
  step: Extract<PlanStep, { action: 'fill' }>,
  ctx: Omit<ExecContext, 'taken'> & { taken?: Set<Element> },
): Promise<StepResult> {
  const full: ExecContext = { taken: new Set(), ...ctx };
  const first = await executeStep(step, full);
  if (!('pending' in first)) return first;
  const spec = fieldSpec(full.platform, step.field)!;
  await waitFor(() => !('missing' in findField(full.doc, step.field, spec)), { timeout: full.findTimeout });
  const second = await executeStep(step, full);
  if ('pending' in second) throw new Error(`${step.field} never mounted`);
  return second;
}
