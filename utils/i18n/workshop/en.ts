/** English for the workshop helpers: the same keys as `id.ts`; the type makes a missing key a compile error. */
import type { WorkshopMessages } from './index';

export const workshopEn: WorkshopMessages = {
  help: {
    menu: 'Help',
    menuLabel: 'Help menu',
    tourRestart: 'Start the guided tour',
    presenterMode: 'Presenter mode',
    presenterHint: 'Larger text and buttons for a projector',
    workshopReset: 'Reset the workshop',
  },
  tour: {

    next: 'Next',
    previous: 'Back',
    done: 'Done',
    close: 'Skip the tour',
    progress: 'Step {{current}} of {{total}}',
    welcomeTitle: 'Welcome to Serentak',
    welcomeBody:
      'This tour walks through one round of work: edit a product, check readiness, publish to the practice pages, read the report, then fix and retry. Arrow keys ← → to move, Esc to leave.',
    editTitle: 'Add or edit a product',
    editBody: 'Enter the name, price (e.g. Rp15.000), stock, weight and photos once. This product is used for every marketplace.',
    addTitle: 'Add a product',
    addBody: 'Start here while the catalogue is empty: enter the name, price (e.g. Rp15.000), stock, weight and photos.',
    readinessTitle: 'Check readiness',
    readinessBody:
      'The Readiness page shows which marketplaces are ready for this product, and what is still missing (photos or weight, for example).',
    publishTitle: 'Publish to the practice pages',
    publishBody:
      'Press "Publish everywhere": Serentak opens each marketplace\'s "Add product" page and fills it. In a workshop, practice mode opens the practice pages, no seller account needed.',
    practiceTitle: 'Practice pages',
    practiceBody: 'The Practice menu opens look-alike seller centre pages inside the extension. Safe to try: nothing is sent to any marketplace.',
    reportTitle: 'Read the report',
    reportBody:
      'On the marketplace page, the Serentak panel reports every field: filled, skipped, or needs you, with the reason. "Show" highlights the field on the page.',
    fixTitle: 'Fix and retry',
    fixBody:
      'Something missing? Edit the product in the catalogue (or press "Fix" on Readiness), then publish again. The form is filled again with the new data.',
    helpTitle: 'Take the tour again',
    helpBody: 'The Help menu starts this tour again, turns on presenter mode, and resets the workshop for the next participant.',
  },
  workshop: {
    resetTitle: 'Reset the workshop?',
    resetBody:
      'Every product in the catalogue, the marketplace listing links and the settings go back to the start. Language and presenter mode stay. This cannot be undone.',
    backupFirst: 'Save a backup first (JSON) if you still need this catalogue.',
    backup: 'Download a backup first',
    backedUp: 'Backup "{{file}}" downloaded.',
    confirm: 'Yes, reset',
    done: 'Workshop reset. The catalogue is empty, ready for the next participant.',
  },
};
