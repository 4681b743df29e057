// Types for png.mjs.
export function makePng(width: number, height: number, rgb?: [number, number, number] | number[], options?: { stripe?: boolean }): Buffer;
export function pngDataUrl(png: Buffer): string;
