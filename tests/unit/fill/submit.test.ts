/** Auto-submit: the platform's own save pressed once, and the page's confirmation read back. */
import { afterEach, expect, test } from 'vitest';
import { submitAndWait } from '../../../utils/fill/submit';
import { practicePlatform } from './practice-form';

afterEach(() => {
  document.body.replaceChildren();
  history.replaceState({}, '', '/');
});

type Behaviour = 'moves and thanks' | 'thanks only' | 'thanks, then moves' | 'refuses' | 'no button' | 'disabled';

function savePage(behaviour: Behaviour) {
  const presses: string[] = [];
  if (behaviour === 'no button') {
    document.body.innerHTML = '<button type="button">Kembali</button>';
    return presses;
  }
  document.body.innerHTML = `<button type="button" id="save" ${behaviour === 'disabled' ? 'disabled' : ''}>Simpan &amp; Tampilkan</button>`;
  const thank = () => document.body.insertAdjacentHTML('beforeend', '<div role="status">Produk berhasil ditambahkan</div>');
  document.getElementById('save')!.addEventListener('click', () => {
    presses.push('save');
    if (behaviour === 'refuses') document.body.insertAdjacentHTML('beforeend', '<div role="alert">Kolom ini wajib diisi</div>');
    if (behaviour === 'moves and thanks') {
      history.pushState({}, '', '/portal/product/445566');
      thank();
    }
    if (behaviour === 'thanks only') setTimeout(thank, 20);
    if (behaviour === 'thanks, then moves') {
      thank();
      setTimeout(() => {
        history.pushState({}, '', '/portal/product/112233');
        document.body.setAttribute('data-route', 'edit'); // the app re-renders after the move
      }, 30);
    }
  });
  return presses;
}

test.each<{ behaviour: Behaviour; presses: string[]; saved: boolean; externalId?: string; reason?: RegExp }>([
  { behaviour: 'moves and thanks', presses: ['save'], saved: true, externalId: '445566' },
  { behaviour: 'thanks, then moves', presses: ['save'], saved: true, externalId: '112233' },
  { behaviour: 'thanks only', presses: ['save'], saved: true },
  { behaviour: 'refuses', presses: ['save'], saved: false, reason: /tidak mengonfirmasi penyimpanan/ },
  { behaviour: 'no button', presses: [], saved: false, reason: /Tombol simpan tidak ditemukan/ },
  { behaviour: 'disabled', presses: [], saved: false, reason: /Tombol simpan tidak ditemukan atau nonaktif/ },
])('page that $behaviour → saved $saved', async ({ behaviour, presses, saved, externalId, reason }) => {
  const pressed = savePage(behaviour);
  const result = await submitAndWait(practicePlatform, { timeout: 400 });
  expect(pressed).toEqual(presses);
  expect(result.saved).toBe(saved);
  expect(result.externalId).toBe(externalId);
  expect(result.url).toBe(location.href);
  if (reason) expect(result.reason?.id).toMatch(reason);
  else expect(result.reason).toBeUndefined();
});
