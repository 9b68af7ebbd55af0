/** What files a submission may carry: a size limit and the media types allowed, judged by content. */
export interface UploadPolicy {
  /** The largest file accepted, in bytes. */
  maxBytes: number;
  /** IANA media types, such as `application/pdf`. */
  allowed: readonly string[];
}

export const pdf = 'application/pdf';
export const png = 'image/png';
export const jpeg = 'image/jpeg';
export const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const odt = 'application/vnd.oasis.opendocument.text';

/** Names people recognise, for messages. */
export const mediaTypeNames: Record<string, string> = {
  [pdf]: 'PDF',
  [png]: 'PNG',
  [jpeg]: 'JPEG',
  [docx]: 'Word (.docx)',
  [odt]: 'OpenDocument text (.odt)',
};

/** 10 MB: a program sheet with photos, not a video. */
export const defaultUploadPolicy: UploadPolicy = Object.freeze({
  maxBytes: 10 * 1024 * 1024,
  allowed: Object.freeze([pdf, png, jpeg, docx, odt]),
});
