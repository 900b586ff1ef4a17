"use client";

import type { Editor } from "@tiptap/core";
import { EditorContent, useEditor, useEditorState } from "@tiptap/react";
import { useTranslations } from "next-intl";
import { type FormEvent, type ReactNode, useEffect, useMemo, useRef, useState } from "react";
import { Fragment, type Node as ProseMirrorNode, Slice } from "@tiptap/pm/model";
import type { RichTextDocument, RichTextNode } from "@/lib/rich-text/document";
import { createRichTextExtensions } from "@/lib/rich-text/extensions";
import { isSafeHref, isSafeImageSrc } from "@/lib/rich-text/safe-url";

export interface PickedImage {
  src: string;
  alt: string;
}

/**
 * The article body editor. Blocks get the *content's* direction (an Arabic
 * version is typed right-to-left in an English dashboard); a paragraph can be
 * switched to the other direction and keeps it. Pasting from Word or Google
 * Docs keeps what the schema knows (headings, lists, links, emphasis) and
 * drops the rest.
 */
export function RichTextEditor({
  initialContent,
  direction,
  lang,
  onChange,
  onPickImage,
  labelledBy,
  onRefusedImages,
  insertion,
}: {
  /** Content to insert at the cursor (a translation-memory match); a new `seq` inserts again. */
  insertion?: { seq: number; content: RichTextNode[] } | null;
  /** Pasted or dropped images from outside the media library, which were left out (their addresses). */
  onRefusedImages?: (sources: string[]) => void;
  initialContent: RichTextDocument;
  /** The id of the field's visible label: the text area's accessible name. */
  labelledBy?: string;
  direction: "ltr" | "rtl";
  lang: string;
  onChange: (doc: RichTextDocument) => void;
  /** Opens the media library; resolves with the chosen image, or null. */
  onPickImage?: () => Promise<PickedImage | null>;
}) {
  const extensions = useMemo(() => createRichTextExtensions(direction), [direction]);
  const onChangeRef = useRef(onChange);
  const onRefusedRef = useRef(onRefusedImages);
  useEffect(() => {
    onChangeRef.current = onChange;
    onRefusedRef.current = onRefusedImages;
  }, [onChange, onRefusedImages]);
  const editor = useEditor({
    extensions,
    // Our extension list brings its own, configured TextDirection.
    enableCoreExtensions: { textDirection: false },
    content: initialContent,
    immediatelyRender: false,
    editorProps: {
      attributes: {
        class: "prose editor-body",
        lang,
        dir: direction,
        "aria-multiline": "true",
        role: "textbox",
        ...(labelledBy ? { "aria-labelledby": labelledBy } : {}),
        "data-testid": "editor-body",
      },
      // One rule for images: they come from the media library. A pasted or
      // dropped image from elsewhere is left out, and the editor says which.
      transformPasted: (slice) => {
        const refused: string[] = [];
        const content = withoutOutsideImages(slice.content, refused);
        if (!refused.length) return slice;
        onRefusedRef.current?.(refused);
        return new Slice(content, slice.openStart, slice.openEnd);
      },
    },
    onUpdate: ({ editor }) => onChangeRef.current(editor.getJSON() as RichTextDocument),
  });

  useEffect(() => {
    if (editor && insertion?.content.length) editor.chain().focus().insertContent(insertion.content).run();
  }, [editor, insertion]);

  return (
    <div className="rich-text-editor">
      {editor && <Toolbar editor={editor} direction={direction} onPickImage={onPickImage} />}
      <EditorContent editor={editor} />
    </div>
  );
}

/** The fragment without image nodes from outside the media library (their src added to `refused`). */
function withoutOutsideImages(fragment: Fragment, refused: string[]): Fragment {
  const kept: ProseMirrorNode[] = [];
  fragment.forEach((node) => {
    if (node.type.name === "image" && !isSafeImageSrc(node.attrs.src)) {
      refused.push(String(node.attrs.src ?? ""));
      return;
    }
    if (node.isLeaf || node.isTextblock) return void kept.push(node);
    const content = withoutOutsideImages(node.content, refused);
    // A container left empty (a list item that only held the image) goes too.
    if (content.childCount > 0 || node.content.childCount === 0) kept.push(node.copy(content));
  });
  return Fragment.fromArray(kept);
}

