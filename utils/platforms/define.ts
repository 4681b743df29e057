/**
 * What an adapter is: data about one seller centre (URL patterns, what its add-product page shows, its
 * limits, how to find each field and which widget it is); `toListing` (publish/build-listing.ts) turns a product into
 * what it receives, from the same `limits`. The engine in
 * `utils/fill` reads this and never needs to know a marketplace by name (STYLE.md "one marketplace,
 * one file"). Code appears only as `flow` where a widget needs more than data.
 */
import type { FieldKey, Listing, Outcome, StepValue } from '../fill/types';
import type { Bilingual } from '../bilingual';
import type { PlatformId } from './hosts';

/**
 * One way to find a field. Tried in the engine's order whatever the order written here: stable
 * attributes (`css`) first, then placeholder, then aria-label, then label text (Mozilla runs label-only
 * rules last because they are the likeliest to match the wrong thing).
 */
export type Locator =
  | { css: string }
  | { placeholder: string[] }
  | { aria: string[] }
  | { label: string[] };

export type WidgetKind =
  | 'text'
  | 'number'
  | 'textarea'
  | 'richText'
  | 'select'
  | 'searchSelect'
  | 'cascader'
  | 'categoryModal'
  | 'radio'
  | 'checkbox'
  | 'switch'
  | 'file'
  | 'variantGrid'
  /** a tile or button that opens the real widget in a dialog (Lazada's "Media Center"); needs a `flow` */
  | 'opener';

/**
 * Code for a widget that data cannot describe. Nothing returned = filled; else the engine's own
 * outcome, or a failure with the flow's own reason (e.g. which wizard level had no matching option).
 */
export type FieldFlow = (ctx: FlowContext) => Promise<void | FlowResult>;
export type FlowResult = Outcome | { status: 'failed'; reason: Bilingual };

/** What a flow gets from the engine: the field's element, the listing, and the engine's helpers. */
export interface FlowContext {
  element: Element;
  listing: Listing;
  signal?: AbortSignal;
  document: Document;
  /** the planned value, already in the page's terms (photo file names, weight in the page's unit) */
  value?: StepValue;
  /** how long to wait for an option or a dialog (ms) */
  timeout?: number;
}

/** Code run when a wizard step shows, for values without a report key (e-Katalog's SNI number). */
export type StepFlow = (ctx: { document: Document; listing: Listing; signal?: AbortSignal }) => Promise<void>;

export interface FieldSpec {
  /** Locators, see `Locator`. The shared synonym table (`labels.ts`) is appended to label locators. */
  find: Locator[];
  kind: WidgetKind;
  /** weight: the unit the page wants the number in; a unit selector is set when `unitSelect` is given */
  unit?: 'g' | 'kg';
  /** a unit menu beside the weight input (e.g. TikTok's g/kg select) */
  unitSelect?: Locator[];
  /** option labels meaning "no brand" on this platform */
  none?: string[];
  /** radio/select option labels per value, e.g. condition: { new: ['Baru','New'], used: ['Bekas','Used'] } */
  options?: Record<string, string[]>;
  /** several inputs under one report key (dimensions: length/width/height) */
  parts?: Record<string, Locator[]>;
  /** cascader / category modal / search select: where the search box and options live */
  picker?: PickerSpec;
  /** a switch that must be on before the field appears (pre-order, variants) */
  toggle?: Locator[];
  /** variants: how the page's variation editor and combination table look (absent = fill by hand) */
  grid?: VariantGridSpec;
  /** only code when a widget needs a flow */
  flow?: FieldFlow;
}

export interface PickerSpec {
  /** the search input inside the opened popup/modal (default: first visible text input in it) */
  search?: string;
  /** the popup/modal container, usually portalled to the end of <body> */
  popup?: string;
  /** an option/result item */
  option?: string;
  /** confirm button of a modal ("Konfirmasi", "OK") */
  confirm?: Locator[];
}

/**
 * A variation editor as data: buttons that open option groups, inputs for each group's name and
 * options, then a table with one row per combination. Rows are matched by the option labels they show
 * (never by position alone); price, stock and SKU cells by their column headers.
 */
export interface VariantGridSpec {
  /** inside the variants field: the button that turns variations on (after `toggle`, if any) */
  enable: Locator[];
  /** the button that adds the second option group */
  addGroup: Locator[];
  /** an option group's name input; several are expected, one per group, in page order */
  groupName: Locator[];
  /** an option value input inside a group (a fresh empty one usually appears as the last is typed into) */
  option: Locator[];
  /** a group's container (default: the largest element around its name input holding no other group's) */
  group?: string;
  /** combination rows and header cells (defaults: `tbody tr`, `thead th`) */
  rows?: string;
  header?: string;
  /** header texts of the per-combination inputs, Bahasa and English */
  columns: { price: string[]; stock: string[]; sku: string[] };
}

