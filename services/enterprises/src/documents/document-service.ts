import { randomUUID } from 'node:crypto';
import type { AuditLog } from '@tradeqn/audit';
import type { Db } from '@tradeqn/db';
import { isStaff } from '@tradeqn/kit';
import { DOCUMENT_TYPES, type FileStore, IMAGE_TYPES, sniffAllowedType } from '@tradeqn/storage';
import { stripInvisible } from '@tradeqn/vn';
import { enterpriseErrors } from '../enterprises/enterprise-errors.ts';
import { type Actor, isAdmin } from '../enterprises/enterprise-mapping.ts';
import { createEnterpriseRepository } from '../enterprises/enterprise-repository.ts';
import { createMemberRepository } from '../members/member-repository.ts';
import { createDocumentRepository, type DocumentRow } from './document-repository.ts';

export const DOCUMENT_KINDS = ['business_licence', 'product_licence', 'food_safety', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

type Person = { userId: string; roles: string[] };

/** A file name as kept and shown; also applied when showing names kept before it was this strict. */
function safeFileName(name: string): string {
  // bidi controls and invisible characters go (U+202E shows "x\u202Efdp.exe" as "xexe.pdf");
  // control characters, line breaks and path separators become underscores
  const cleaned = stripInvisible(name)
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Zl}\p{Zp}/\\]/gu, '_')
    .trim();
  return Array.from(cleaned).slice(-120).join('') || 'tep-tai-len';
}

function toDocumentDto(row: DocumentRow) {
  return {
    id: row.id,
    kind: row.kind as DocumentKind,
    fileName: safeFileName(row.fileName),
    contentType: row.contentType,
    sizeBytes: row.sizeBytes,
    uploadedAt: row.uploadedAt.toISOString(),
  };
}

/**
 * Verification papers (private: members and province staff only) and storefront images
 * (public). The type is read from the file's bytes; the name and Content-Type the client
 * sends are not trusted.
 */
export function createDocumentService(deps: { db: Db; files: FileStore; audit: AuditLog }) {
  const repo = createDocumentRepository();
  const enterprises = createEnterpriseRepository();
  const members = createMemberRepository();

  async function access(enterpriseId: string, actor: Actor, need: 'read' | 'write') {
    const enterprise = await enterprises.findById(deps.db, enterpriseId);
    if (!enterprise || !actor) throw enterpriseErrors.ENTERPRISES_NOT_FOUND();
    const member = await members.find(deps.db, enterpriseId, actor.userId);
    if (member || isAdmin(actor) || (need === 'read' && isStaff(actor))) return enterprise;
    if (enterprise.status !== 'approved' && !isStaff(actor)) throw enterpriseErrors.ENTERPRISES_NOT_FOUND();
    throw enterpriseErrors.ENTERPRISES_NOT_ALLOWED();
  }

  return {
    /**
     * Refuses a person who may not add files to the enterprise (404 or 403, as the upload itself
     * would): routes ask before they read the upload, so a stranger's file is never taken in.
     */
    async authorizeUpload(actor: Person, enterpriseId: string): Promise<void> {
      await access(enterpriseId, actor, 'write');
    },

    async upload(actor: Person, enterpriseId: string, kind: DocumentKind, file: { data: Buffer; fileName: string }) {
      await access(enterpriseId, actor, 'write');
      const type = await sniffAllowedType(file.data, DOCUMENT_TYPES);
      if (!type) throw enterpriseErrors.ENTERPRISES_FILE_TYPE({ vi: 'Chỉ nhận PDF, JPEG hoặc PNG', en: 'Only PDF, JPEG or PNG' });
      const id = randomUUID();
      const fileKey = `private/enterprises/${enterpriseId}/${id}.${type.ext}`;
      await deps.files.put(fileKey, file.data, type.mime);
      try {
        return await deps.db.transaction(async (tx) => {
          const row = await repo.insert(tx, {
            id,
            enterpriseId,
            kind,
            fileKey,
            contentType: type.mime,
            sizeBytes: file.data.length,
            fileName: safeFileName(file.fileName),
            uploadedBy: actor.userId,
          });
          await deps.audit.record(tx, {
            entityType: 'enterprise',
            entityId: enterpriseId,
            action: 'document.uploaded',
            actor,
            details: { documentId: id, kind, contentType: type.mime, sizeBytes: file.data.length },
          });
          return toDocumentDto(row);
        });
      } catch (error) {
        // no row, no file: a failed upload leaves nothing behind
        await deps.files.delete(fileKey).catch(() => {});
        throw error;
      }
    },

    async list(actor: Actor, enterpriseId: string) {
      await access(enterpriseId, actor, 'read');
      return (await repo.list(deps.db, enterpriseId)).map(toDocumentDto);
    },

    async download(actor: Actor, enterpriseId: string, documentId: string) {
      await access(enterpriseId, actor, 'read');
      const row = await repo.find(deps.db, enterpriseId, documentId);
      const file = row && (await deps.files.get(row.fileKey));
      if (!row || !file) throw enterpriseErrors.ENTERPRISES_DOCUMENT_NOT_FOUND();
      return { ...file, fileName: safeFileName(row.fileName) };
    },

    /** Stores a storefront image under `public/`, served by `GET /media/…`; returns its key. */
    async storeImage(actor: Person, enterpriseId: string, slot: 'logo' | 'cover', data: Buffer): Promise<string> {
      await access(enterpriseId, actor, 'write');
      const type = await sniffAllowedType(data, IMAGE_TYPES);
      if (!type)
        throw enterpriseErrors.ENTERPRISES_FILE_TYPE({
          vi: 'Chỉ nhận ảnh JPEG, PNG hoặc WebP',
          en: 'Only JPEG, PNG or WebP images',
        });
      const key = `public/enterprises/${enterpriseId}/${slot}-${randomUUID().slice(0, 8)}.${type.ext}`;
      await deps.files.put(key, data, type.mime);
      return key;
    },

    async discard(key: string | null): Promise<void> {
      if (key) await deps.files.delete(key).catch(() => {});
    },
  };
}

export type DocumentService = ReturnType<typeof createDocumentService>;
