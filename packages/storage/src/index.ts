export { assertSafeKey, createDiskFileStore, type FileStore, uploadsFolder } from './file-store.ts';
export { DOCUMENT_TYPES, IMAGE_TYPES, sniffAllowedType } from './sniff.ts';
