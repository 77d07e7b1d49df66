import type { FastifyRequest } from 'fastify';
import { enterpriseErrors } from '../enterprises/enterprise-errors.ts';

/** The one file of a multipart upload, in memory (within the app's upload limit: 413 beyond). */
export async function readUpload(request: FastifyRequest): Promise<{ data: Buffer; fileName: string }> {
  if (!request.isMultipart()) {
    throw enterpriseErrors.ENTERPRISES_FILE_MISSING({
      vi: 'Gửi tệp dạng multipart/form-data, trường "file"',
      en: 'Send the file as multipart/form-data, field "file"',
    });
  }
  const file = await request.file();
  if (!file) throw enterpriseErrors.ENTERPRISES_FILE_MISSING();
  const data = await file.toBuffer();
  if (data.length === 0) throw enterpriseErrors.ENTERPRISES_FILE_MISSING({ vi: 'Tệp rỗng', en: 'The file is empty' });
  return { data, fileName: file.filename };
}

/** How an upload route is described in the OpenAPI document. */
export const uploadSchema = {
  consumes: ['multipart/form-data'],
  description: 'Gửi một tệp trong trường `file` (multipart/form-data). Loại tệp được nhận diện từ nội dung.',
};
