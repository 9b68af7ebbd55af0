import type { manageCallEn } from './en.js';

export const manageCallFr: Record<keyof typeof manageCallEn, string> = {
};
