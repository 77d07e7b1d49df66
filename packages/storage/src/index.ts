export { assertSafeKey, createDiskFileStore, type FileStore, isSafeKey, type StoredStream, uploadsFolder } from './file-store.ts';
export { createS3FileStore, type S3Options } from './s3-file-store.ts';
export { DOCUMENT_TYPES, IMAGE_TYPES, sniffAllowedType } from './sniff.ts';
export { openStoreWriter, type StoreWriter } from './store-writer.ts';
