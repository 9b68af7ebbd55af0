import { Document, Packer, Paragraph } from 'docx';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../errors.js';
import { inspectUpload } from './inspect-upload.js';
import { defaultUploadPolicy } from './upload-policy.js';

async function pdfFile(): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  document.addPage().drawText('Cooperativa de vivienda, Bilbao 2018');
  return document.save();
}

async function docxFile(): Promise<Uint8Array> {
  return Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Économie sociale et solidaire')] }] }));
}

/** A 1×1 PNG. */
const pngFile = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

async function problemOf(promise: Promise<unknown>): Promise<{ path: string; message: string }> {
  const error = await promise.then(
    () => expect.fail('expected the upload to be refused'),
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DomainError);
  const fields = (error as DomainError).fields;
  expect(fields).toHaveLength(1);
  return fields[0]!;
}

describe('inspecting an upload', () => {
  it('accepts a PDF and describes it from its content', async () => {
    const bytes = await pdfFile();
    const upload = await inspectUpload('programme.pdf', bytes, defaultUploadPolicy);
    expect(upload).toMatchObject({ mediaType: 'application/pdf', extension: 'pdf', size: bytes.byteLength });
    expect(upload.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('accepts a PNG and a Word document', async () => {
    expect((await inspectUpload('logo.png', pngFile, defaultUploadPolicy)).mediaType).toBe('image/png');
    const word = await inspectUpload('ficha.docx', await docxFile(), defaultUploadPolicy);
    expect(word).toMatchObject({ mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' });
  });

  it('goes by the content, not the name: a PDF named .docx is a PDF', async () => {
    expect((await inspectUpload('ficha.docx', await pdfFile(), defaultUploadPolicy)).extension).toBe('pdf');
  });

  it('gives the same fingerprint to the same bytes, whatever their name', async () => {
    const bytes = await pdfFile();
    const [first, second] = await Promise.all([inspectUpload('a.pdf', bytes, defaultUploadPolicy), inspectUpload('b.pdf', bytes, defaultUploadPolicy)]);
    expect(first.sha256).toBe(second.sha256);
  });

  it('refuses an HTML page renamed .pdf', async () => {
    const html = new TextEncoder().encode('<!doctype html><html><body><script>alert(1)</script></body></html>');
    const problem = await problemOf(inspectUpload('programme.pdf', html, defaultUploadPolicy));
    expect(problem.path).toBe('file');
    expect(problem.message).toBe('"programme.pdf" is of a type we do not recognise; accepted: PDF, PNG, JPEG, Word (.docx), OpenDocument text (.odt)');
  });

  it('refuses a recognised type that the policy does not allow', async () => {
    const problem = await problemOf(inspectUpload('logo.png', pngFile, { ...defaultUploadPolicy, allowed: ['application/pdf'] }));
    expect(problem.message).toBe('"logo.png" is a file of type PNG; accepted: PDF');
  });

  it('refuses a file over the limit, naming the limit', async () => {
    const tooBig = new Uint8Array(defaultUploadPolicy.maxBytes + 1);
    tooBig.set(await pdfFile());
    const problem = await problemOf(inspectUpload('scan.pdf', tooBig, defaultUploadPolicy));
    expect(problem).toEqual({ path: 'file', message: '"scan.pdf" is 10485761 bytes; files may be at most 10 MB' });
    const small = await problemOf(inspectUpload('scan.pdf', await pdfFile(), { ...defaultUploadPolicy, maxBytes: 100 }));
    expect(small.message).toMatch(/^"scan.pdf" is \d+ bytes; files may be at most 100 bytes$/);
  });

  it('refuses an empty file', async () => {
    expect(await problemOf(inspectUpload('empty.pdf', new Uint8Array(), defaultUploadPolicy))).toEqual({ path: 'file', message: '"empty.pdf" is empty' });
  });

  it('refuses a policy without a limit, naming the field', async () => {
    const problem = await problemOf(inspectUpload('a.pdf', await pdfFile(), { ...defaultUploadPolicy, maxBytes: 0 }));
    expect(problem.path).toBe('policy.maxBytes');
  });
});
