import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import { invalid } from '../../errors.js';
import { formatByteSize } from './byte-size.js';
import { mediaTypeNames, type UploadPolicy } from './upload-policy.js';

export interface InspectedUpload {
  /** The media type read from the content, such as `application/pdf`. */
  mediaType: string;
  /** The extension that goes with that content, without a dot: `pdf`. */
  extension: string;
  /** In bytes. */
  size: number;
  /** SHA-256 of the content, in lower-case hex. */
  sha256: string;
}

const maxNameInMessage = 80;

function quotedName(fileName: string): string {
  const name = fileName.replace(/[\p{Cc}\p{Cf}]/gu, '').trim();
  if (name === '') return 'the file';
  return `"${name.length > maxNameInMessage ? `${name.slice(0, maxNameInMessage)}…` : name}"`;
}

function allowedNames(policy: UploadPolicy): string {
  return policy.allowed.map((type) => mediaTypeNames[type] ?? type).join(', ');
}

function assertValidPolicy(policy: UploadPolicy): void {
  if (!Number.isInteger(policy.maxBytes) || policy.maxBytes <= 0) throw invalid([{ path: 'policy.maxBytes', message: 'must be a whole number of bytes above 0' }]);
  if (policy.allowed.length === 0) throw invalid([{ path: 'policy.allowed', message: 'must allow at least one media type' }]);
}

/**
 * Checks a file sent with a submission and describes it. Its type is read from its content
 * (magic numbers, with `file-type`), never from its name or the type the browser claims, so an
 * HTML page renamed `.pdf` is refused. The name only appears in messages.
 *
 * @example
 * const upload = await inspectUpload('programme.pdf', bytes, defaultUploadPolicy);
 * // → { mediaType: 'application/pdf', extension: 'pdf', size: 48213, sha256: '9f2c…' }
 * // throws invalid([{ path: 'file', message: '"programme.pdf" is 12.4 MB; files may be at most 10 MB' }]) when too big
 */
export async function inspectUpload(fileName: string, bytes: Uint8Array, policy: UploadPolicy): Promise<InspectedUpload> {
  assertValidPolicy(policy);
  const name = quotedName(fileName);
  if (bytes.byteLength === 0) throw invalid([{ path: 'file', message: `${name} is empty` }]);
  if (bytes.byteLength > policy.maxBytes) {
    const limit = formatByteSize(policy.maxBytes);
    const size = formatByteSize(bytes.byteLength) === limit ? `${bytes.byteLength} bytes` : formatByteSize(bytes.byteLength);
    throw invalid([{ path: 'file', message: `${name} is ${size}; files may be at most ${limit}` }]);
  }
  const detected = await fileTypeFromBuffer(bytes);
  if (!detected || !policy.allowed.includes(detected.mime)) {
    const found = detected ? `a file of type ${detected.ext.toUpperCase()}` : 'of a type we do not recognise';
    throw invalid([{ path: 'file', message: `${name} is ${found}; accepted: ${allowedNames(policy)}` }]);
  }
  return {
    mediaType: detected.mime,
    extension: detected.ext,
    size: bytes.byteLength,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}