export interface PlatformLimits {
  nameMin?: number;
  nameMax: number;
  photosMin: number;
  photosMax: number;
  priceMin: number;
  priceMax: number;
  stockMax: number;
  descriptionMin?: number;
  descriptionMax: number;
  variantGroupsMax: number;
  variantItemsMax: number;
  variantNameMax?: number;
  variantValueMax?: number;
  weightUnit: 'g' | 'kg';
  /** weight is required to publish */
  weightRequired: boolean;
  categoryRequired?: boolean;
  /** shortest photo side the platform accepts, in px (absent = unknown) */
  photoMinSide?: number;
  /** largest photo file the platform accepts, in bytes (a warning: Serentak already scales photos) */
  photoMaxBytes?: number;
  /** the platform wants square photos (Shopee crops anything else) */
  squarePhotos?: boolean;
  /**
   * The limits known from the page itself or shared/marketplaces.md ([seen]); every other value is a
   * cautious [guess]. Readiness lets a [guess] only warn, never block, so a wrong guess cannot stop a
   * seller from publishing.
   */
  seen?: readonly SeenLimit[];
}

/** Limits whose [seen] status decides whether breaking them blocks or only warns. */
export type SeenLimit = 'nameMin' | 'priceMin' | 'priceMax';

/**
 * A hint about a stage of a two-stage form or a wizard, as the replica's version groups it. The engine
 * walks the wizard by what is on screen (run.ts): it fills every field whose control shows, presses
 * Next, and repeats; these hints only add the button to try first, markers, and a hook. A page that
 * regroups its steps (LKPP between versions) still fills.
 */
export interface FormStep {
  /** where the fields were on the version the adapter was written for (a field shown earlier counts as passed when the page starts later) */
  fields: FieldKey[];
  /** the page's own Next / Selanjutnya (never save): absent on the last step */
  next?: Locator[];
  /** texts on the step that show it is the current one, for steps whose fields may all be skipped */
  marker?: string[];
  /** code run once the step shows, before its fields */
  fill?: StepFlow;
}

export interface PagePatterns {
  /** path patterns, `*` = any run of characters, matched against pathname + search */
  add: string[];
  edit: string[];
  list: string[];
  login?: string[];
}

/** Texts on the page that say "this is the add-product form", checked when the URL says nothing. */
export interface PageSignals {
  /** any heading/button text that marks an add-product form */
  addTexts: string[];
  /** a selector that marks the form (optional) */
  formSelector?: string;
  /** texts that mark an edit form (when the URL cannot tell) */
  editTexts?: string[];
}

export interface SaveSpec {
  button: Locator[];
  /** success text the page shows after saving */
  successTexts: string[];
  /** the edit URL the page moves to, with the new id as the first `(…)` group */
  editUrl?: RegExp;
}

export type Fields = Record<FieldKey, FieldSpec | 'unsupported'>;

export interface PlatformInput {
  id: PlatformId;
  label: string;
  hosts: readonly string[];
  loginHosts?: readonly string[];
  pages: PagePatterns;
  detect: PageSignals;
  limits: PlatformLimits;
  fields: Fields;
  /** absent = one page with every field */
  steps?: FormStep[];
  save: SaveSpec;
}

export type Platform = Readonly<PlatformInput>;

/**
 * Where a seller centre lives and how its pages look, without its fields: what the content script
 * that runs on every page load needs to tell an add page from a list or login page. The fill engine
 * and the rest of the adapter are loaded only when a page asks for them (seller.content/engine-load.ts).
 */
export type PlatformSite = Readonly<Pick<PlatformInput, 'id' | 'label' | 'hosts' | 'loginHosts' | 'pages' | 'detect'>>;

/** Identity with types, like `definePlatform`. */
/*#__NO_SIDE_EFFECTS__*/
export function defineSite(input: PlatformSite): PlatformSite {
  return input;
}

/**
 * Identity with types: a forgotten field key is a compile error (`Fields` is a full Record). Marked
 * free of side effects so that a bundle importing only an adapter's `site` drops the rest of it.
 */
/*#__NO_SIDE_EFFECTS__*/
export function definePlatform(input: PlatformInput): Platform {
  return input;
}

/** The spec of a field, or undefined when the platform lacks it. */
export function fieldSpec(platform: Platform, field: FieldKey): FieldSpec | undefined {
  const spec = platform.fields[field];
  return spec === 'unsupported' ? undefined : spec;
}
