import type { FastifyRequest } from 'fastify';
import type { UploadFile } from './api-client.ts';

/** A file a browser form sent, by the form field it came in. */
export interface FormFile extends UploadFile {
  field: string;
}

/** What `multipartForm` leaves in `request.body`: the text fields, the files, and what went wrong. */
export interface MultipartBody {
  [field: string]: string | FormFile[] | undefined;
  _files: FormFile[];
  /** Set when a file was over the size limit or there were too many (the form shows it). */
  _uploadError?: 'tooLarge' | 'tooMany';
}

export interface MultipartFormOptions {
  maxFiles?: number;
  maxFileBytes?: number;
  maxFields?: number;
}

/**
 * Route hook (`preValidation`) for a form with files (`enctype="multipart/form-data"`): reads every
 * part into `request.body` before the CSRF check runs, so its `_csrf` field is checked like any
 * form's. Empty file inputs (nothing chosen) are left out. Files stay in memory: the API they go
 * to has its own limit, and these forms carry a few images or one spreadsheet.
 */
export function multipartForm(options: MultipartFormOptions = {}) {
  const maxFiles = options.maxFiles ?? 1;
  const maxFileBytes = options.maxFileBytes ?? 10 * 1024 * 1024;
  return async (request: FastifyRequest) => {
    if (!request.isMultipart()) return;
    const body: MultipartBody = { _files: [] };
    try {
      const parts = request.parts({
        limits: {
          files: maxFiles,
          fileSize: maxFileBytes,
          fields: options.maxFields ?? 200,
          parts: maxFiles + (options.maxFields ?? 200),
        },
      });
      for await (const part of parts) {
        if (part.type === 'file') {
          const data = await part.toBuffer();
          if (part.file.truncated) {
            body._uploadError = 'tooLarge';
            continue;
          }
          if (data.length === 0 && !part.filename) continue;
          body._files.push({ field: part.fieldname, filename: part.filename || 'upload', contentType: part.mimetype, data });
        } else if (part.fieldname !== '_files' && part.fieldname !== '_uploadError') {
          const value = String(part.value ?? '');
          const previous = body[part.fieldname];
          // a repeated field (checkboxes, an ordered list of images) keeps every value, joined by newlines
          body[part.fieldname] = typeof previous === 'string' ? `${previous}\n${value}` : value;
        }
      }
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'FST_REQ_FILE_TOO_LARGE') body._uploadError = 'tooLarge';
      else if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT')
        body._uploadError = 'tooMany';
      else throw error;
    }
    request.body = body;
  };
}
