/**
 * Reading an open category picker by what is on screen: entries grouped in columns left to right,
 * whatever the family (Arco-like menus, a C1/C2/C3 modal of plain <li>, a list of <div>s whose classes
 * are hashed), with disabled entries and arrows seen, and a loading placeholder not taken for an entry.
 */
import { afterEach, expect, test } from 'vitest';
import { columnsIn } from '../../../utils/fill/category/columns';

afterEach(() => document.body.replaceChildren());

const read = (html: string) => {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.append(root);
  return columnsIn(root).map((col) => col.map((i) => `${i.text}${i.disabled ? ' (disabled)' : ''}${i.opens ? ' ›' : ''}`));
};

test.each([
  [
    'Arco-like cascader menus',
    `<ul role="menu"><li role="menuitem" class="item item-active"><div class="label">Makanan &amp; Minuman</div><svg class="arco-icon-right"></svg></li><li role="menuitem"><div class="label">Fashion</div><svg></svg></li></ul>
     <ul role="menu"><li role="menuitem" class="item disabled" aria-disabled="true"><div class="label">Makanan Ringan Impor</div><svg></svg></li><li role="menuitem"><div class="label">Makanan Ringan</div><svg></svg></li></ul>`,
    [['Makanan & Minuman ›', 'Fashion ›'], ['Makanan Ringan Impor (disabled) ›', 'Makanan Ringan ›']],
  ],
  [
    'a C1/C2/C3 modal of plain <li>, the third column still empty',
    `<section><h4>C1</h4><ul><li>Makanan &amp; Minuman</li><li>Pakaian Wanita</li></ul></section>
     <section><h4>C2</h4><ul><li>Makanan Ringan</li><li>Minuman</li></ul></section>
     <section><h4>C3</h4><p>Pilih level sebelumnya</p></section>`,
    [['Makanan & Minuman', 'Pakaian Wanita'], ['Makanan Ringan', 'Minuman']],
  ],
  [
    'whole paths in <div>s with hashed classes',
    `<div class="css-1a2b"><div class="css-9f8e">Makanan &amp; Minuman &gt; Makanan Ringan &gt; Keripik</div><div class="css-9f8e">Makanan &amp; Minuman &gt; Makanan Ringan &gt; Kacang</div></div>`,
    [['Makanan & Minuman > Makanan Ringan > Keripik', 'Makanan & Minuman > Makanan Ringan > Kacang']],
  ],
  [
    'a column still loading is no entry',
    `<ul role="menu"><li role="menuitem">Makanan &amp; Minuman</li><li role="menuitem">Fashion</li></ul><ul role="menu"><li role="menuitem">Memuat...</li></ul>`,
    [['Makanan & Minuman', 'Fashion']],
  ],
  [
    'columns of buttons in the page (Blibli step 1): the button is the entry',
    `<div role="group" aria-label="Kategori"><ul aria-label="C1"><li><button type="button"><span>Makanan &amp; Minuman</span><span aria-hidden="true">›</span></button></li><li><button type="button"><span>Fashion Muslim</span><span>›</span></button></li></ul><ul aria-label="C2"></ul></div>`,
    [['Makanan & Minuman ›', 'Fashion Muslim ›']],
  ],
  [
    'suggestion cards: a <label> around a radio is an entry; a label around a text field is not',
    `<div role="radiogroup"><label class="rec-item"><input type="radio" name="c"><span>Makanan &amp; Minuman &gt; Makanan Ringan &gt; Keripik</span></label><label class="rec-item"><input type="radio" name="c"><span>Makanan &amp; Minuman &gt; Makanan Ringan &gt; Kacang</span></label><label>Cari <input type="text"></label></div>`,
    [['Makanan & Minuman > Makanan Ringan > Keripik', 'Makanan & Minuman > Makanan Ringan > Kacang']],
  ],
])('%s', (_family, html, expected) => {
  expect(read(html)).toEqual(expected);
});
