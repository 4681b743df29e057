/**
 * The dashboard's **Latihan** menu: one entry per platform, each opening its bundled practice page in a
 * new tab. A disclosure button and plain links: keyboard usable, Escape closes it.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { practiceLinks } from './practice-links';
import './practice-menu.css';

export function PracticeMenu() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const links = practiceLinks();

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    const onClick = (e: MouseEvent) => !root.current?.contains(e.target as Node) && setOpen(false);
    addEventListener('keydown', onKey);
    addEventListener('mousedown', onClick);
    return () => {
      removeEventListener('keydown', onKey);
      removeEventListener('mousedown', onClick);
    };
  }, [open]);

  return (
    <div className="practice-menu" ref={root}>
      <button
        type="button"
        className="chip practice-menu-button"
        data-testid="practice-menu"
        aria-expanded={open}
        aria-controls="practice-menu-list"
        title={t('practice.menuHint')}
        onClick={() => setOpen(!open)}
      >
        {t('practice.menu')} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div className="practice-menu-popover" id="practice-menu-list">
          <p className="practice-menu-hint">{t('practice.menuHint')}</p>
          <ul className="practice-menu-list" aria-label={t('practice.menuTitle')}>
            {links.map(({ platform, name, url }) => (
              <li key={platform}>
                <a
                  href={url}
                  target="_blank"
                  rel="noopener"
                  data-testid="practice-open"
                  data-platform={platform}
                  title={t('practice.openNamed', { platform: name })}
                  onClick={() => setOpen(false)}
                >
                  {t('practice.open', { platform: name })}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
