/** Search as you type, the filter buttons (with counts), and "Tambah produk". */
import { useTranslation } from 'react-i18next';
import { useUiStore, type CatalogueFilter } from '../../utils/ui-store';

const FILTERS: { id: CatalogueFilter; label: string; testId: string }[] = [
  { id: 'all', label: 'catalogue.filterAll', testId: 'filter-all' },
  { id: 'attention', label: 'catalogue.filterAttention', testId: 'filter-attention' },
  { id: 'out-of-stock', label: 'catalogue.filterOutOfStock', testId: 'filter-out-of-stock' },
];

export function CatalogueToolbar({ counts }: { counts: Record<CatalogueFilter, number> }) {
  const { t } = useTranslation();
  const filter = useUiStore((s) => s.filter);
  const setFilter = useUiStore((s) => s.setFilter);
  const openEditor = useUiStore((s) => s.openEditor);
  return (
    <div className="catalogue-toolbar">
      <SearchBox />
      <div className="filters" role="group" aria-label={t('catalogue.filterLabel')}>
        {FILTERS.map((f) => (
          <button
            key={f.id}
            type="button"
            className={`chip ${filter === f.id ? 'is-on' : ''} ${f.id === 'attention' ? 'chip-warn' : ''}`}
            aria-pressed={filter === f.id}
            data-testid={f.testId}
            onClick={() => setFilter(f.id)}
          >
            {t(f.label)} <span className="chip-count">{counts[f.id]}</span>
          </button>
        ))}
      </div>
      <button type="button" className="btn btn-primary" data-testid="product-add" onClick={() => openEditor({ mode: 'create' })}>
        <span aria-hidden="true">+</span> {t('catalogue.addProduct')}
      </button>
    </div>
  );
}

/** The only part of the toolbar a keystroke re-renders. */
function SearchBox() {
  const { t } = useTranslation();
  const query = useUiStore((s) => s.query);
  const setQuery = useUiStore((s) => s.setQuery);
  return (
    <div className="search">
      <label htmlFor="catalogue-search" className="visually-hidden">
        {t('catalogue.searchLabel')}
      </label>
      <input
        id="catalogue-search"
        type="search"
        data-testid="catalogue-search"
        placeholder={t('catalogue.searchPlaceholder')}
        value={query}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => setQuery(e.target.value)}
      />
    </div>
  );
}
