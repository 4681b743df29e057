/**
 * Runs the guided tour with driver.js on the dashboard. The steps are resolved once when the tour starts
 * (so "Langkah 2 dari 7" stays true); their words are re-read from i18next whenever the language
 * changes, and the open step is drawn again in place, so the runtime switch changes the tour live.
 * Esc leaves, ← and → move (driver.js's own keyboard handling); closing remembers done or skipped.
 */
import { driver, type Driver, type DriveStep, type PopoverDOM } from 'driver.js';
import 'driver.js/dist/driver.css';
import './tour.css';
import { i18n } from '@/utils/i18n';
import { tourStatusItem, tourStatusOnClose } from '@/utils/workshop/tour-setting';
import { resolveTourSteps, type ResolvedTourStep } from './tour-steps';

let running: Driver | null = null;

export function isTourRunning(): boolean {
  return running?.isActive() ?? false;
}

function driveSteps(steps: ResolvedTourStep[]): DriveStep[] {
  const t = i18n.t.bind(i18n);
  return steps.map((step) => ({
    element: step.target.element,
    data: { id: step.id },
    popover: { title: t(step.target.title), description: t(step.target.body), side: step.side, align: 'center' },
  }));
}

function buttonTexts() {
  const t = i18n.t.bind(i18n);
  return {
    nextBtnText: `${t('tour.next')} →`,
    prevBtnText: `← ${t('tour.previous')}`,
    doneBtnText: t('tour.done'),
    progressText: t('tour.progress', { current: '{{current}}', total: '{{total}}' }),
  };
}

/** Marks the popover for tests and assistive tech: which step, which language, a translated close button. */
function decorate(popover: PopoverDOM, stepId: string | undefined) {
  popover.wrapper.dataset.testid = 'tour-popover';
  if (stepId) popover.wrapper.dataset.step = stepId;
  popover.wrapper.lang = i18n.language;
  popover.closeButton.setAttribute('aria-label', i18n.t('tour.close'));
  popover.closeButton.title = i18n.t('tour.close');
  popover.closeButton.dataset.testid = 'tour-close';
  popover.nextButton.dataset.testid = 'tour-next';
  // driver.js focuses the popover's first button, which is "×" (skip): a seller pressing Enter would
  // leave the tour. "Lanjut" goes first in the DOM (CSS puts "Kembali" back on its left), "×" last.
  popover.footerButtons.prepend(popover.nextButton);
  popover.wrapper.append(popover.closeButton);
  popover.previousButton.dataset.testid = 'tour-previous';
}

export function startTour(): void {
  running?.destroy();
  const steps = resolveTourSteps((selector) => document.querySelector(selector) !== null);
  const tour = driver({
    steps: driveSteps(steps),
    ...buttonTexts(),
    showProgress: true,
    popoverClass: 'serentak-tour',
    stagePadding: 6,
    duration: 250,
    // A step's element may go away (the row re-rendered by a search): skip it rather than stall.
    skipMissingElement: true,
    onPopoverRender: (popover, { state }) => decorate(popover, (state.activeStep?.data as { id?: string } | undefined)?.id),
    // driver.js ignores ←/→ and the buttons until a step's move has finished; `data-ready` says when
    // that is (tests wait for it, as a seller waits for the popover to stop moving). It also marks the
    // highlighted element as a dialog's opener (aria-expanded…); on a centred step that element is its
    // own empty placeholder <div>, where axe rightly calls those attributes invalid.
    onHighlighted: (element, _step, { state }) => {
      (state.popover as PopoverDOM | undefined)?.wrapper.setAttribute('data-ready', 'true');
      if (!element) for (const name of ['aria-expanded', 'aria-haspopup', 'aria-controls']) document.getElementById('driver-dummy-element')?.removeAttribute(name);
    },
    onDestroyStarted: () => {
      void tourStatusItem.setValue(tourStatusOnClose(tour.getActiveIndex(), steps.length));
      tour.destroy();
    },
    onDestroyed: () => {
      i18n.off('languageChanged', redraw);
      if (running === tour) running = null;
    },
  });
  function redraw() {
    const index = tour.getActiveIndex();
    if (!tour.isActive() || index === undefined) return;
    tour.setConfig({ ...tour.getConfig(), ...buttonTexts(), steps: driveSteps(steps) });
    tour.moveTo(index);
  }
  i18n.on('languageChanged', redraw);
  running = tour;
  tour.drive();
}

/** Leaves the tour without remembering anything (the page is going away, or a dialog takes over). */
export function stopTour(): void {
  running?.destroy();
  running = null;
}
