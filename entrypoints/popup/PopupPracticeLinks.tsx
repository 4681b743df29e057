/** The popup's way to the bundled practice pages (one link per platform, each in a new tab). */
import { useTranslation } from 'react-i18next';
import { browser } from 'wxt/browser';
import { practiceLinks } from '../../components/practice/practice-links';

async function openPractice(url: string) {
  await browser.tabs.create({ url });
  window.close();
}

export function PopupPracticeLinks() {
  const { t } = useTranslation();
  return (
    <nav className="popup-practice" aria-labelledby="popup-practice-title">
      <h2 id="popup-practice-title" className="popup-practice-title" title={t('practice.menuHint')}>
        {t('practice.menu')}
      </h2>
      <ul>
        {practiceLinks().map(({ platform, name, url }) => (
          <li key={platform}>
            <a
              href={url}
              data-testid="practice-open"
              data-platform={platform}
              title={t('practice.openNamed', { platform: name })}
              onClick={(e) => {
                e.preventDefault();
                void openPractice(url);
              }}
            >
              {name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
