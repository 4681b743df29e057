/**
 * The bulk stock grid (issue 9 item 6), lazy-loaded when the seller opens it: one row per stock SKU,
 * price and stock editable by keyboard, a block pasted from a spreadsheet, undo, "Simpan" in one
 * transaction. react-datasheet-grid does the spreadsheet part (selection, keyboard, tab-separated paste)
 * over @tanstack/react-virtual, so thousands of SKUs stay smooth. A stock change saved here is the
 * seller's own: the background notices it (stock-outside.ts), writes the `edit` history line and, with
 * stock-auto on, pushes it to every linked shop — nothing here talks to the shops.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataSheetGrid, createTextColumn, keyColumn, type CellProps, type Column } from 'react-datasheet-grid';
import 'react-datasheet-grid/dist/style.css';
import { pickText } from '@/utils/bilingual';
import { catalogue, CatalogueError } from '@/utils/catalogue/api';
import type { StoredProduct } from '@/utils/catalogue/schema';
import { saveSkuChanges } from '@/utils/stock/save-sku-changes';
import { gridChanges, gridProblems, gridRowsOf, parseGridCell, shownPrice, type GridRow } from '@/utils/stock/grid-rows';

type ColumnId = 'sku' | 'name' | 'price' | 'stock';

/** Each cell carries `data-sku` and `data-column`, so a test (or a screen reader user) finds it by meaning. */
function addressable(column: Partial<Column<GridRow>>, id: ColumnId): Partial<Column<GridRow>> {
  const Inner = column.component!;
  function Cell(props: CellProps<GridRow>) {
    const invalid = (id === 'price' || id === 'stock') && 'problem' in parseGridCell(id, props.rowData[id]);
    const { t } = useTranslation();
    const wrapper = useRef<HTMLDivElement>(null);
    const label = `${t(`stock.grid.${id}`)} ${props.rowData.sku}`;
    // The library's text cell renders a bare <input> with no way to pass attributes: name it here, so
    // a screen reader says "Stok KRP-1" rather than "edit text" (axe "label").
    useLayoutEffect(() => {
      const input = wrapper.current?.querySelector('input');
      input?.setAttribute('aria-label', label);
      if (invalid) input?.setAttribute('aria-invalid', 'true');
      else input?.removeAttribute('aria-invalid');
    });
    return (
      <div ref={wrapper} className="stock-grid-cell" data-sku={props.rowData.sku} data-column={id} data-invalid={invalid || undefined}>
        <Inner {...props} />
      </div>
    );
  }
  return { ...column, id, component: Cell };
}

// Commit on Enter / leaving the cell, not per keystroke: one undo step per cell edited.
const text = createTextColumn<string>({ continuousUpdates: false, deletedValue: '', parseUserInput: (v) => v, parsePastedValue: (v) => v.trim() });
const price = createTextColumn<string>({
  continuousUpdates: false,
  alignRight: true,
  deletedValue: '',
  parseUserInput: (v) => v,
  parsePastedValue: (v) => v.trim(),
  formatBlurredInput: shownPrice,
});
const COLUMNS = {
  sku: addressable({ ...keyColumn<GridRow, 'sku'>('sku', text), disabled: true, basis: 140, grow: 0 }, 'sku'),
  name: addressable({ ...keyColumn<GridRow, 'name'>('name', text), disabled: true, basis: 260, grow: 2 }, 'name'),
  price: addressable({ ...keyColumn<GridRow, 'price'>('price', price), basis: 140, grow: 0 }, 'price'),
  stock: addressable({ ...keyColumn<GridRow, 'stock'>('stock', { ...text, columnData: { ...text.columnData!, alignRight: true } }), basis: 110, grow: 0 }, 'stock'),
};

const UNDO_KEPT = 100;

