import { fileTypeFromBuffer } from 'file-type';

/**
 * The real type of an uploaded file, read from its first bytes (never from its name or the
 * client's Content-Type), if it is one of `allowed`.
 */
export async function sniffAllowedType(
  data: Buffer,
  allowed: readonly string[],
): Promise<{ mime: string; ext: string } | undefined> {
  const detected = await fileTypeFromBuffer(data);
  if (!detected || !allowed.includes(detected.mime)) return undefined;
  return { mime: detected.mime, ext: detected.ext };
}

export const DOCUMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
