#!/usr/bin/python3
"""
Writes the readers' site's fonts: public/fonts/*.woff2 (content-hashed names,
served for a year, immutable: next.config.ts), this folder's fonts.css and
preloads.ts. Run it again after a font package update:
`python3 src/components/site/fonts/generate.py` (needs fontTools and brotli:
`apt-get install python3-fonttools python3-brotli`).

- The four text fonts (Inter, Source Serif 4, Noto Sans Arabic, Noto Sans
  Hebrew), every unicode-range subset @fontsource-variable ships, so a page
  downloads only the subsets of the scripts its text is in. `font-display:
  optional`: a font that is not there in time for the first paint (the page
  preloads its script's, preloads.ts) is not swapped in later on that page, so
  fonts never move a page (CLS); the next page has it from the cache.
- language-names-{arabic,hebrew}.woff2: the glyphs of "العربية" and "עברית"
  only (with their shaping tables), cut from the same Noto fonts, so that a
  page in another script draws the language switcher's labels in the right
  face for a few KB instead of the whole font (swap: a label's width is all it can move).
- wordmark.woff2: the glyphs of "Polyglot Press" from Source Serif 4, so the
  wordmark keeps its typeface on Arabic and Hebrew pages without the Latin font.
- Metric-matched fallbacks for the four text fonts (size-adjust,
  ascent/descent/line-gap overrides: the technique of next/font's
  adjustFontFallback), per weight: what a reader sees when a font is late is
  laid out like the font itself. Each is matched to the system font named first
  in its src: Arial (Liberation Sans has its metrics), Times New Roman
  (Liberation Serif), and for Arabic and Hebrew DejaVu Sans, the fallback of
  Linux desktops.
"""
import hashlib
import os
import re
import shutil
from fontTools import subset
from fontTools.ttLib import TTFont
from fontTools.varLib import instancer

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "../../../.."))
FS = os.path.join(ROOT, "node_modules/@fontsource-variable")
PUBLIC = os.path.join(ROOT, "public/fonts")
shutil.rmtree(PUBLIC, ignore_errors=True)
os.makedirs(PUBLIC)


def publish(path):
    """Copies a font file to public/fonts under a content-hashed name; returns its URL."""
    data = open(path, "rb").read()
    name = f"{os.path.basename(path)[:-6]}.{hashlib.sha256(data).hexdigest()[:10]}.woff2"
    shutil.copyfile(path, os.path.join(PUBLIC, name))
    return f"/fonts/{name}"

LABELS = {"arabic": ("noto-sans-arabic/files/noto-sans-arabic-arabic-wght-normal.woff2", "العربية"),
          "hebrew": ("noto-sans-hebrew/files/noto-sans-hebrew-hebrew-wght-normal.woff2", "עברית")}
WORDMARK = ("source-serif-4/files/source-serif-4-latin-wght-normal.woff2", "Polyglot Press")


def cut(source, text, out, weight):
    """A subset of `source` with the glyphs of `text`, at one weight (a variable font's
    variations are most of its bytes: 8.9 KB → 3.1 KB for "العربية"), published; returns its URL."""
    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = False
    font = instancer.instantiateVariableFont(TTFont(os.path.join(FS, source)), {"wght": weight})
    s = subset.Subsetter(options)
    s.populate(text=text)
    s.subset(font)
    font.flavor = "woff2"
    tmp = os.path.join("/tmp", out)
    font.save(tmp)
    return publish(tmp)


def unicode_range(text):
    return ", ".join(sorted({f"U+{ord(c):04X}" for c in text if c != " "}))


LATIN_SAMPLE = "aaabcdeeeefghiijklmnnoopqrrssttuvwxyz      "  # next/font's sample (letter frequency)
SAMPLES = {
    "latin": LATIN_SAMPLE,
    # Frequent letters, with spaces at a typical word length (isolated forms: no shaper here; the same for both fonts).
    "arabic": "اااالللليييممموووننررتتببععدهةسكفقحجش      ",
    "hebrew": "ייווההלללמממאאררתתבבשדעכנקפסצגזחט      ",
}


