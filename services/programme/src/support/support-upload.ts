import type { FastifyRequest } from 'fastify';
import { programmeErrors } from '../programme-errors.ts';

/** At most this many documents in one request, each at most this large. */
export const MAX_DOCUMENTS_PER_REQUEST = 5;
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

export interface UploadedDocument {
  data: Buffer;
  fileName: string;
}

/**
 * The text fields and files of a multipart request. A file over the size limit, or more files
 * than allowed, stops the read with a 413 (the multipart plugin's errors carry it).
 */
export async function readSupportUpload(
  request: FastifyRequest,
): Promise<{ fields: Record<string, string>; files: UploadedDocument[] }> {
  if (!request.isMultipart()) {
    throw programmeErrors.PROGRAMME_FILE_MISSING({
      vi: 'Gửi hồ sơ dạng multipart/form-data, tài liệu trong trường "file"',
      en: 'Send the application as multipart/form-data, documents in the field "file"',
    });
  }
  const fields: Record<string, string> = {};
  const files: UploadedDocument[] = [];
  const parts = request.parts({
    limits: { files: MAX_DOCUMENTS_PER_REQUEST, fileSize: MAX_DOCUMENT_BYTES, fields: 10, parts: MAX_DOCUMENTS_PER_REQUEST + 10 },
  });
  for await (const part of parts) {
    if (part.type === 'file') {
      const data = await part.toBuffer();
      if (data.length > 0) files.push({ data, fileName: part.filename || 'tai-lieu' });
    } else {
      fields[part.fieldname] = String(part.value ?? '');
    }
  }
  return { fields, files };
}

/** How an upload route is described in the OpenAPI document. */
export const supportUploadSchema = {
  consumes: ['multipart/form-data'],
  description: `Gửi dạng multipart/form-data: các trường văn bản và tối đa ${MAX_DOCUMENTS_PER_REQUEST} tài liệu (PDF, JPEG, PNG; mỗi tệp tối đa 5 MB) trong trường \`file\`. Loại tệp được nhận diện từ nội dung.`,
};
