// Types for seller-server.mjs (plain JavaScript so scripts can import it without a build).
export interface Route {
  host: string;
  path: string;
  file: string;
  kind?: string;
}
export interface PlatformHosts {
  platform: string;
  seller: string[];
  login: string[];
}
export interface SellerServer {
  port: number;
  /** Value for Chromium's --host-resolver-rules: every marketplace host → this server. */
  hostResolverRules: string;
  /** When on, the host's add/edit pages answer 302 to the platform's login page. */
  setLoginRequired(host: string, on: boolean): void;
  /** The shops' products and stock behind the list and edit replicas. */
  stock: StockStore;
  /** Current routes (re-read from routes.json when it changes). */
  routes(): Promise<Route[]>;
  close(): Promise<void>;
}
export interface StockVariant {
  name: string;
  sku: string;
  stock: number;
}
export interface StockProduct {
  id: string;
  name: string;
  sku: string;
  price: number;
  stock: number;
  variants: StockVariant[];
}
export interface StockLook {
  lang: 'id' | 'en';
  drift: boolean;
  pageSize: number;
}
export interface StockStore {
  seed(platform: string, products: Array<{ id: string; name: string; sku?: string; price?: number; stock?: number; variants?: StockVariant[] }>): void;
  products(platform: string): StockProduct[];
  stocks(platform: string, id: string): Record<string, number> | undefined;
  sale(platform: string, sku: string, qty?: number): void;
  setStock(platform: string, sku: string, stock: number): void;
  failNextSave(platform: string, message?: string): void;
  setLook(platform: string, look: Partial<StockLook>): void;
  look(platform: string): StockLook;
  saves(platform: string): number;
}
export const REPO_ROOT: string;
export function readPlatformHosts(file?: string): PlatformHosts[];
export function matchRoute(routes: Route[], host: string, pathname: string): Route | undefined;
export function startSellerServer(opts?: {
  port?: number;
  fixturesDir?: string;
  routesFile?: string;
  quiet?: boolean;
}): Promise<SellerServer>;
