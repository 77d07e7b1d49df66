import { constants, crc32, deflateRawSync } from 'node:zlib';

/**
 * A page compressed once, sent many times with a few bytes of each response's own (a CSRF token)
 * between its parts, without compressing it again. Each part is deflated on its own and ends on
 * a full flush (byte-aligned, nothing refers back across it), so deflate blocks can follow one
 * another: a part, the filling as a stored (uncompressed) block, the next part, … the last part
 * ending the stream. Wrapped as gzip (RFC 1952), whose trailer is the CRC-32 and length of the
 * whole text, computed per response (a few µs for a page; compressing it again costs ~100 µs).
 */
export interface GzipParts {
  deflated: Buffer[];
  plain: Buffer[];
}

const HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xff]);
/** A stored block says its length in two bytes. */
const MAX_FILLING_BYTES = 0xffff;

export function gzipParts(texts: string[], level = 6): GzipParts {
  const plain = texts.map((text) => Buffer.from(text, 'utf8'));
  const deflated = plain.map((part, index) =>
    deflateRawSync(part, {
      level,
      finishFlush: index === plain.length - 1 ? constants.Z_FINISH : constants.Z_FULL_FLUSH,
    }),
  );
  return { deflated, plain };
}

/** The gzip body of the parts joined by `filling` (the same filling at every join). */
export function gzipWithFilling(parts: GzipParts, filling: string): Buffer {
  const fill = Buffer.from(filling, 'utf8');
  if (fill.length > MAX_FILLING_BYTES) throw new RangeError(`a filling of ${fill.length} bytes does not fit a stored block`);
  // BFINAL 0, BTYPE 00 (stored), padded to the byte; then LEN and its one's complement
  const stored = Buffer.alloc(5 + fill.length);
  stored.writeUInt8(0, 0);
  stored.writeUInt16LE(fill.length, 1);
  stored.writeUInt16LE(~fill.length & 0xffff, 3);
  fill.copy(stored, 5);

  const pieces: Buffer[] = [HEADER];
  let crc = 0;
  let size = 0;
  parts.deflated.forEach((deflated, index) => {
    if (index > 0) {
      pieces.push(stored);
      // zlib resets the CRC for an empty buffer that has no memory behind it
      if (fill.length > 0) crc = crc32(fill, crc);
      size += fill.length;
    }
    pieces.push(deflated);
    const plain = parts.plain[index] as Buffer;
    if (plain.length > 0) crc = crc32(plain, crc);
    size += plain.length;
  });
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(size >>> 0, 4);
  pieces.push(trailer);
  return Buffer.concat(pieces);
}
