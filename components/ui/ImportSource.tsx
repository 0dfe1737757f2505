import type { ComponentChildren, JSX } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { BACKUP_LIMITS } from '@/utils/backup/format';
import { type MessageKey, t } from '@/utils/i18n';
import type { ImportMessage } from '@/utils/stories/import-candidates';

/**
 * The three ways to bring a file's content in, shared by the story and invitation imports: a button that opens the
 * file picker, a paste dialog, and dropping a file on the view (`useFileDrop`). What is read goes to `onText` with
 * where it came from; nothing here parses or writes.
 */

export interface ImportedText {
  /** The file's name, or null when pasted. */
  fileName: string | null;
  text: string;
}

export interface ImportSourceLabels {
  /** The button that opens the file picker. */
  pick: MessageKey;
  /** The file input's accessible name (the input itself is hidden; the pick button opens it). */
  fileInput: MessageKey;
  /** The button that opens the paste dialog, the dialog's heading, the text box and its confirm button. */
  paste: MessageKey;
  pasteHeading: MessageKey;
  pasteField: MessageKey;
  pasteConfirm: MessageKey;
}

/** A file too large is refused on its size, before it is read (the same limit as a backup file). */
export function fileTooLarge(file: File): ImportMessage | null {
  if (file.size <= BACKUP_LIMITS.fileBytes) return null;
  const mb = (n: number) => String(Math.ceil(n / (1024 * 1024)));
  return { messageKey: 'importErrorTooLarge', substitutions: [mb(file.size), mb(BACKUP_LIMITS.fileBytes)] };
}

export function ImportSource({
  labels,
  accept,
  disabled,
  onFile,
  onText,
  children,
}: {
  labels: ImportSourceLabels;
  accept: string;
  disabled?: boolean;
  onFile(file: File): void;
  onText(imported: ImportedText): void;
  children?: ComponentChildren;
}) {
  const input = useRef<HTMLInputElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const [pasted, setPasted] = useState('');
  const [inputKey, setInputKey] = useState(0);
  const id = `import-${labels.fileInput}`;

  return (
    <div class="row import-source">
      <button type="button" disabled={disabled} onClick={() => input.current?.click()}>
        {t(labels.pick)}
      </button>
      <input
        key={inputKey}
        ref={input}
        type="file"
        // Out of the tab order and the page: the button before it is the control (a visually hidden input would
        // be a second, invisible tab stop). Its label is for assistive technology and tests.
        hidden
        accept={accept}
        aria-label={t(labels.fileInput)}
        disabled={disabled}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // A new input each time, so picking the same file again is a change too.
          setInputKey((key) => key + 1);
          if (file) onFile(file);
        }}
      />
      <button type="button" disabled={disabled} onClick={() => dialog.current?.showModal()}>
        {t(labels.paste)}
      </button>
      {children}
      <dialog ref={dialog} aria-labelledby={`${id}-paste-heading`} class="card stack import-paste">
        <form
          method="dialog"
          class="stack"
          onSubmit={() => {
            if (pasted.trim()) onText({ fileName: null, text: pasted });
            setPasted('');
          }}
        >
          <h2 id={`${id}-paste-heading`}>{t(labels.pasteHeading)}</h2>
          <div class="field">
            <label for={`${id}-paste`}>{t(labels.pasteField)}</label>
            <textarea
              id={`${id}-paste`}
              rows={12}
              value={pasted}
              onInput={(event) => setPasted(event.currentTarget.value)}
            />
          </div>
          <div class="row">
            <button type="submit" class="primary" disabled={!pasted.trim()}>
              {t(labels.pasteConfirm)}
            </button>
            <button
              type="button"
              onClick={() => {
                setPasted('');
                dialog.current?.close();
              }}
            >
              {t('importCancel')}
            </button>
          </div>
        </form>
      </dialog>
    </div>
  );
}

/** Drop a file on a view: the props to spread on it, and whether a file is being dragged over it now. */
export function useFileDrop(onFile: (file: File) => void): [JSX.HTMLAttributes<HTMLElement>, boolean] {
  const [over, setOver] = useState(false);
  const hasFiles = (event: DragEvent) => Boolean(event.dataTransfer?.types.includes('Files'));
  return [
    {
      onDragOver: (event: DragEvent) => {
        if (!hasFiles(event)) return;
        // Without this the browser opens the dropped file in the tab instead.
        event.preventDefault();
        if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
        setOver(true);
      },
      onDragLeave: (event: DragEvent) => {
        if (!(event.currentTarget as Node).contains(event.relatedTarget as Node | null)) setOver(false);
      },
      onDrop: (event: DragEvent) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        setOver(false);
        const file = event.dataTransfer?.files[0];
        if (file) onFile(file);
      },
    },
    over,
  ];
}
