// What the demo says about itself, in each language: the editor's note that
// is the body of every transcribed article (we have only its teaser: the full
// text is openGlobalRights'), and the alt texts of the demo images.
import type { SeedLocale } from "./internationalizing-human-rights";

/** Where the original English article lives: openGlobalRights' address, built from its English slug. */
export const originalUrl = (englishSlug: string) => `https://www.openglobalrights.org/${englishSlug}/`;

/**
 * The editor's note (its label with its punctuation, then its text), then the link on a line of its own.
 * `{authors}` is the list of authors, joined as the language joins lists.
 */
export const editorsNote: Record<SeedLocale, { label: string; text: string }> = {
  en: {
    label: "Editor’s note:",
    text: "This is demonstration content: Polyglot Press shows only the opening of this article, above. The full text, by {authors}, is published by openGlobalRights:",
  },
  es: {
    label: "Nota de la redacción:",
    text: "Este es contenido de demostración: Polyglot Press muestra solo el comienzo de este artículo, arriba. El texto completo, de {authors}, lo publica openGlobalRights; el original, en inglés, está aquí:",
  },
  fr: {
    label: "Note de la rédaction :",
    text: "Ceci est un contenu de démonstration : Polyglot Press ne montre que le début de cet article, ci-dessus. Le texte intégral, de {authors}, est publié par openGlobalRights ; l’original, en anglais, se trouve ici :",
  },
  pt: {
    label: "Nota da redação:",
    text: "Este é um conteúdo de demonstração: o Polyglot Press mostra apenas o início deste artigo, acima. O texto completo, de {authors}, é publicado pela openGlobalRights; o original, em inglês, está aqui:",
  },
  ar: {
    label: "ملاحظة المحرّر:",
    text: "هذا محتوى تجريبي: لا تعرض Polyglot Press إلا مطلع هذه المقالة، أعلاه. أما النص الكامل، بقلم {authors}، فمنشور على موقع openGlobalRights، والأصل بالإنجليزية هنا:",
  },
  he: {
    label: "הערת המערכת:",
    text: "זהו תוכן הדגמה: Polyglot Press מציג רק את פתיחת המאמר, למעלה. הטקסט המלא, מאת {authors}, מתפרסם ב־openGlobalRights, והמקור באנגלית נמצא כאן:",
  },
};

/** The demo images, bundled in public/demo/ (generated for the demo from prisma/seed/images/*.svg; CC0). */
export const demoImages = {
  debateHero: {
    file: "public/demo/debate-hero.webp",
    // Fixed, so the seed stays idempotent; shaped like an upload's generated key (32 hex digits).
    storageKey: "db3f1a90026c34e718fd4730951e184b.webp",
    width: 1600,
    height: 900,
    credit: "Polyglot Press (generated illustration, CC0)",
    alts: {
      en: "A globe drawn in thin lines on a night-blue background, its surface crossed by glowing arcs that link points of light",
      es: "Un globo terráqueo dibujado con líneas finas sobre un fondo azul noche, atravesado por arcos luminosos que unen puntos de luz",
      fr: "Un globe tracé en lignes fines sur un fond bleu nuit, parcouru d’arcs lumineux qui relient des points de lumière",
      pt: "Um globo desenhado em linhas finas sobre um fundo azul-noite, cruzado por arcos luminosos que ligam pontos de luz",
      ar: "كرة أرضية مرسومة بخطوط رفيعة على خلفية زرقاء داكنة، تعبر سطحها أقواس مضيئة تصل بين نقاط من الضوء",
      he: "גלובוס משורטט בקווים דקים על רקע כחול לילי, ועל פניו קשתות זוהרות המחברות נקודות אור",
    } satisfies Record<SeedLocale, string>,
  },
  articleFigure: {
    file: "public/demo/article-figure.webp",
    storageKey: "bc7287c18946626d7c51a5499a0b3bad.webp",
    width: 1200,
    height: 675,
    credit: "Polyglot Press (generated illustration, CC0)",
  },
} as const;
