export { foldVietnamese } from './fold.ts';
export { normalizePhoneVn } from './phone.ts';