function Toolbar({ editor, direction, onPickImage }: { editor: Editor; direction: "ltr" | "rtl"; onPickImage?: () => Promise<PickedImage | null> }) {
  const t = useTranslations("Editor");
  const [linkOpen, setLinkOpen] = useState(false);
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive("bold"),
      italic: e.isActive("italic"),
      h2: e.isActive("heading", { level: 2 }),
      h3: e.isActive("heading", { level: 3 }),
      bullet: e.isActive("bulletList"),
      ordered: e.isActive("orderedList"),
      quote: e.isActive("blockquote"),
      link: e.isActive("link"),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const other = direction === "rtl" ? "ltr" : "rtl";
  const chain = () => editor.chain().focus();

  return (
    <div className="editor-toolbar" role="toolbar" aria-label={t("toolbar")}>
      <ToolButton label={t("heading2")} pressed={active.h2} onClick={() => chain().toggleHeading({ level: 2 }).run()}>H2</ToolButton>
      <ToolButton label={t("heading3")} pressed={active.h3} onClick={() => chain().toggleHeading({ level: 3 }).run()}>H3</ToolButton>
      <ToolButton label={t("bold")} shortcut="Mod-B" pressed={active.bold} onClick={() => chain().toggleBold().run()}><b>B</b></ToolButton>
      <ToolButton label={t("italic")} shortcut="Mod-I" pressed={active.italic} onClick={() => chain().toggleItalic().run()}><i>I</i></ToolButton>
      <ToolButton label={t("link")} pressed={active.link} onClick={() => setLinkOpen((o) => !o)}>
        <LinkIcon />
      </ToolButton>
      <ToolButton label={t("bulletList")} pressed={active.bullet} onClick={() => chain().toggleBulletList().run()}>•</ToolButton>
      <ToolButton label={t("orderedList")} pressed={active.ordered} onClick={() => chain().toggleOrderedList().run()}>1.</ToolButton>
      <ToolButton label={t("blockquote")} pressed={active.quote} onClick={() => chain().toggleBlockquote().run()}>❝</ToolButton>
      <ToolButton label={t("horizontalRule")} onClick={() => chain().setHorizontalRule().run()}>―</ToolButton>
      {onPickImage && (
        <ToolButton
          label={t("image")}
          onClick={async () => {
            const image = await onPickImage();
            if (image) chain().setImage({ src: image.src, alt: image.alt }).run();
          }}
        >
          <ImageIcon />
        </ToolButton>
      )}
      <ToolButton label={t(other === "rtl" ? "directionRtl" : "directionLtr")} onClick={() => chain().setTextDirection(other).run()}>
        {other === "rtl" ? "⇠" : "⇢"}
      </ToolButton>
      <ToolButton label={t("undo")} shortcut="Mod-Z" disabled={!active.canUndo} onClick={() => chain().undo().run()}>↶</ToolButton>
      <ToolButton label={t("redo")} shortcut="Mod-Shift-Z" disabled={!active.canRedo} onClick={() => chain().redo().run()}>↷</ToolButton>
      {linkOpen && <LinkForm editor={editor} onClose={() => setLinkOpen(false)} />}
    </div>
  );
}

function ToolButton({
  label,
  shortcut,
  pressed,
  disabled,
  onClick,
  children,
}: {
  label: string;
  shortcut?: string;
  pressed?: boolean;
  disabled?: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className="tool-button"
      aria-label={label}
      title={shortcut ? `${label} (${shortcut.replace("Mod", "Ctrl/⌘")})` : label}
      aria-pressed={pressed === undefined ? undefined : pressed}
      aria-keyshortcuts={shortcut?.replace("Mod", "Control")}
      disabled={disabled}
      onMouseDown={(e) => e.preventDefault() /* keep the editor's selection */}
      onClick={onClick}
    >
      <span aria-hidden="true">{children}</span>
    </button>
  );
}

// Drawn icons: an emoji is an empty box where no font has it (Debian's Chromium).
const iconProps = { viewBox: "0 0 24 24", width: 18, height: 18, fill: "none", stroke: "currentColor", strokeWidth: 2, strokeLinecap: "round", strokeLinejoin: "round", focusable: "false" } as const;

function LinkIcon() {
  return (
    <svg {...iconProps} className="tool-icon">
      <path d="M10 13a5 5 0 0 0 7.07 0l3-3a5 5 0 0 0-7.07-7.07l-1.5 1.5" />
      <path d="M14 11a5 5 0 0 0-7.07 0l-3 3a5 5 0 0 0 7.07 7.07l1.5-1.5" />
    </svg>
  );
}

function ImageIcon() {
  return (
    <svg {...iconProps} className="tool-icon">
      <rect x="3" y="4" width="18" height="16" rx="2" />
      <circle cx="9" cy="10" r="1.5" />
      <path d="M21 17l-5-5-9 8" />
    </svg>
  );
}

/** An editor-friendly link dialog: type or paste an address; only http(s) and mailto are taken. */
function LinkForm({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const t = useTranslations("Editor");
  const current = (editor.getAttributes("link").href as string | undefined) ?? "";
  const [href, setHref] = useState(current);
  const [error, setError] = useState(false);

  function normalize(value: string): string {
    const v = value.trim();
    if (/^[^\s@/:]+@[^\s@]+\.[^\s@]+$/.test(v)) return `mailto:${v}`;
    if (/^[a-z][a-z0-9+.-]*:/i.test(v)) return v;
    return `https://${v}`;
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!href.trim()) {
      editor.chain().focus().extendMarkRange("link").unsetLink().run();
      onClose();
      return;
    }
    const url = normalize(href);
    if (!isSafeHref(url)) {
      setError(true);
      return;
    }
    editor.chain().focus().extendMarkRange("link").setLink({ href: url }).run();
    onClose();
  }

  return (
    <form className="link-form" onSubmit={onSubmit} onKeyDown={(e) => e.key === "Escape" && onClose()}>
      <label>
        {t("linkAddress")}
        <input
          type="text"
          inputMode="url"
          dir="ltr"
          autoFocus
          value={href}
          onChange={(e) => {
            setHref(e.target.value);
            setError(false);
          }}
          aria-invalid={error}
          aria-describedby={error ? "link-error" : undefined}
          placeholder="https://"
        />
      </label>
      {error && (
        <span id="link-error" role="alert" className="field-error">
          {t("linkInvalid")}
        </span>
      )}
      <button type="submit">{t("linkApply")}</button>
      {current && (
        <button
          type="button"
          onClick={() => {
            editor.chain().focus().extendMarkRange("link").unsetLink().run();
            onClose();
          }}
        >
          {t("linkRemove")}
        </button>
      )}
    </form>
  );
}