def load(path, weight=None):
    """A font file; a variable one instantiated at `weight`."""
    font = TTFont(path)
    if weight and "fvar" in font:
        font = instancer.instantiateVariableFont(font, {"wght": weight})
    return font


def average_width(font, sample):
    cmap, hmtx = font.getBestCmap(), font["hmtx"]
    widths = [hmtx[cmap[ord(c)]][0] for c in sample]
    return sum(widths) / len(widths) / font["head"].unitsPerEm


# The fallbacks stand in for their own script only: a system font with more
# scripts (Arial has Arabic and Hebrew on Windows) must not keep a later web font from loading.
RANGES = {
    "latin": "U+0000-024F, U+02B0-02FF, U+0300-036F, U+1E00-1EFF, U+2000-206F, U+20A0-20CF, U+2100-214F, U+2190-21FF, U+2212, U+FEFF, U+FFFD",
    "arabic": "U+0600-06FF, U+0750-077F, U+0870-08FF, U+FB50-FDFF, U+FE70-FEFC",
    "hebrew": "U+0590-05FF, U+FB1D-FB4F",
}

# Two faces per fallback: regular and bold text differ in width by different
# amounts in the web font and in the system font (headings are bold).
WEIGHTS = (("100 549", 400, ""), ("550 900", 700, "Bold"))


def fallback_face(name, main_path, script, fallback_paths, local_names, widths_path=None):
    """`widths_path`: the web font's file for `script` when `main_path` (its vertical metrics) is another subset.
    `fallback_paths`: the system font's regular and bold files; `local_names`: its names (bold: "{name} Bold")."""
    faces = []
    for (descriptor, weight, suffix), fallback_path in zip(WEIGHTS, fallback_paths):
        main = TTFont(main_path)
        hhea, upm = main["hhea"], main["head"].unitsPerEm
        size = average_width(load(widths_path or main_path, weight), SAMPLES[script]) / average_width(TTFont(fallback_path), SAMPLES[script])
        pct = lambda v: f"{abs(v) * 100:.2f}%"
        names = [m for n in local_names for m in ([f"{n} Bold"] + ([] if " " in n else [f"{n}-Bold"]) if suffix else [n])]
        src = ", ".join(f'local("{n}")' for n in names)
        faces.append(f'@font-face {{\n  font-family: "{name}";\n  font-weight: {descriptor};\n  src: {src};\n  size-adjust: {pct(size)};\n'
                     f"  ascent-override: {pct(hhea.ascent / (upm * size))};\n  descent-override: {pct(-hhea.descent / (upm * size))};\n"
                     f"  line-gap-override: {pct(hhea.lineGap / (upm * size))};\n  unicode-range: {RANGES[script]};\n}}\n")
    return "\n".join(faces)


SYS = "/usr/share/fonts/truetype"
css = ["/* Written by generate.py beside this file: do not edit by hand. */\n"]
preloads = {}
TEXT_FONTS = ["inter", "source-serif-4", "noto-sans-arabic", "noto-sans-hebrew"]
for package in TEXT_FONTS:
    # The SIL Open Font License travels with the fonts.
    shutil.copyfile(os.path.join(FS, package, "LICENSE"), os.path.join(PUBLIC, f"{package}.LICENSE.txt"))
    index = open(os.path.join(FS, package, "index.css")).read()
    for face in re.findall(r"@font-face \{(.*?)\}", index, re.S):
        family = re.search(r"font-family: '([^']+)'", face).group(1)
        weight = re.search(r"font-weight: ([^;]+);", face).group(1)
        file = re.search(r"url\(\./files/([^)]+)\)", face).group(1)
        ranges = re.search(r"unicode-range: ([^;]+);", face).group(1)
        url = publish(os.path.join(FS, package, "files", file))
        preloads[file[:-6]] = url
        css.append(f'@font-face {{\n  font-family: "{family}";\n  font-style: normal;\n  font-display: optional;\n  font-weight: {weight};\n'
                   f'  src: url("{url}") format("woff2-variations");\n  unicode-range: {ranges};\n}}\n')
