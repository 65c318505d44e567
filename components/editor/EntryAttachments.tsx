import { useEffect, useRef } from 'preact/hooks';
import { addAttachment, deleteAttachment, listAttachments } from '../../lib/attachments/repository';
import { type Attachment, formatBytes, MAX_ATTACHMENT_LABEL } from '../../lib/attachments/schema';
import { inertViewType } from '../../lib/attachments/viewing';
import { useLiveQuery } from '../hooks/useLiveQuery';
import { useWorkbench } from '../workbench/context';

/**
 * Opens a stored file in a new tab when the browser only shows it (PDFs, images, plain text),
 * as the type checked rather than whatever its blob says. Anything the browser would run as a
 * page (HTML, SVG) would run inside Lantern, so it is downloaded instead.
 */
export function openAttachment(attachment: Attachment): void {
  const type = inertViewType(attachment.type);
  if (!type) {
    downloadAttachment(attachment);
    return;
  }
  const url = URL.createObjectURL(new Blob([attachment.blob], { type }));
  window.open(url, '_blank', 'noopener');
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function downloadAttachment(attachment: Attachment): void {
  const url = URL.createObjectURL(attachment.blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = attachment.name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Adds files to an entry, one by one, telling the user about any that cannot be kept. */
export async function attachFiles(
  wb: ReturnType<typeof useWorkbench>,
  entryId: string,
  files: Iterable<File>,
): Promise<void> {
  for (const file of files) {
    try {
      await addAttachment(entryId, file);
      wb.notify(`Attached “${file.name}”.`);
    } catch (error) {
      wb.notify(error instanceof Error ? error.message : `“${file.name}” could not be attached.`, { tone: 'error' });
    }
  }
}

/** The files kept with an entry: open, download or remove each; add more by button or drop. */
export function EntryAttachments(props: {
  entryId: string;
  readOnly: boolean;
  /** Makes sure the entry exists in the database before a file is tied to it. */
  ensureSaved(): Promise<void>;
  registerPicker(open: () => void): void;
}) {
  const wb = useWorkbench();
  const input = useRef<HTMLInputElement>(null);
  const { value: attachments } = useLiveQuery(() => listAttachments(props.entryId), [props.entryId]);

  useEffect(() => {
    props.registerPicker(() => input.current?.click());
  }, [props.registerPicker]);

  useEffect(() => {
    wb.store.set({ attachmentCount: attachments?.length ?? null });
    return () => wb.store.set({ attachmentCount: null });
  }, [wb, attachments]);

  return (
    <section class="attachments" aria-labelledby="attachments-title">
      <div class="entry-competencies__header">
        <h3 id="attachments-title">Attachments</h3>
        {props.readOnly ? null : (
          <button
            type="button"
            class="button button--secondary"
            title={wb.describeCommand('entry.addAttachment')}
            onClick={() => input.current?.click()}
          >
            Add Attachment…
          </button>
        )}
        <input
          ref={input}
          type="file"
          multiple
          hidden
          aria-label="Choose files to attach"
          onChange={async (event) => {
            const files = [...(event.currentTarget.files ?? [])];
            event.currentTarget.value = '';
            if (!files.length) return;
            await props.ensureSaved();
            await attachFiles(wb, props.entryId, files);
          }}
        />
      </div>
      {attachments?.length ? (
        <ul class="attachments__list">
          {attachments.map((attachment) => (
            <li key={attachment.id}>
              <span class="attachments__name">{attachment.name}</span>
              <span class="page__muted">{formatBytes(attachment.size)}</span>
              {inertViewType(attachment.type) ? (
                <button type="button" class="link-button" onClick={() => openAttachment(attachment)}>
                  Open<span class="visually-hidden"> {attachment.name}</span>
                </button>
              ) : null}
              <button type="button" class="link-button" onClick={() => downloadAttachment(attachment)}>
                Download<span class="visually-hidden"> {attachment.name}</span>
              </button>
              {props.readOnly ? null : (
                <button
                  type="button"
                  class="link-button"
                  onClick={async () => {
                    if (await wb.confirm(`Remove “${attachment.name}” from this entry?`, 'Remove')) {
                      await deleteAttachment(attachment.id);
                    }
                  }}
                >
                  Remove<span class="visually-hidden"> {attachment.name}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p class="entry-competencies__empty">
          None. Add certificates, feedback reports or images (up to {MAX_ATTACHMENT_LABEL} each), or drop files on the
          entry.
        </p>
      )}
    </section>
  );
}
