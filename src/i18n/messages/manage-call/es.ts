import type { manageCallEn } from './en.js';

export const manageCallEs: Record<keyof typeof manageCallEn, string> = {
};
