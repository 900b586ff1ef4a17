// The one list of what article bodies may contain. The editor and the server
// renderer both build their schema from it; schema.ts validates stored JSON
// against the same set of nodes, marks and attributes.
import { extensions as coreExtensions, type Extensions } from "@tiptap/core";
import Image from "@tiptap/extension-image";
import StarterKit from "@tiptap/starter-kit";
import { isSafeHref } from "./safe-url";

export const HEADING_LEVELS = [2, 3, 4] as const;

export const richTextExtensions: Extensions = [
  StarterKit.configure({
    heading: { levels: [...HEADING_LEVELS] },
    code: false,
    codeBlock: false,
    strike: false,
    underline: false,
    link: {
      openOnClick: false,
      autolink: true,
      defaultProtocol: "https",
      protocols: ["http", "https", "mailto"],
      isAllowedUri: (url) => isSafeHref(url),
      HTMLAttributes: { rel: "noopener noreferrer nofollow", target: null },
    },
  }),
  Image.configure({ inline: false, allowBase64: false }),
  // Direction is stored per block (`dir` attribute), so a mixed-language body
  // keeps each paragraph's direction; a block without one is "auto" (the
  // browser follows its first strong character). The editor sets the content
  // locale's direction on new blocks.
  coreExtensions.TextDirection.configure({ direction: "auto" }),
];