for script, (source, text) in LABELS.items():
    # Regular only: a language's name is bold in the switcher only on a page in that language, in the page's own font.
    url = cut(source, text, f"language-names-{script}.woff2", 400)
    css.append(f'@font-face {{\n  font-family: "Language Names";\n  font-style: normal;\n  font-display: swap;\n  font-weight: 400;\n'
               f'  src: url("{url}") format("woff2");\n  unicode-range: {unicode_range(text)};\n}}\n')
wordmark = cut(WORDMARK[0], WORDMARK[1], "wordmark.woff2", 700)  # .site-name is bold
css.append(f'@font-face {{\n  font-family: "Wordmark";\n  font-style: normal;\n  font-display: swap;\n  font-weight: 700;\n'
           f'  src: url("{wordmark}") format("woff2");\n  unicode-range: {unicode_range(WORDMARK[1])}, U+0020;\n}}\n')
css.append(fallback_face("Inter Fallback", f"{FS}/inter/files/inter-latin-wght-normal.woff2", "latin",
                         [f"{SYS}/liberation/LiberationSans-Regular.ttf", f"{SYS}/liberation/LiberationSans-Bold.ttf"], ["Arial", "Liberation Sans", "LiberationSans"]))
css.append(fallback_face("Source Serif 4 Fallback", f"{FS}/source-serif-4/files/source-serif-4-latin-wght-normal.woff2", "latin",
                         [f"{SYS}/liberation/LiberationSerif-Regular.ttf", f"{SYS}/liberation/LiberationSerif-Bold.ttf"], ["Times New Roman", "Liberation Serif", "LiberationSerif"]))
css.append(fallback_face("Noto Sans Arabic Fallback", f"{FS}/noto-sans-arabic/files/noto-sans-arabic-arabic-wght-normal.woff2", "arabic",
                         [f"{SYS}/dejavu/DejaVuSans.ttf", f"{SYS}/dejavu/DejaVuSans-Bold.ttf"], ["DejaVu Sans", "DejaVuSans", "Arial"]))
css.append(fallback_face("Noto Sans Hebrew Fallback", f"{FS}/noto-sans-hebrew/files/noto-sans-hebrew-hebrew-wght-normal.woff2", "hebrew",
                         [f"{SYS}/dejavu/DejaVuSans.ttf", f"{SYS}/dejavu/DejaVuSans-Bold.ttf"], ["DejaVu Sans", "DejaVuSans", "Arial"]))
# Arabic and Hebrew pages draw their Latin letters (and spaces, which set each
# line's strut) from the Noto font too: its Latin faces get a fallback with the
# Noto font's line metrics and Latin widths.
LIBERATION = [f"{SYS}/liberation/LiberationSans-Regular.ttf", f"{SYS}/liberation/LiberationSans-Bold.ttf"]
for script, family in (("arabic", "noto-sans-arabic"), ("hebrew", "noto-sans-hebrew")):
    name = f"Noto Sans {script.capitalize()} Fallback"
    css.append(fallback_face(name, f"{FS}/{family}/files/{family}-{script}-wght-normal.woff2", "latin", LIBERATION,
                             ["Arial", "Liberation Sans", "LiberationSans"], widths_path=f"{FS}/{family}/files/{family}-latin-wght-normal.woff2"))
with open(os.path.join(HERE, "fonts.css"), "w") as f:
    f.write("\n".join(css))

# What a page preloads, by the script of its language: the faces its text needs first.
PRELOADS = {
    "latin": ["inter-latin-wght-normal", "source-serif-4-latin-wght-normal"],
    "arabic": ["noto-sans-arabic-arabic-wght-normal", "noto-sans-arabic-latin-wght-normal"],
    "hebrew": ["noto-sans-hebrew-hebrew-wght-normal", "noto-sans-hebrew-latin-wght-normal"],
}
with open(os.path.join(HERE, "preloads.ts"), "w") as f:
    f.write("// Written by generate.py beside this file: do not edit by hand.\n\n")
    f.write("/** The font files a page preloads, by its language's script (see fonts.css); the wordmark's on every page. */\n")
    f.write("export const FONT_PRELOADS = {\n")
    for script, files in PRELOADS.items():
        f.write(f"  {script}: [{', '.join(repr(preloads[n]).replace(chr(39), chr(34)) for n in files)}, \"{wordmark}\"],\n")
    f.write("} as const;\n")
