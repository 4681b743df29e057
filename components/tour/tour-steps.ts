/**
 * The guided tour as data: one round of a seller's work (add or edit a product → readiness → publish to
 * the practice pages → read the report → fix and retry). Each step points at the dashboard element it
 * explains; where a step offers several, the first one on the page is used (a product's "Ubah" button,
 * or "Tambah produk" while the catalogue is empty). A step whose element is on no page (the Latihan menu
 * before practice mode exists) is left out; a step with no element is shown in the middle of the screen.
 * `title` and `body` are i18n keys (utils/i18n/workshop).
 */
export interface TourTarget {
  element?: string;
  title: string;
  body: string;
}

export interface TourStepDefinition {
  id: string;
  /** tried in order; an entry without `element` always matches (a centred step) */
  targets: TourTarget[];
  side?: 'top' | 'right' | 'bottom' | 'left';
}

const FIRST_ROW = '[data-testid="product-row"]';

export const TOUR_STEPS: TourStepDefinition[] = [
  { id: 'welcome', targets: [{ title: 'tour.welcomeTitle', body: 'tour.welcomeBody' }] },
  {
    id: 'edit',
    side: 'left',
    targets: [
      { element: `${FIRST_ROW} [data-testid="product-edit"]`, title: 'tour.editTitle', body: 'tour.editBody' },
      { element: '[data-testid="product-add"]', title: 'tour.addTitle', body: 'tour.addBody' },
    ],
  },
  { id: 'readiness', side: 'bottom', targets: [{ element: '[data-testid="nav-readiness"]', title: 'tour.readinessTitle', body: 'tour.readinessBody' }] },
  {
    id: 'publish',
    side: 'left',
    targets: [{ element: `${FIRST_ROW} [data-testid="publish-everywhere"]`, title: 'tour.publishTitle', body: 'tour.publishBody' }],
  },
  // Built by the practice-pages work (issue 10): the Latihan menu, else the "practice mode is on" banner;
  // skipped while the dashboard has neither.
  {
    id: 'practice',
    side: 'bottom',
    targets: [
      { element: '[data-testid="practice-menu"]', title: 'tour.practiceTitle', body: 'tour.practiceBody' },
      { element: '[data-testid="practice-banner"]', title: 'tour.practiceTitle', body: 'tour.practiceBody' },
    ],
  },
  // The report is drawn in the panel on the (practice) seller page, not on the dashboard: told, not pointed at.
  { id: 'report', targets: [{ title: 'tour.reportTitle', body: 'tour.reportBody' }] },
  {
    id: 'fix',
    side: 'bottom',
    targets: [
      { element: `${FIRST_ROW} [data-testid="attention-badges"]`, title: 'tour.fixTitle', body: 'tour.fixBody' },
      { element: `${FIRST_ROW} [data-testid="product-edit"]`, title: 'tour.fixTitle', body: 'tour.fixBody' },
      { title: 'tour.fixTitle', body: 'tour.fixBody' },
    ],
  },
  { id: 'help', side: 'bottom', targets: [{ element: '[data-testid="help-menu"]', title: 'tour.helpTitle', body: 'tour.helpBody' }] },
];

export interface ResolvedTourStep {
  id: string;
  target: TourTarget;
  side?: TourStepDefinition['side'];
}

/** The steps this page can show now, each with the first of its targets that is on the page. */
export function resolveTourSteps(has: (selector: string) => boolean, steps: TourStepDefinition[] = TOUR_STEPS): ResolvedTourStep[] {
  return steps.flatMap((step) => {
    const target = step.targets.find((t) => t.element === undefined || has(t.element));
    return target ? [{ id: step.id, target, side: step.side }] : [];
  });
}
