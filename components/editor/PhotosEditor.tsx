/**
 * Photos by file picker or drag-and-drop; reorder with buttons (keyboard usable), remove, choose the
 * cover (the first photo). Every photo goes through `scalePhoto`, which scales big camera photos down
 * and refuses files that are not pictures; the refusal is shown, the other photos still go in.
 */
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { scalePhoto } from '../../utils/catalogue/photos';
import { PHOTOS_MAX, type StoredPhoto } from '../../utils/catalogue/schema';
import type { Bilingual } from '../../utils/bilingual';
import { pick } from '../../utils/i18n';
import { both } from '../catalogue/product-actions';
import { errorMessage } from '../ui/error-text';
import { FieldError } from '../ui/Field';
import { usePhotoUrl } from '../ui/use-photo-url';

interface Props {
  photos: StoredPhoto[];
  onChange: (photos: StoredPhoto[]) => void;
  error?: Bilingual;
}

export function move<T>(list: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length || from === to) return [...list];
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item as T);
  return next;
}

export function PhotosEditor({ photos, onChange, error }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [refusals, setRefusals] = useState<Bilingual[]>([]);
  const [dragOver, setDragOver] = useState(false);
  const full = photos.length >= PHOTOS_MAX;

  async function add(files: File[]) {
    if (files.length === 0) return;
    setBusy(true);
    const problems: Bilingual[] = [];
    const added: StoredPhoto[] = [];
    for (const file of files) {
      if (photos.length + added.length >= PHOTOS_MAX) {
        problems.push(both((m) => m.photos.full, { max: String(PHOTOS_MAX) }));
        break;
      }
      try {
        added.push(await scalePhoto(file));
      } catch (e) {
        const reason = errorMessage(e);
        problems.push({
          id: t('photos.notImage', { file: file.name, reason: reason.id, lng: 'id' }),
          en: t('photos.notImage', { file: file.name, reason: reason.en, lng: 'en' }),
        });
      }
    }
    setRefusals(problems);
    setBusy(false);
    if (added.length > 0) onChange([...photos, ...added]);
  }

  // Moving a tile re-inserts its DOM node, which drops keyboard focus: put it back on the same button
  // (or the tile's first usable one when that button became disabled at the end of the row).
  function refocus(photoId: string, button: string) {
    requestAnimationFrame(() => {
      const tile = document.querySelector<HTMLElement>(`[data-photo-id="${CSS.escape(photoId)}"]`);
      const target =
        tile?.querySelector<HTMLButtonElement>(`[data-move="${button}"]:not(:disabled)`) ??
        tile?.querySelector<HTMLButtonElement>('button:not(:disabled)');
      target?.focus();
    });
  }

  function onDrop(e: DragEvent) {
    e.preventDefault();
    setDragOver(false);
    void add([...e.dataTransfer.files]);
  }

  return (
    <fieldset className="photos" aria-describedby="photos-hint" data-editor-field="photos">
      <legend>{t('photos.title')}</legend>
      <p className="field-hint" id="photos-hint">
        {t('photos.hint', { max: PHOTOS_MAX })}
      </p>
      <ol className="photo-grid">
        {photos.map((photo, i) => (
          <PhotoTile
            key={photo.id}
            photo={photo}
            index={i}
            count={photos.length}
            onMove={(to, button) => {
              onChange(move(photos, i, to));
              refocus(photo.id, button);
            }}
            onRemove={() => onChange(photos.filter((_, j) => j !== i))}
          />
        ))}
      </ol>
      <div
        className={`photo-drop ${dragOver ? 'is-over' : ''}`}
        data-testid="photo-drop"
        onDragOver={(e) => {
          e.preventDefault();
          setDragOver(true);
        }}
        onDragLeave={() => setDragOver(false)}
        onDrop={onDrop}
      >
        <label className={`btn file-button ${full ? 'is-disabled' : ''}`}>
          <input
            type="file"
            accept="image/*"
            multiple
            disabled={full || busy}
            className="visually-hidden"
            data-testid="photo-input"
            data-editor-focus
            onChange={(e) => {
              const files = [...(e.target.files ?? [])];
              e.target.value = '';
              void add(files);
            }}
          />
          {t('photos.add')}
        </label>
        <span>{full ? t('photos.full', { max: PHOTOS_MAX }) : t('photos.drop')}</span>
        {busy && (
          <span role="status">
            <span className="spinner" aria-hidden="true" /> {t('photos.processing')}
          </span>
        )}
      </div>
      {refusals.length > 0 && (
        <ul className="photo-refusals" role="alert" data-testid="photo-error">
          {refusals.map((r, i) => (
            <li key={i}>{pick(r)}</li>
          ))}
        </ul>
      )}
      <FieldError error={error} />
    </fieldset>
  );
}

function PhotoTile({
  photo,
  index,
  count,
  onMove,
  onRemove,
}: {
  photo: StoredPhoto;
  index: number;
  count: number;
  onMove: (to: number, button: string) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const url = usePhotoUrl(photo.blob);
  const n = index + 1;
  return (
    <li className="photo-tile" data-testid="photo-tile" data-photo-id={photo.id}>
      <img src={url} alt={t('photos.photoN', { n })} />
      {index === 0 && <span className="photo-cover">{t('photos.cover')}</span>}
      <div className="photo-buttons">
        <button type="button" className="btn btn-icon" aria-label={`${t('photos.moveEarlier')} (${t('photos.photoN', { n })})`} title={t('photos.moveEarlier')} data-move="earlier" disabled={index === 0} onClick={() => onMove(index - 1, 'earlier')}>
          ←
        </button>
        <button type="button" className="btn btn-icon" aria-label={`${t('photos.moveLater')} (${t('photos.photoN', { n })})`} title={t('photos.moveLater')} data-move="later" disabled={index === count - 1} onClick={() => onMove(index + 1, 'later')}>
          →
        </button>
        {index > 0 && (
          <button type="button" className="btn btn-icon" aria-label={`${t('photos.makeCover')} (${t('photos.photoN', { n })})`} title={t('photos.makeCover')} data-move="cover" onClick={() => onMove(0, 'cover')}>
            ★
          </button>
        )}
        <button type="button" className="btn btn-icon btn-danger" aria-label={`${t('photos.remove')} (${t('photos.photoN', { n })})`} title={t('photos.remove')} onClick={onRemove}>
          ×
        </button>
      </div>
    </li>
  );
}
