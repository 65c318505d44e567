import { describe, expect, it } from 'vitest';
import { deriveSyncKeys, newDataKey, unwrapDataKey, WrongSyncPassphraseError, wrapDataKey } from '../../lib/sync/keys';
import { DamagedDocumentError, docIdFor, fingerprint, openDoc, sealDoc } from '../../lib/sync/seal';

const ITERATIONS = 1_000;
const entry = {
  id: 'entry-1',
  title: 'Handover on the night shift',
  body: 'I asked the registrar to slow down and repeat the plan.',
  tags: ['handover'],
  kind: 'reflection',
  occurredOn: '2026-11-22',
  createdAt: 1,
  updatedAt: 2,
};

describe('the journal’s sync key and sealed documents', () => {
  it('opens the key only with the sync passphrase, telling a wrong one apart', async () => {
    const { keyId, dataKey } = newDataKey();
    const doc = await wrapDataKey('correct horse battery', keyId, dataKey, ITERATIONS);
    expect(await unwrapDataKey(doc, 'correct horse battery', 1)).toEqual(dataKey);
    await expect(unwrapDataKey(doc, 'wrong horse battery', 1)).rejects.toBeInstanceOf(WrongSyncPassphraseError);
    expect(JSON.stringify(doc)).not.toContain('correct horse');
  });

  it('names documents by keyed hashes that reveal neither table nor id', async () => {
    const keys = await deriveSyncKeys(newDataKey().dataKey);
    const otherKeys = await deriveSyncKeys(newDataKey().dataKey);
    const id = await docIdFor(keys, 'entries', 'entry-1');
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(await docIdFor(keys, 'entries', 'entry-1')).toBe(id);
    expect(await docIdFor(keys, 'goals', 'entry-1')).not.toBe(id);
    expect(await docIdFor(otherKeys, 'entries', 'entry-1')).not.toBe(id);
  });

  it('keeps none of the words on the server and opens them back whole', async () => {
    const keys = await deriveSyncKeys(newDataKey().dataKey);
    const id = await docIdFor(keys, 'entries', entry.id);
    const doc = await sealDoc(keys, id, { table: 'entries', key: entry.id, record: entry });
    const stored = JSON.stringify(doc);
    for (const word of ['Handover', 'registrar', 'handover', 'reflection', '2026-11-22', 'entries', 'entry-1'])
      expect(stored).not.toContain(word);
    expect(await openDoc(keys, doc)).toEqual({ table: 'entries', key: entry.id, record: entry });
  });

  it('refuses a sealed body moved to another document’s id', async () => {
    const keys = await deriveSyncKeys(newDataKey().dataKey);
    const other = { ...entry, id: 'entry-2', title: 'Another' };
    const idA = await docIdFor(keys, 'entries', entry.id);
    const idB = await docIdFor(keys, 'entries', other.id);
    const a = await sealDoc(keys, idA, { table: 'entries', key: entry.id, record: entry });
    const b = await sealDoc(keys, idB, { table: 'entries', key: other.id, record: other });
    await expect(openDoc(keys, { ...a, s: b.s })).rejects.toBeInstanceOf(DamagedDocumentError);
    await expect(openDoc(keys, { ...b, s: a.s })).rejects.toBeInstanceOf(DamagedDocumentError);
  });

  it('does not open a document sealed with another journal’s key', async () => {
    const keys = await deriveSyncKeys(newDataKey().dataKey);
    const foreign = await deriveSyncKeys(newDataKey().dataKey);
    const id = await docIdFor(foreign, 'entries', entry.id);
    const doc = await sealDoc(foreign, id, { table: 'entries', key: entry.id, record: entry });
    await expect(openDoc(keys, doc)).rejects.toBeInstanceOf(DamagedDocumentError);
  });

  it('carries a file as an encrypted attachment that opens to the same bytes', async () => {
    const keys = await deriveSyncKeys(newDataKey().dataKey);
    const bytes = new TextEncoder().encode('Certificate of completion: Leading teams');
    const record = {
      id: 'file-1',
      entryId: 'entry-1',
      name: 'certificate.pdf',
      type: 'application/pdf',
      size: bytes.length,
      addedAt: 1,
      blob: new Blob([bytes], { type: 'application/pdf' }),
    };
    const id = await docIdFor(keys, 'attachments', record.id);
    const doc = await sealDoc(keys, id, { table: 'attachments', key: record.id, record });
    expect(JSON.stringify(doc)).not.toContain('certificate');
    expect(Object.keys(doc._attachments ?? {})).toEqual(['f0']);
    const opened = await openDoc(keys, doc);
    const blob = opened.record.blob as Blob;
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(bytes);
    expect(blob.type).toBe('application/pdf');
    expect(await fingerprint(keys, opened.record)).toBe(await fingerprint(keys, record));
  });
});
