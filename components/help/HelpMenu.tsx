/**
 * "Bantuan" in the dashboard's header: restart the guided tour, presenter mode for a projector, and
 * "Atur ulang latihan" for the next workshop participant. A disclosure (a button that shows a small
 * panel), not an ARIA menu: its items are an ordinary button, a checkbox and a button, reached with Tab;
 * Esc closes it and gives focus back to "Bantuan".
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { startTourOnCatalogue } from '../tour/start';
import { usePresenterMode } from '../ui/use-presenter-mode';
import { ResetWorkshopDialog } from './ResetWorkshopDialog';
import { useTourAutostart } from './use-tour-autostart';
import './help.css';

export function HelpMenu() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [resetting, setResetting] = useState(false);
  const [presenter, setPresenter] = usePresenterMode();
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useTourAutostart();

  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('pointerdown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  return (
    <div className="help" ref={root}>
      <button
        ref={button}
        type="button"
        className="btn help-button"
        data-testid="help-menu"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true">?</span> {t('help.menu')}
      </button>
      <div id={panelId} className="help-panel" role="group" aria-label={t('help.menuLabel')} hidden={!open}>
        <button
          type="button"
          className="help-item"
          data-testid="tour-restart"
          onClick={() => {
            setOpen(false);
            void startTourOnCatalogue();
          }}
        >
          {t('help.tourRestart')}
        </button>
        <label className="help-item help-check">
          <input type="checkbox" data-testid="presenter-mode" checked={presenter} onChange={(e) => setPresenter(e.target.checked)} />
          <span>
            {t('help.presenterMode')}
            <span className="help-hint">{t('help.presenterHint')}</span>
          </span>
        </label>
        <button
          type="button"
          className="help-item help-danger"
          data-testid="workshop-reset"
          onClick={() => {
            setOpen(false);
            setResetting(true);
          }}
        >
          {t('help.workshopReset')}
        </button>
      </div>
      {resetting && <ResetWorkshopDialog onClose={() => setResetting(false)} />}
    </div>
  );
}
