"use client";

import Image from "next/image";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useId, useRef, useState } from "react";
import { useAction } from "@/components/use-action";
import { listMediaAction } from "@/server/actions/media";
import { altIn, type MediaItem } from "@/lib/media/schemas";
import { MediaError } from "./media-error";
import { MediaUploadForm } from "./media-upload-form";

/** What the editor gets for a chosen image. */
export interface PickedMedia {
  id: string;
  /** `/media/<key>`: what article bodies and hero images reference. */
  src: string;
  /** Alt text in the picker's `locale`, else English, else any; "" when none. */
  alt: string;
  credit: string | null;
  width: number | null;
  height: number | null;
}

export interface MediaPickerProps {
  open: boolean;
  onClose: () => void;
  onPick: (media: PickedMedia) => void;
  /** The content's locale: alt texts are given (and uploaded) in it. */
  locale: string;
}

const SEARCH_DELAY_MS = 250;

/**
 * The media library as a modal dialog for the article editor: search, choose,
 * or upload and then choose. A native <dialog> (focus trapped by the browser,
 * Escape closes); focus returns to whatever opened it.
 */
export function MediaPicker({ open, onClose, onPick, locale }: MediaPickerProps) {
  const t = useTranslations("Media");
  const titleId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openerRef = useRef<Element | null>(null);
  const [query, setQuery] = useState("");
  const [items, setItems] = useState<MediaItem[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [upload, setUpload] = useState<{ canUpload: boolean; maxBytes: number }>({ canUpload: false, maxBytes: 10 * 1024 * 1024 });
  const { pending: loading, failure, run } = useAction();
  const requestRef = useRef(0);

  // Open and close the native dialog with the prop; remember and restore focus.
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      openerRef.current = document.activeElement;
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  const load = useCallback((search: string, cursor?: string) => {
    const request = ++requestRef.current;
    run(
      async () => {
        const result = await listMediaAction({ query: search || undefined, cursor, take: 24 });
        return request === requestRef.current ? result : null; // else a newer search answered first
      },
      (data) => {
        setItems((previous) => (cursor ? [...previous, ...data.items] : data.items));
        setNextCursor(data.nextCursor);
        setUpload({ canUpload: data.canUpload, maxBytes: data.maxBytes });
      },
    );
  }, [run]);

  // (Re)load when opened and as the search changes, a little after typing stops.
  useEffect(() => {
    if (!open) return;
    const timer = setTimeout(() => load(query.trim()), query ? SEARCH_DELAY_MS : 0);
    return () => clearTimeout(timer);
  }, [open, query, load]);

  function handleClose() {
    const opener = openerRef.current;
    if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    onClose();
  }

  function pick(item: MediaItem) {
    onPick({ id: item.id, src: item.src, alt: altIn(item, locale), credit: item.credit, width: item.width, height: item.height });
    dialogRef.current?.close();
  }

  return (
    <dialog
      ref={dialogRef}
      className="media-picker"
      aria-labelledby={titleId}
      // Escape and dialog.close() both end here: the parent learns it is closed.
      onClose={handleClose}
      // A click on the backdrop (the dialog element itself, outside its content) closes it.
      onClick={(event) => {
        if (event.target === event.currentTarget) dialogRef.current?.close();
      }}
      data-testid="media-picker"
    >
      <div className="media-picker-body">
        <header className="media-picker-header">
          <h2 id={titleId}>{t("picker.title")}</h2>
          <button type="button" className="link-button" onClick={() => dialogRef.current?.close()}>
            {t("picker.close")}
          </button>
        </header>
        <label className="media-picker-search">
          {t("searchLabel")}
          {/* The dialog's first task is the search: focus goes there when it opens. */}
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} maxLength={200} dir="auto" autoFocus />
        </label>
        <MediaError failure={failure} />
        <div aria-live="polite" aria-busy={loading} className="media-picker-results">
          {loading && items.length === 0 ? (
            <p className="hint">{t("picker.loading")}</p>
          ) : items.length === 0 ? (
            <p className="hint">{query.trim() ? t("noResults", { query: query.trim() }) : t("empty")}</p>
          ) : (
            <ul className="media-grid">
              {items.map((item) => {
                const alt = altIn(item, locale);
                return (
                  <li key={item.id}>
                    <button type="button" className="media-picker-choice" onClick={() => pick(item)} aria-label={t("picker.choose", { name: alt || item.originalName })} data-testid="media-picker-choice">
                      <Image src={item.src} alt="" width={120} height={120} sizes="120px" className="media-thumb" />
                      <bdi className="media-name">{item.originalName}</bdi>
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
          {nextCursor && (
            <button type="button" onClick={() => load(query.trim(), nextCursor)} disabled={loading}>
              {t("more")}
            </button>
          )}
        </div>
        {upload.canUpload && (
          <details className="media-picker-upload">
            <summary>{t("picker.uploadSection")}</summary>
            <MediaUploadForm
              maxBytes={upload.maxBytes}
              altLocale={locale}
              onUploaded={(item) => {
                setItems((previous) => [item, ...previous.filter((i) => i.id !== item.id)]);
              }}
            />
          </details>
        )}
      </div>
    </dialog>
  );
}
