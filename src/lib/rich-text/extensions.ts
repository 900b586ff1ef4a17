// The one list of what article bodies may contain. The editor and the server
// renderer both build their schema from it; schema.ts validates stored JSON
// against the same set of nodes, marks and attributes.
import { extensions as coreExtensions, type Extensions } from "@tiptap/core";
import Image from "@tiptap/extension-image";
import StarterKit from "@tiptap/starter-kit";
import { isSafeHref } from "./safe-url";

export const HEADING_LEVELS = [2, 3, 4] as const;

/**
 * `direction` is what a block without its own `dir` gets: "auto" when
 * rendering (the browser follows the first strong character); the content
 * locale's direction in the editor, so an Arabic version is typed right-to-left
 * whatever the dashboard's language.
 */
export function createRichTextExtensions(direction: "ltr" | "rtl" | "auto" = "auto"): Extensions {
  return [
    StarterKit.configure({
      heading: { levels: [...HEADING_LEVELS] },
      code: false,
      codeBlock: false,
      strike: false,
      underline: false,
      link: {
        openOnClick: false,
        // No autolink: with it the mark is inclusive (Tiptap's Link), and text
        // typed right after a link became part of it. Links come from the
        // link dialog, or from pasting an address onto a selection.
        autolink: false,
        defaultProtocol: "https",
        protocols: ["http", "https", "mailto"],
        isAllowedUri: (url) => isSafeHref(url),
        HTMLAttributes: { rel: "noopener noreferrer nofollow", target: null },
      },
    }),
    Image.configure({ inline: false, allowBase64: false }),
    // Direction is stored per block (`dir` attribute), so a mixed-language body
    // keeps each paragraph's direction.
    coreExtensions.TextDirection.configure({ direction }),
  ];
}

export const richTextExtensions: Extensions = createRichTextExtensions();
