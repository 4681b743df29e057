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
  /** Current routes (re-read from routes.json when it changes). */
  routes(): Promise<Route[]>;
  close(): Promise<void>;
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
