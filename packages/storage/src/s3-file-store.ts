import type { Readable } from 'node:stream';
import type { S3Client } from '@aws-sdk/client-s3';
import { assertSafeKey, type FileStore, isSafeKey } from './file-store.ts';

export interface S3Options {
  /** `https://s3.example.vn` for an S3-compatible store (MinIO, a Vietnamese cloud); absent for AWS. */
  endpoint?: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Most S3-compatible stores want `bucket` in the path, not in the host name. */
  forcePathStyle: boolean;
  /** Key prefix inside the bucket, e.g. `tradeqn/`. */
  prefix?: string;
}

/** Uploaded files in an S3-compatible bucket (production); the SDK is loaded only here. */
export async function createS3FileStore(options: S3Options): Promise<FileStore> {
  const {
    S3Client: Client,
    PutObjectCommand,
    GetObjectCommand,
    DeleteObjectCommand,
    NoSuchKey,
  } = await import('@aws-sdk/client-s3');
  const client: S3Client = new Client({
    region: options.region,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    forcePathStyle: options.forcePathStyle,
    credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
  });
  const keyOf = (key: string) => {
    assertSafeKey(key);
    return `${options.prefix ?? ''}${key}`;
  };
  return {
    async put(key, data, contentType) {
      await client.send(new PutObjectCommand({ Bucket: options.bucket, Key: keyOf(key), Body: data, ContentType: contentType }));
    },
    async get(key) {
      if (!isSafeKey(key)) return undefined;
      try {
        const object = await client.send(new GetObjectCommand({ Bucket: options.bucket, Key: keyOf(key) }));
        const bytes = await object.Body?.transformToByteArray();
        if (!bytes) return undefined;
        return { data: Buffer.from(bytes), contentType: object.ContentType ?? 'application/octet-stream' };
      } catch (error) {
        if (error instanceof NoSuchKey || (error as { name?: string }).name === 'NoSuchKey') return undefined;
        throw error;
      }
    },
    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket: options.bucket, Key: keyOf(key) }));
    },
    async putStream(key, body, contentType) {
      // a multipart upload of 5 MB parts: memory stays at a few parts whatever the size
      const { Upload } = await import('@aws-sdk/lib-storage');
      const upload = new Upload({
        client,
        params: { Bucket: options.bucket, Key: keyOf(key), Body: body, ContentType: contentType },
        queueSize: 2,
        partSize: 5 * 1024 * 1024,
      });
      await upload.done();
    },
    async getStream(key) {
      if (!isSafeKey(key)) return undefined;
      try {
        const object = await client.send(new GetObjectCommand({ Bucket: options.bucket, Key: keyOf(key) }));
        if (!object.Body) return undefined;
        return {
          stream: object.Body as Readable,
          contentType: object.ContentType ?? 'application/octet-stream',
          size: object.ContentLength ?? 0,
        };
      } catch (error) {
        if (error instanceof NoSuchKey || (error as { name?: string }).name === 'NoSuchKey') return undefined;
        throw error;
      }
    },
  };
}
