// The one complete demo article, written for the demo by a fictional staff
// author (no real person's name on invented words), in English, Arabic and
// Hebrew, so that a newcomer sees every element of an article page in both
// directions: headings, a quotation, a list, a link and an image.
//
// Bodies are written in a small Markdown subset (see src/server/seed/demo-documents.ts):
// "## " heading, "> " quotation, "- " list item, "![alt](figure)" the figure,
// [text](https://…) links and _italics_ inline; blank lines separate blocks.
import type { SeedLocale } from "./internationalizing-human-rights";

export const staffAuthor = {
  name: "Noor Castellanos",
  bios: {
    en: "Noor Castellanos is a fictional editor, invented for the Polyglot Press demonstration site.",
    ar: "Noor Castellanos محرّرة خيالية، ابتُكرت لموقع العرض التجريبي لـ Polyglot Press.",
    he: "Noor Castellanos היא עורכת בדויה, שנוצרה עבור אתר ההדגמה של Polyglot Press.",
  } satisfies Partial<Record<SeedLocale, string>>,
};

export interface StaffArticleText {
  title: string;
  summary: string;
  /** Alt text of the figure in the body, in this language. */
  figureAlt: string;
  body: string;
}

export const staffArticle: { date: string; variants: { en: StaffArticleText; ar: StaffArticleText; he: StaffArticleText } } = {
  date: "2026-11-30",
  variants: {
    en: {
      title: "Regardless of frontiers: reading one debate in six languages",
      summary:
        "A debate about internationalizing human rights organizations is itself an exercise in crossing borders. What a multilingual publication owes its readers — and how this page shows it.",
      figureAlt:
        "Three clusters of circles — dark blue, rust red and green — each a hub ringed by smaller circles, joined to one another by dashed lines",
      body: `Human rights arguments rarely stay where they were written. An essay drafted in Nairobi is read in Bogotá, quoted in Beirut and answered from Tel Aviv. The debate this article belongs to — on why, how and at what cost human rights organizations internationalize — is about exactly that movement: of offices, of money, of staff and of ideas. It would be odd to publish it in one language only.

Polyglot Press exists to publish such debates in as many languages as its translators can give them. This article was written for the demonstration site, by a staff writer who does not exist, so that a newcomer can see every part of an article page: headings, a quotation, a list, a link, an image, and the same text in English, Arabic and Hebrew — two of which run from right to left.

## A debate is a conversation across borders

The contributions to this debate disagree, sometimes sharply. Some authors warn that international groups “going local” can crowd out the organizations that were already there; others argue that the global human rights system becomes fair only when power and funding shift towards national and local groups. Read side by side, they form a conversation, and a conversation needs its participants to understand one another.

That is where language comes in. A reader in Cairo who finds only the English version of an article about Arab civil society is told, in effect, that the discussion is happening somewhere else. A reader in Haifa who meets the Hebrew version of a piece first written in Spanish should know that it is a translation, who made it, and where to find the original. None of this is decoration. It decides who takes part.

## What a translation owes its reader

A translated article is a new text with obligations to two people: the author, whose argument it must carry faithfully, and the reader, who must be able to trust it. In practice, our editors hold every language version to a short list of promises:

- It says that it is a translation, names the language of the original and, when they agree, its translators.
- It links to every other language the article exists in, so that a reader can always check the source.
- It keeps the author’s structure — headings, quotations and emphasis — rather than smoothing it into a summary.
- It is published only when it is finished, and it is updated when the original changes.
- It never pretends to exist: when a language version is missing, the page says so plainly.

These promises are simple to state and surprisingly easy to break. A page that silently falls back to English, or a translation that lags three corrections behind its source, betrays the reader more quietly than a mistranslated sentence does — and just as surely.

## Regardless of frontiers

The title of this article borrows three words from the Universal Declaration of Human Rights, adopted in 1948 and since translated into more than five hundred languages. Its nineteenth article reads:

> Everyone has the right to freedom of opinion and expression; this right includes freedom to hold opinions without interference and to seek, receive and impart information and ideas through any media and regardless of frontiers.

“Regardless of frontiers” is usually read as a promise about the borders between states. It is also a promise about the borders between languages. The right to receive information means little if the information only ever arrives in someone else’s words. The full text of the Declaration, in the six official languages of the United Nations, is published [on the United Nations website](https://www.un.org/en/about-us/universal-declaration-of-human-rights).

## Right to left is not a mirror image

Arabic and Hebrew are written from right to left, and a publication that takes them seriously must do more than flip its layout. A page in Arabic begins on the right; its headings, lists and quotations are aligned to the right; the arrow that means “next” points left. Yet a date, a web address or the English name of an organization inside an Arabic sentence still runs from left to right, and the page must keep each of them intact rather than scramble their order.

Typography matters as much. Arabic letters join and change shape according to their neighbours, so a typeface designed for Latin text will not do; Hebrew needs a face whose letters stay legible at small sizes. A line height that is comfortable for English may crowd Arabic, whose letters reach further above and below the line.

![figure](figure)

The diagram above is how one of our editors sketched the shape of this debate: three hubs — a global North, a global South and the donors between them — each with its own smaller circles, linked by lines that are never quite solid. The image is the same in every language version of this article; what changes is its description, written in their own language for readers who cannot see it.

## Names, dates and numbers

Some of the hardest decisions in a translation are the smallest. An author’s name stays as its owner writes it, in every language, even inside a sentence of Arabic or Hebrew; transliterated, it would become a different name to a search engine and to the author’s own colleagues. Dates follow the reader: the same day is “22 May 2018” for an English reader, “22 mai 2018” for a French one and “22 مايو 2018” for an Arabic one, and the Arabic page may write its digits differently from the English. Figures, quotations from official documents and the names of laws are checked against published translations where they exist, rather than translated afresh. Each of these rules is small; together they decide whether a reader trusts the page.

## When a translation is missing

Not every article will be translated into every language, and a small publication should not pretend otherwise. What it can do is be honest. On this site, when you switch to a language an article does not exist in, you do not land on a different article, or on the English one dressed up as yours. You are told, in your language, that this article has not been published in it yet, and you are shown the languages in which you can read it.

The same honesty applies to the rest of this demonstration. The other articles in this debate were written by real authors and published by openGlobalRights; this site shows only their opening lines, with a note pointing to the full text at its original address. Only this article is complete, because it is the only one we wrote.

## Reading on

If you arrived here in English, try the language switcher at the top of the page: the Arabic and Hebrew versions of this article are complete translations, laid out from right to left, and the other languages will tell you plainly that the article does not exist in them yet. Then return to the debate and follow its authors, in whichever language you read best.

_This article was written for the Polyglot Press demonstration. Its author, Noor Castellanos, is fictional; the arguments summarised from the debate belong to their authors._`,
    },
    ar: {
      title: "دونما اعتبار للحدود: قراءة نقاش واحد بستّ لغات",
      summary:
        "النقاش حول تدويل منظمات حقوق الإنسان هو في حدّ ذاته تمرينٌ على عبور الحدود. ما الذي تدين به مطبوعةٌ متعددة اللغات لقرّائها، وكيف تُظهر هذه الصفحة ذلك.",
      figureAlt:
        "ثلاث مجموعات من الدوائر — زرقاء داكنة وحمراء بلون الصدأ وخضراء — لكلٍّ منها مركز تحيط به دوائر أصغر، وتصل بينها خطوط متقطعة",
      body: `نادرًا ما تبقى حجج حقوق الإنسان حيث كُتبت. فالمقالة التي تُكتب في نيروبي تُقرأ في بوغوتا، ويُستشهد بها في بيروت، ويأتيها الردّ من تل أبيب. والنقاش الذي تنتمي إليه هذه المقالة — حول لماذا وكيف وبأي ثمن تتجه منظمات حقوق الإنسان نحو التدويل — يدور حول هذه الحركة تحديدًا: حركة المكاتب والأموال والعاملين والأفكار. وسيكون من الغريب أن يُنشر بلغة واحدة فقط.

وُجدت Polyglot Press لتنشر نقاشات كهذه بأكبر عدد ممكن من اللغات التي يستطيع مترجموها نقلها إليها. وقد كُتبت هذه المقالة لموقع العرض التجريبي، بقلم محرّرة لا وجود لها في الواقع، كي يرى القادم الجديد كل عناصر صفحة المقالة: العناوين، والاقتباس، والقائمة، والرابط، والصورة، والنص نفسه بالإنجليزية والعربية والعبرية — واثنتان من هذه اللغات تُكتبان من اليمين إلى اليسار.

## النقاش حوارٌ عابر للحدود

تختلف المساهمات في هذا النقاش، وأحيانًا اختلافًا حادًّا. فبعض الكتّاب يحذّرون من أن تحوّل المنظمات الدولية «إلى منظمات محلية» قد يزاحم المنظمات التي كانت موجودة أصلًا، فيما يرى آخرون أن النظام العالمي لحقوق الإنسان لن يصبح عادلًا إلا حين تنتقل السلطة والتمويل نحو المجموعات الوطنية والمحلية. وحين تُقرأ هذه المساهمات جنبًا إلى جنب فإنها تشكّل حوارًا، والحوار يحتاج إلى أن يفهم أطرافه بعضهم بعضًا.

وهنا يأتي دور اللغة. فالقارئ في القاهرة الذي لا يجد إلا النسخة الإنجليزية من مقالة عن المجتمع المدني العربي يُقال له، في الواقع، إن النقاش يجري في مكان آخر. والقارئة في حيفا التي تصادف النسخة العبرية من مقالة كُتبت أصلًا بالإسبانية ينبغي أن تعرف أنها ترجمة، ومن ترجمها، وأين تجد الأصل. ليس في شيء من هذا زينة؛ فهو ما يحدّد من يشارك في النقاش.

## ما الذي تدين به الترجمة لقارئها

المقالة المترجمة نصٌّ جديد يحمل التزامات تجاه شخصين: الكاتب، الذي يجب أن تنقل حجّته بأمانة، والقارئ، الذي يجب أن يستطيع الوثوق بها. وعمليًا، يُلزم محرّرونا كل نسخة لغوية بقائمة قصيرة من الوعود:

- أن تصرّح بأنها ترجمة، وأن تسمّي لغة الأصل، وأن تذكر مترجميها حين يوافقون على ذلك.
- أن تحيل إلى كل لغة أخرى توجد بها المقالة، كي يتمكّن القارئ دائمًا من الرجوع إلى المصدر.
- أن تحافظ على بنية الكاتب — العناوين والاقتباسات ومواضع التشديد — بدل أن تصقلها في ملخّص.
- ألّا تُنشر إلا حين تكتمل، وأن تُحدَّث حين يتغيّر الأصل.
- ألّا تدّعي وجودًا ليس لها: فحين تغيب نسخة لغوية، تقول الصفحة ذلك بوضوح.

هذه الوعود سهلة الصياغة، لكن الإخلال بها أسهل مما يُظن. فالصفحة التي تعود بصمت إلى الإنجليزية، أو الترجمة التي تتأخّر عن مصدرها بثلاثة تصحيحات، تخون القارئ بهدوء أكبر مما تفعل جملة أُسيئت ترجمتها — ولكن بالقدر نفسه من اليقين.

## دونما اعتبار للحدود

يستعير عنوان هذه المقالة عبارةً من الإعلان العالمي لحقوق الإنسان، الذي اعتُمد عام 1948 وتُرجم منذ ذلك الحين إلى أكثر من خمسمئة لغة. تنصّ مادته التاسعة عشرة على ما يلي:

> لكلِّ شخص حقُّ التمتُّع بحرِّية الرأي والتعبير، ويشمل هذا الحقُّ حرِّيته في اعتناق الآراء دون مضايقة، وفي التماس الأنباء والأفكار وتلقِّيها ونقلها إلى الآخرين، بأيَّة وسيلة ودونما اعتبار للحدود.

عادةً ما تُقرأ عبارة «دونما اعتبار للحدود» على أنها وعدٌ يتعلّق بالحدود بين الدول. لكنها أيضًا وعدٌ يتعلّق بالحدود بين اللغات. فالحق في تلقّي المعلومات لا يعني الكثير إذا كانت المعلومات لا تصل أبدًا إلا بكلمات الآخرين. والنص الكامل للإعلان، باللغات الرسمية الست للأمم المتحدة، منشور [على موقع الأمم المتحدة](https://www.un.org/ar/about-us/universal-declaration-of-human-rights).

## من اليمين إلى اليسار ليس صورةً في مرآة

تُكتب العربية والعبرية من اليمين إلى اليسار، والمطبوعة التي تأخذهما على محمل الجد عليها أن تفعل أكثر من قلب تصميمها. فالصفحة العربية تبدأ من اليمين، وعناوينها وقوائمها واقتباساتها تُحاذى إلى اليمين، والسهم الذي يعني «التالي» يشير إلى اليسار. ومع ذلك، فإن التاريخ أو عنوان الموقع الإلكتروني أو اسم منظمة بالإنجليزية داخل جملة عربية يبقى مكتوبًا من اليسار إلى اليمين، وعلى الصفحة أن تحفظ كلًّا منها سليمًا بدل أن تخلط ترتيبه.

وللطباعة أهمية مماثلة. فالحروف العربية تتّصل ويتغيّر شكلها بحسب ما يجاورها، ولذلك لا يصلح لها خطٌّ صُمّم للنص اللاتيني؛ والعبرية تحتاج إلى خطٍّ تبقى حروفه مقروءة في الأحجام الصغيرة. كما أن تباعد الأسطر المريح للإنجليزية قد يضيّق على العربية، التي تمتدّ حروفها أبعد فوق السطر وتحته.

![figure](figure)

يُظهر الرسم أعلاه كيف رسمت إحدى محرّراتنا شكل هذا النقاش: ثلاثة محاور — شمالٌ عالمي، وجنوبٌ عالمي، والمانحون بينهما — لكلٍّ منها دوائره الأصغر، وتصل بينها خطوط لا تكتمل أبدًا. والصورة واحدة في كل النسخ اللغوية لهذه المقالة؛ أما ما يتغيّر فهو وصفها، المكتوب بلغتهم لمن لا يستطيعون رؤيتها.

## الأسماء والتواريخ والأرقام

بعض أصعب القرارات في الترجمة هي أصغرها. فاسم الكاتب يبقى كما يكتبه صاحبه، في كل لغة، حتى حين يرد في جملة عربية أو عبرية؛ إذ إن نقله إلى حروف أخرى يجعله اسمًا مختلفًا في نظر محركات البحث، بل في نظر زملاء الكاتب أنفسهم. أما التواريخ فتتبع القارئ: فاليوم نفسه يُكتب «22 May 2018» لقارئ بالإنجليزية، و«22 mai 2018» لقارئ بالفرنسية، و«22 مايو 2018» لقارئ بالعربية، وقد تكتب الصفحة العربية أرقامها على نحو يختلف عن الصفحة الإنجليزية. وتُراجَع الأرقام والاقتباسات من الوثائق الرسمية وأسماء القوانين على الترجمات المنشورة حيثما وُجدت، بدل ترجمتها من جديد. كل قاعدة من هذه القواعد صغيرة، لكنها مجتمعةً تحدّد ما إذا كان القارئ سيثق بالصفحة.

## حين تغيب الترجمة

لن تُترجم كل مقالة إلى كل لغة، ولا ينبغي لمطبوعة صغيرة أن تدّعي غير ذلك. ما تستطيعه هو أن تكون صادقة. ففي هذا الموقع، حين تنتقل إلى لغة لا توجد بها المقالة، لا ينتهي بك الأمر إلى مقالة أخرى، ولا إلى النسخة الإنجليزية متنكّرةً في ثوب لغتك، بل يُقال لك، بلغتك، إن هذه المقالة لم تُنشر بها بعد، وتُعرض عليك اللغات التي يمكنك قراءتها بها.

والصدق نفسه ينطبق على بقية هذا العرض التجريبي. فالمقالات الأخرى في هذا النقاش كتبها كتّاب حقيقيون ونشرها موقع openGlobalRights، ولا يعرض هذا الموقع إلا أسطرها الأولى، مع ملاحظة تحيل إلى النص الكامل في عنوانه الأصلي. وهذه المقالة وحدها كاملة، لأنها الوحيدة التي كتبناها.

## لمواصلة القراءة

إن وصلت إلى هنا بالعربية، فجرّب مبدّل اللغات في أعلى الصفحة: النسخة الإنجليزية الأصلية من هذه المقالة وترجمتها العبرية كاملتان — والعبرية، مثل العربية، تُعرض من اليمين إلى اليسار — أما اللغات الأخرى فستخبرك بوضوح أن المقالة غير موجودة بها بعد. ثم عُد إلى النقاش وتابع كتّابه، بأي لغة تجيد قراءتها.

_كُتبت هذه المقالة للعرض التجريبي لـ Polyglot Press. كاتبتها، Noor Castellanos، شخصية خيالية؛ أما الحجج الملخّصة من النقاش فتعود إلى أصحابها._`,
    },
    he: {
      title: "בלי סייגים של גבולות: לקרוא דיון אחד בשש שפות",
      summary:
        "דיון על בינאום ארגוני זכויות האדם הוא בעצמו תרגיל בחציית גבולות. מה חב פרסום רב־לשוני לקוראיו — וכיצד העמוד הזה מראה זאת.",
      figureAlt:
        "שלושה אשכולות של עיגולים — כחול כהה, אדום חלודה וירוק — בכל אחד מוקד המוקף בעיגולים קטנים יותר, והם מחוברים זה לזה בקווים מקווקווים",
      body: `טיעונים על זכויות אדם נשארים לעתים רחוקות במקום שבו נכתבו. מסה שנוסחה בניירובי נקראת בבוגוטה, מצוטטת בביירות וזוכה לתגובה מתל אביב. הדיון שהמאמר הזה שייך לו — מדוע, כיצד ובאיזה מחיר ארגוני זכויות אדם עוברים בינאום — עוסק בדיוק בתנועה הזאת: של משרדים, של כסף, של אנשי צוות ושל רעיונות. מוזר היה לפרסם אותו בשפה אחת בלבד.

Polyglot Press קיים כדי לפרסם דיונים כאלה בכל השפות שהמתרגמים שלו יכולים להעניק להם. המאמר הזה נכתב עבור אתר ההדגמה, בידי כותבת מהמערכת שאינה קיימת במציאות, כדי שמי שמגיע לכאן לראשונה יוכל לראות כל חלק של עמוד מאמר: כותרות, ציטוט, רשימה, קישור, תמונה, ואת אותו הטקסט באנגלית, בערבית ובעברית — שתיים מהן נכתבות מימין לשמאל.

## דיון הוא שיחה שחוצה גבולות

התרומות לדיון הזה חלוקות ביניהן, לעתים בחריפות. יש כותבים שמזהירים כי ארגונים בינלאומיים ש„הופכים למקומיים” עלולים לדחוק את הארגונים שכבר פעלו בשטח; אחרים טוענים שמערכת זכויות האדם העולמית תהיה הוגנת רק כשהכוח והמימון יעברו אל קבוצות לאומיות ומקומיות. כשקוראים אותן זו לצד זו, הן יוצרות שיחה, ושיחה מחייבת שהמשתתפים בה יבינו זה את זה.

כאן נכנסת השפה. קורא בקהיר שמוצא רק את הגרסה האנגלית של מאמר על החברה האזרחית הערבית שומע, למעשה, שהדיון מתנהל במקום אחר. קוראת בחיפה שנתקלת בגרסה העברית של מאמר שנכתב במקור בספרדית צריכה לדעת שזהו תרגום, מי תרגם אותו והיכן אפשר למצוא את המקור. אין בכל זה קישוט. זה מה שקובע מי לוקח חלק.

## מה חב תרגום לקורא

מאמר מתורגם הוא טקסט חדש שיש לו מחויבויות כלפי שני אנשים: הכותב, שאת טיעונו עליו להעביר בנאמנות, והקורא, שצריך להיות מסוגל לסמוך עליו. בפועל, העורכים שלנו מחייבים כל גרסה לשונית ברשימה קצרה של הבטחות:

- היא מציינת שהיא תרגום, נוקבת בשפת המקור ובשמות המתרגמים, אם הסכימו לכך.
- היא מקשרת לכל שפה אחרת שבה המאמר קיים, כך שהקורא יוכל תמיד לבדוק את המקור.
- היא שומרת על המבנה של הכותב — כותרות, ציטוטים והדגשות — במקום להחליק אותו לכדי תקציר.
- היא מתפרסמת רק כשהיא גמורה, ומתעדכנת כשהמקור משתנה.
- היא לעולם אינה מעמידה פנים שהיא קיימת: כשגרסה לשונית חסרה, העמוד אומר זאת בפשטות.

קל לנסח את ההבטחות האלה, וקל להפליא להפר אותן. עמוד שחוזר בשקט לאנגלית, או תרגום שמפגר שלושה תיקונים אחרי המקור, בוגדים בקורא בשקט רב יותר ממשפט שתורגם לא נכון — ובאותה ודאות.

## בלי סייגים של גבולות

כותרת המאמר שואלת כמה מילים מן ההכרזה לכל באי עולם בדבר זכויות האדם, שהתקבלה ב־1948 ותורגמה מאז ליותר מחמש מאות שפות. סעיף 19 שלה קובע:

> כל אדם זכאי לחירות הדעה והביטוי, לרבות החירות להחזיק בדעות בלי כל הפרעה, ולבקש ידיעות ודעות, ולקבלן ולמסרן בכל הדרכים ובלי סייגים של גבולות.

„בלי סייגים של גבולות” נקרא בדרך כלל כהבטחה הנוגעת לגבולות שבין מדינות. אבל זו גם הבטחה הנוגעת לגבולות שבין שפות. הזכות לקבל ידיעות אינה שווה הרבה אם הידיעות מגיעות תמיד רק במילים של מישהו אחר. הנוסח המלא של ההכרזה בשש השפות הרשמיות של האומות המאוחדות מתפרסם [באתר האומות המאוחדות](https://www.un.org/en/about-us/universal-declaration-of-human-rights); העברית אינה אחת מהן, אבל ההכרזה תורגמה גם אליה.

## מימין לשמאל אינו תמונת ראי

ערבית ועברית נכתבות מימין לשמאל, ופרסום שמתייחס אליהן ברצינות צריך לעשות יותר מאשר להפוך את העימוד שלו. עמוד בעברית מתחיל מימין; הכותרות, הרשימות והציטוטים מיושרים לימין; החץ שפירושו „הבא” מצביע שמאלה. ועם זאת, תאריך, כתובת אתר או שמו האנגלי של ארגון בתוך משפט עברי עדיין נכתבים משמאל לימין, והעמוד חייב לשמור על כל אחד מהם שלם במקום לערבב את סדרם.

גם לטיפוגרפיה יש משקל. האותיות הערביות מתחברות ומשנות את צורתן לפי שכנותיהן, ולכן גופן שעוצב לטקסט לטיני לא יתאים להן; העברית זקוקה לגופן שאותיותיו נשארות קריאות גם בגדלים קטנים. ומרווח שורות שנוח לאנגלית עלול להצר על הערבית, שאותיותיה נמתחות הרחק יותר מעל השורה ומתחתיה.

![figure](figure)

התרשים שלמעלה הוא הדרך שבה אחת העורכות שלנו שרטטה את צורת הדיון הזה: שלושה מוקדים — צפון גלובלי, דרום גלובלי והתורמים שביניהם — לכל אחד מהם עיגולים קטנים משלו, והם מחוברים בקווים שלעולם אינם רציפים לגמרי. בכל הגרסאות הלשוניות של המאמר התמונה זהה; מה שמשתנה הוא התיאור שלה, שנכתב בשפתם עבור קוראים שאינם יכולים לראות אותה.

## שמות, תאריכים ומספרים

כמה מההחלטות הקשות ביותר בתרגום הן הקטנות ביותר. שמו של כותב נשאר כפי שבעליו כותב אותו, בכל שפה, גם בתוך משפט בערבית או בעברית; בתעתיק הוא היה הופך לשם אחר בעיני מנועי החיפוש, ואפילו בעיני עמיתיו של הכותב. התאריכים הולכים אחרי הקורא: אותו יום נכתב „22 May 2018” לקורא באנגלית, „22 mai 2018” לקורא בצרפתית ו„22 במאי 2018” לקורא בעברית, והעמוד הערבי עשוי לכתוב את ספרותיו אחרת מהעמוד האנגלי. מספרים, ציטוטים ממסמכים רשמיים ושמות של חוקים נבדקים מול תרגומים שפורסמו, אם יש כאלה, במקום שיתורגמו מחדש. כל אחד מהכללים האלה קטן; יחד הם קובעים אם הקורא יסמוך על העמוד.

## כשתרגום חסר

לא כל מאמר יתורגם לכל שפה, ופרסום קטן לא צריך להעמיד פנים אחרת. מה שהוא יכול לעשות הוא לנהוג ביושר. באתר הזה, כשעוברים לשפה שהמאמר אינו קיים בה, לא נוחתים על מאמר אחר, וגם לא על הגרסה האנגלית בתחפושת של השפה שלכם. אומרים לכם, בשפתכם, שהמאמר הזה עדיין לא פורסם בה, ומראים לכם את השפות שבהן אפשר לקרוא אותו.

אותו יושר חל גם על שאר ההדגמה. את שאר המאמרים בדיון הזה כתבו כותבים אמיתיים, והם פורסמו ב־openGlobalRights; האתר הזה מציג רק את שורות הפתיחה שלהם, עם הערה שמפנה אל הטקסט המלא בכתובתו המקורית. רק המאמר הזה שלם, כי הוא היחיד שכתבנו.

## להמשך קריאה

אם הגעתם לכאן בעברית, נסו את בורר השפות בראש העמוד: הגרסה האנגלית המקורית של המאמר והתרגום לערבית שלמים — והערבית, כמו העברית, מוצגת מימין לשמאל — ושאר השפות יאמרו לכם בפשטות שהמאמר עדיין אינו קיים בהן. אחר כך חזרו אל הדיון ועקבו אחר כותביו, בכל שפה שאתם קוראים בה הכי טוב.

_המאמר נכתב עבור ההדגמה של Polyglot Press. הכותבת, Noor Castellanos, היא דמות בדויה; הטיעונים שסוכמו מתוך הדיון שייכים לכותביהם._`,
    },
  },
};
