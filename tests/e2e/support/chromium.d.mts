// Types for chromium.mjs.
export function chromiumPath(): string;
export function extensionDir(outDir?: string): string;
export function chromiumArgs(extension: string, hostResolverRules: string): string[];
