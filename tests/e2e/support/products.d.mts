// Types for products.mjs.
interface Product {
  sku: string;
  name: string;
  description: string;
  price: number;
  stock: number;
  weightGrams: number;
  condition: 'new' | 'used';
  brand?: string;
  category: string;
  categoryPaths?: Record<string, string[]>;
  dimensionsCm: { length: number; width: number; height: number };
  minOrder: number;
  photos: string[];
  ekatalog: { unit: string; kbki: string; tkdn: number; pdn: boolean; ppn: boolean };
  createdAt: number;
  updatedAt: number;
}
export const PHOTOS: string[];
export const KERIPIK: Product;
export const BRANDED: Product & { brand: string };