export function StockGrid({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'id';
  const [products, setProducts] = useState<StoredProduct[]>();
  const [rows, setRows] = useState<GridRow[]>([]);
  const [past, setPast] = useState<GridRow[][]>([]);
  const [message, setMessage] = useState('');
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    let alive = true;
    void catalogue.list().then((list) => {
      if (!alive) return;
      // Oldest first, as the seller's spreadsheet usually is, then by SKU (an import creates many at
      // once): the order a pasted block lands in never changes while the grid is open.
      const ordered = [...list].sort((a, b) => a.createdAt - b.createdAt || a.sku.localeCompare(b.sku));
      setProducts(ordered);
      setRows(gridRowsOf(ordered));
    });
    return () => {
      alive = false;
    };
  }, []);

  const columns = useMemo(
    () => (['sku', 'name', 'price', 'stock'] as const).map((id) => ({ ...COLUMNS[id], title: t(`stock.grid.${id}`) })),
    [t],
  );
  const problems = useMemo(() => gridProblems(rows), [rows]);
  const changes = useMemo(() => (products ? gridChanges(products, rows) : new Map()), [products, rows]);

  const change = useCallback(
    (next: GridRow[]) => {
      setPast((p) => [...p, rows].slice(-UNDO_KEPT));
      setRows(next);
      setMessage('');
    },
    [rows],
  );

  const undo = useCallback(() => {
    setPast((p) => {
      if (p.length === 0) return p;
      setRows(p[p.length - 1]!);
      return p.slice(0, -1);
    });
    setMessage('');
  }, []);

  // Ctrl/⌘+Z while a grid cell is active but not being edited undoes the last grid change (inside a cell
  // being edited, the input's own undo). The grid keeps focus on the page, not on itself, so listen there.
  const [active, setActive] = useState(false);
  useEffect(() => {
    if (!active) return;
    const onKeyDown = (e: globalThis.KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.key.toLowerCase() !== 'z' || e.shiftKey) return;
      const target = document.activeElement;
      if (target instanceof HTMLElement && (target.isContentEditable || ((target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) && !target.readOnly))) return;
      e.preventDefault();
      undo();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [active, undo]);

  const save = async () => {
    if (!products) return;
    if (problems.length) {
      setMessage(t('stock.grid.refused', { count: problems.length }));
      return;
    }
    if (changes.size === 0) {
      setMessage(t('stock.grid.nothing'));
      return;
    }
    setSaving(true);
    try {
      // One transaction over the products as they are now: every changed product or none.
      await saveSkuChanges(changes);
      const bySku = new Map((await catalogue.list()).map((p) => [p.sku, p]));
      const next = products.flatMap((p) => bySku.get(p.sku) ?? []);
      setProducts(next);
      setRows(gridRowsOf(next));
      setPast([]);
      setMessage(t('stock.grid.saved', { count: changes.size }));
    } catch (error) {
      const reason = error instanceof CatalogueError ? pickText(error.message, language) : String(error);
      setMessage(t('stock.grid.saveFailed', { reason }));
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="stock-grid-panel">
      <div className="stock-grid-heading">
        <h3>{t('stock.grid.title')}</h3>
        <p className="muted">{t('stock.grid.hint')}</p>
      </div>
      {!products ? (
        <p role="status">{t('stock.grid.loading')}</p>
      ) : rows.length === 0 ? (
        <p>{t('stock.grid.empty')}</p>
      ) : (
        <div data-testid="stock-grid" data-rows={rows.length}>
          <DataSheetGrid<GridRow>
            value={rows}
            onChange={change}
            columns={columns}
            rowKey="sku"
            lockRows
            addRowsComponent={false}
            disableContextMenu
            onActiveCellChange={({ cell }) => setActive(cell !== null)}
            height={Math.min(420, 40 + rows.length * 40)}
            rowHeight={40}
            cellClassName={({ rowData, columnId }) =>
              (columnId === 'price' || columnId === 'stock') && 'problem' in parseGridCell(columnId, (rowData as GridRow)[columnId])
                ? 'stock-grid-invalid'
                : undefined
            }
          />
        </div>
      )}
      {problems.length > 0 && (
        <div role="alert">
        <ul className="stock-grid-problems">
          {problems.map((p) => (
            <li key={`${p.sku}|${p.column}`} data-testid="stock-grid-problem" data-sku={p.sku} data-column={p.column}>
              {t('stock.grid.problem', { sku: p.sku, column: t(`stock.grid.${p.column}`), value: p.value || '—', reason: pickText(p.reason, language) })}
            </li>
          ))}
        </ul>
        </div>
      )}
      <div className="stock-grid-actions">
        <button type="button" className="btn btn-primary btn-small" data-testid="stock-grid-save" disabled={saving || !products} onClick={() => void save()}>
          {t('stock.grid.save')}
        </button>
        <button type="button" className="btn btn-small" data-testid="stock-grid-undo" disabled={past.length === 0} onClick={undo}>
          {t('stock.grid.undo')}
        </button>
        <button type="button" className="btn btn-small" data-testid="stock-grid-close" onClick={onClose}>
          {t('stock.grid.close')}
        </button>
        <span role="status" data-testid="stock-grid-message" data-changed={changes.size}>
          {message || (changes.size ? t('stock.grid.unsaved', { count: changes.size }) : '')}
        </span>
      </div>
    </div>
  );
}
