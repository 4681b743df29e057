import { afterEach, describe, expect, test } from 'vitest';
import { pickOption, exactly } from '../../../utils/fill/choose';
import { editorText } from '../../../utils/fill/dom';
import { setFiles, setInputValue, setRichText, dataUrlToFile } from '../../../utils/fill/set';
import { timeDeadlinesWith, waitFor, type Deadline } from '../../../utils/fill/wait';
import { fillTyped, numberMatcher } from '../../../utils/fill/widgets';

afterEach(() => document.body.replaceChildren());

/** React's value tracker: onChange only when the value differs from the one the tracker recorded. */
function reactLike(input: HTMLInputElement, committed: string[]) {
  const desc = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!;
  let tracked = input.value;
  Object.defineProperty(input, 'value', {
    configurable: true,
    get() { return desc.get!.call(this); },
    set(v) { tracked = String(v); desc.set!.call(this, v); },
  });
  document.addEventListener('input', (e) => {
    if (e.target !== input || input.value === tracked) return;
    tracked = input.value;
    committed.push(input.value);
  });
}

describe('setting values the way frameworks commit them', () => {
  test.each([
    ['React-like tracker', 'react'],
    ['Vue-like v-model (input event)', 'vue'],
  ])('%s commits through the native setter', (_name, kind) => {
    const input = document.createElement('input');
    document.body.append(input);
    const committed: string[] = [];
    if (kind === 'react') reactLike(input, committed);
    else input.addEventListener('input', () => committed.push(input.value));
    setInputValue(input, 'Keripik');
    expect(committed).toEqual(['Keripik']);
  });

  test('a plain value write is swallowed by the React-like tracker (why the native setter is needed)', () => {
    const input = document.createElement('input');
    document.body.append(input);
    const committed: string[] = [];
    reactLike(input, committed);
    input.value = 'x';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(committed).toEqual([]);
  });

  test('a page that rewrites the value is re-set once, then cleared and reported', async () => {
    const input = document.createElement('input');
    document.body.append(input);
    input.addEventListener('input', () => queueMicrotask(() => (input.value = 'rusak')));
    const outcome = await fillTyped(input, '15000', numberMatcher(15000));
    expect(outcome).toMatchObject({ status: 'failed' });
    expect(input.value === '' || input.value === 'rusak').toBe(true);
  });

  test('a page that drops the first keystroke gets the value on the second try', async () => {
    const input = document.createElement('input');
    document.body.append(input);
    let first = true;
    input.addEventListener('input', () => {
      if (first) { first = false; input.value = ''; }
    });
    expect(await fillTyped(input, '15000', numberMatcher(15000))).toMatchObject({ status: 'filled' });
    expect(input.value).toBe('15000');
  });

  test('rich text keeps line breaks (editor handles paste)', () => {
    const editor = document.createElement('div');
    editor.setAttribute('contenteditable', 'true');
    document.body.append(editor);
    editor.addEventListener('paste', (e) => {
      e.preventDefault();
      const text = (e as ClipboardEvent).clipboardData!.getData('text/plain');
      editor.innerHTML = text.split('\n').map((l) => `<p>${l || '<br>'}</p>`).join('');
    });
    setRichText(editor, 'Baris satu\n\nBaris tiga');
    expect(editorText(editor)).toBe('Baris satu\n\nBaris tiga');
  });

  test('a hidden file input receives the photos in order', () => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = true;
    input.style.display = 'none';
    document.body.append(input);
    const seen: string[] = [];
    input.addEventListener('change', () => seen.push(...Array.from(input.files!).map((f) => f.name)));
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    setFiles(input, [dataUrlToFile(png, 'a-1', window as never), dataUrlToFile(png, 'a-2', window as never)]);
    expect(seen).toEqual(['a-1.png', 'a-2.png']);
  });
});

describe('waiting on the DOM', () => {
  test('a portal option that loads late is found and clicked', async () => {
    const picked: string[] = [];
    setTimeout(() => {
      const menu = document.createElement('div');
      menu.setAttribute('role', 'listbox');
      for (const label of ['Maicih', 'Tidak Ada Merek']) {
        const o = document.createElement('div');
        o.textContent = label;
        o.addEventListener('click', () => picked.push(label));
        menu.append(o);
      }
      document.body.append(menu);
    }, 30);
    expect(await pickOption(document, exactly(['No Brand', 'Tidak Ada Merek']), { timeout: 1000 })).toBe('Tidak Ada Merek');
    expect(picked).toEqual(['Tidak Ada Merek']);
  });

  test('waitFor gives up with null after its timeout', async () => {
    expect(await waitFor(() => document.querySelector('#never'), { timeout: 20 })).toBeNull();
  });

  test('waitFor times out by the deadline it is given (a hidden tab times it by the service worker), and cancels it when the page answers', async () => {
    const asked: number[] = [];
    let cancelled = 0;
    let expire = () => {};
    const byWorker: Deadline = (ms, done) => {
      asked.push(ms);
      expire = done;
      return () => cancelled++;
    };
    timeDeadlinesWith(byWorker);
    try {
      const never = waitFor(() => document.querySelector('#never'), { timeout: 300 });
      expire();
      expect(await never).toBeNull();
      const later = waitFor(() => document.querySelector('#later'), { timeout: 5000 });
      document.body.append(Object.assign(document.createElement('div'), { id: 'later' }));
      expect(await later).not.toBeNull();
      expect(asked).toEqual([300, 5000]);
      expect(cancelled).toBe(2);
    } finally {
      timeDeadlinesWith((ms, done) => {
        const timer = setTimeout(done, ms);
        return () => clearTimeout(timer);
      });
    }
  });
});
