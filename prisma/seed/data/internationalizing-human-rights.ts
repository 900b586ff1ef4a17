// Demo content: the openGlobalRights debate "Internationalizing Human Rights Organizations".
// English texts are transcribed from the public page; other-language texts are our translations.
export type SeedLocale = "en" | "es" | "fr" | "pt" | "ar" | "he";

export interface SeedText { title: string; summary: string }

export interface SeedArticle {
  /** ISO date of publication, as shown on the page */
  date: string; // "2018-05-22"
  /** Ordered authors exactly as on the page ("A & B & C" => ["A","B","C"]) */
  authors: string[];
  /** Every language the page lists for the article, plus English (the source). */
  variants: { en: SeedText } & Partial<Record<Exclude<SeedLocale, "en">, SeedText>>;
}

export const debate = {
  // The credit of openGlobalRights' own photo, transcribed; the demo does not have that photo and
  // shows its own generated image instead, with that image's credit (see demo-notes.ts).
  heroCredit: "Sergey Nivens/Shutterstock",
  translations: {
    en: {
      title: "Internationalizing Human Rights Organizations",
      subtitle: "Why, how, and at what cost?",
      intro: "Human rights organizations, networks and movements are expanding, broadening, and internationalizing. Groups based in the global north are trying to sink southern roots, while groups based in the south are trying to become more cross regional and global. Donors, such as Ford Foundation and the Open Society Foundations, are supporting these changes. In this debate we explore why, how, and at what cost internationalization is taking place in the global human rights community.",
    },
    es: {
      title: "La internacionalización de las organizaciones de derechos humanos",
      subtitle: "¿Por qué, cómo y a qué costo?",
      intro: "Las organizaciones, redes y movimientos de derechos humanos se están expandiendo, ampliando e internacionalizando. Los grupos con sede en el Norte global intentan echar raíces en el Sur, mientras que los grupos con sede en el Sur buscan volverse más interregionales y globales. Donantes como la Fundación Ford y las Open Society Foundations apoyan estos cambios. En este debate analizamos por qué, cómo y a qué costo se está produciendo la internacionalización en la comunidad mundial de derechos humanos.",
    },
    fr: {
      title: "Internationaliser les organisations de défense des droits humains",
      subtitle: "Pourquoi, comment et à quel prix ?",
      intro: "Les organisations, réseaux et mouvements de défense des droits humains se développent, s’élargissent et s’internationalisent. Les groupes basés dans le Nord global cherchent à s’enraciner dans le Sud, tandis que ceux basés dans le Sud s’efforcent de devenir plus interrégionaux et mondiaux. Des bailleurs de fonds comme la Fondation Ford et les Open Society Foundations soutiennent ces changements. Dans ce débat, nous examinons pourquoi, comment et à quel prix l’internationalisation s’opère au sein de la communauté mondiale des droits humains.",
    },
    pt: {
      title: "Internacionalizar as organizações de direitos humanos",
      subtitle: "Por quê, como e a que custo?",
      intro: "Organizações, redes e movimentos de direitos humanos estão se expandindo, se ampliando e se internacionalizando. Grupos sediados no Norte global tentam criar raízes no Sul, enquanto grupos sediados no Sul buscam se tornar mais inter-regionais e globais. Doadores como a Fundação Ford e as Open Society Foundations apoiam essas mudanças. Neste debate, exploramos por que, como e a que custo a internacionalização está ocorrendo na comunidade global de direitos humanos.",
    },
    ar: {
      title: "تدويل منظمات حقوق الإنسان",
      subtitle: "لماذا، وكيف، وبأي ثمن؟",
      intro: "تتوسع منظمات حقوق الإنسان وشبكاتها وحركاتها، ويتسع نطاق عملها، وتتجه نحو التدويل. فالمجموعات التي تتخذ من الشمال العالمي مقرًا لها تحاول أن تمدّ جذورها في الجنوب، بينما تسعى المجموعات القائمة في الجنوب إلى أن تصبح أوسع انتشارًا عبر الأقاليم وأكثر عالمية. ويدعم مانحون مثل مؤسسة فورد ومؤسسات المجتمع المفتوح هذه التحولات. ونستكشف في هذا النقاش لماذا وكيف وبأي ثمن يجري التدويل في مجتمع حقوق الإنسان العالمي.",
    },
    he: {
      title: "בינאום ארגוני זכויות האדם",
      subtitle: "מדוע, כיצד ובאיזה מחיר?",
      intro: "ארגונים, רשתות ותנועות לזכויות אדם גדלים, מרחיבים את תחומי פעילותם ועוברים תהליך של בינאום. קבוצות שבסיסן בצפון הגלובלי מנסות להכות שורשים בדרום, ואילו קבוצות שבסיסן בדרום שואפות להפוך לחוצות־אזורים ולגלובליות יותר. תורמים כמו קרן פורד וקרנות החברה הפתוחה תומכים בשינויים האלה. בדיון זה אנו בוחנים מדוע, כיצד ובאיזה מחיר מתרחש הבינאום בקהילת זכויות האדם העולמית.",
    },
  },
} satisfies { heroCredit: string; translations: Record<SeedLocale, { title: string; subtitle: string; intro: string }> };

export const articles: SeedArticle[] = [
  {
    date: "2018-05-22",
    authors: ["Mona Younis"],
    variants: {
      en: {
        title: "The hazards of international NGOs going local",
        summary: "International human rights NGOs are increasingly locating staff and offices in the global South. A recent",
      },
      ar: {
        title: "مخاطر تحوّل المنظمات غير الحكومية الدولية إلى منظمات محلية",
        summary: "تتجه المنظمات غير الحكومية الدولية لحقوق الإنسان بشكل متزايد إلى نقل موظفيها وفتح مكاتبها في الجنوب العالمي. ومؤخرًا",
      },
      es: {
        title: "Los riesgos de que las ONG internacionales se vuelvan locales",
        summary: "Las ONG internacionales de derechos humanos instalan cada vez más personal y oficinas en el Sur global. Un reciente",
      },
    },
  },
  {
    date: "2017-12-04",
    authors: ["Barbara Klugman", "Ravindran Daniel", "Denise Dora", "Maimouna Jallow"],
    variants: {
      en: {
        title: "Addressing systemic inequality in human rights funding",
        summary: "Human rights funding is systemically inequitable, and this will only change when funders provide core",
      },
    },
  },
  {
    date: "2017-11-30",
    authors: ["Barbara Klugman", "Ravindran Daniel", "Denise Dora", "Maimouna Jallow"],
    variants: {
      en: {
        title: "Finding equity: shifting power structures in human rights",
        summary: "The marker of progress towards an equitable human rights ecology is when local and national groups no",
      },
    },
  },
  {
    date: "2017-11-27",
    authors: ["Barbara Klugman", "Ravindran Daniel", "Denise Dora", "Maimouna Jallow"],
    variants: {
      en: {
        title: "The value of diversity in creating systemic change for human rights",
        summary: "The human rights system must value and mobilize the expertise of all players, from local to international",
      },
    },
  },
  {
    date: "2015-08-21",
    authors: ["Rochelle Jones", "Sarah Rosenhek", "Anna Turley"],
    variants: {
      en: {
        title: "Less money, more risk: the struggle for change in women’s rights",
        summary: "With fewer resources and greater risks, sustainable change in women’s rights internationally means supporting",
      },
      es: {
        title: "Menos dinero, más riesgo: la lucha por el cambio en los derechos de las mujeres",
        summary: "Con menos recursos y mayores riesgos, lograr un cambio sostenible en los derechos de las mujeres a nivel internacional implica apoyar",
      },
      fr: {
        title: "Moins d’argent, plus de risques : la lutte pour faire progresser les droits des femmes",
        summary: "Avec moins de ressources et davantage de risques, un changement durable en matière de droits des femmes à l’échelle internationale implique de soutenir",
      },
    },
  },
  {
    date: "2015-08-11",
    authors: ["Kwadwo Appiagyei-Atua"],
    variants: {
      en: {
        title: "The realpolitik of rights and democracy",
        summary: "What happens when human rights and democracy do not only advance Western foreign policy, but also contribute",
      },
    },
  },
  {
    date: "2015-08-04",
    authors: ["Muthoni Muriithi"],
    variants: {
      en: {
        title: "Internationalisation: lessons from the women’s movement",
        summary: "The internationalisation debate can learn a lot from women’s movements in terms of opening spaces and",
      },
    },
  },
  {
    date: "2015-06-09",
    authors: ["Charles Kojo Vandyck"],
    variants: {
      en: {
        title: "Do African rights groups have the “how” to internationalise?",
        summary: "Internationalising human rights work in Africa will always be a distant dream unless rights groups operate",
      },
    },
  },
  {
    date: "2015-05-28",
    authors: ["Dhananjayan Sriskandarajah", "Mandeep Tiwana"],
    variants: {
      en: {
        title: "Towards a multipolar civil society",
        summary: "With the world more multipolar than ever, why is civil society power still disproportionately located",
      },
      es: {
        title: "Hacia una sociedad civil multipolar",
        summary: "Con un mundo más multipolar que nunca, ¿por qué el poder de la sociedad civil sigue situado de manera desproporcionada",
      },
      pt: {
        title: "Rumo a uma sociedade civil multipolar",
        summary: "Com o mundo mais multipolar do que nunca, por que o poder da sociedade civil ainda está desproporcionalmente localizado",
      },
    },
  },
  {
    date: "2015-05-26",
    authors: ["Ram Mashru"],
    variants: {
      en: {
        title: "When internationalization causes more harm than good",
        summary: "Focusing on the practicalities of internationalization neglects a vital and thorny question: is going",
      },
      es: {
        title: "Cuando la internacionalización hace más mal que bien",
        summary: "Centrarse en los aspectos prácticos de la internacionalización deja de lado una pregunta vital y espinosa: ¿es",
      },
      fr: {
        title: "Quand l’internationalisation fait plus de mal que de bien",
        summary: "Se focaliser sur les aspects pratiques de l’internationalisation revient à négliger une question essentielle et épineuse : est-il",
      },
      ar: {
        title: "عندما يكون ضرر التدويل أكبر من نفعه",
        summary: "إن التركيز على الجوانب العملية للتدويل يُغفل سؤالًا حيويًا وشائكًا: هل",
      },
    },
  },
  {
    date: "2015-05-18",
    authors: ["Maja Daruwala"],
    variants: {
      en: {
        title: "One-way street: can internationalization ever be South-North?",
        summary: "North-South internationalization must be an alliance of equals, not simply a Northern expansion.",
      },
    },
  },
  {
    date: "2015-05-07",
    authors: ["Carrie Oelberger"],
    variants: {
      en: {
        title: "How does professionalization impact international human rights organizations?",
        summary: "The more transnational human rights groups become, the more likely they are to professionalize. This,",
      },
      es: {
        title: "¿Cómo afecta la profesionalización a las organizaciones internacionales de derechos humanos?",
        summary: "Cuanto más transnacionales se vuelven los grupos de derechos humanos, más probable es que se profesionalicen. Esto,",
      },
      fr: {
        title: "Quel est l’impact de la professionnalisation sur les organisations internationales de défense des droits humains ?",
        summary: "Plus les groupes de défense des droits humains deviennent transnationaux, plus ils sont susceptibles de se professionnaliser. Cela,",
      },
    },
  },
  {
    date: "2015-04-02",
    authors: ["Adriano Campolina"],
    variants: {
      en: {
        title: "Decentralizing can make global human rights groups stronger",
        summary: "NGO internationalization is now trendy, but ActionAid realized long ago that giving up power doesn’t",
      },
      es: {
        title: "La descentralización puede fortalecer a los grupos mundiales de derechos humanos",
        summary: "La internacionalización de las ONG está ahora de moda, pero ActionAid comprendió hace tiempo que ceder poder no",
      },
      fr: {
        title: "Décentraliser peut renforcer les organisations mondiales de défense des droits humains",
        summary: "L’internationalisation des ONG est aujourd’hui à la mode, mais ActionAid a compris depuis longtemps que renoncer au pouvoir ne",
      },
    },
  },
  {
    date: "2015-03-26",
    authors: ["Louise Arbour"],
    variants: {
      en: {
        title: "A Geneva Spring? Why civil society needs North-South solidarity",
        summary: "International human rights institutions are weak, but true North-South solidarity in civil society could",
      },
      es: {
        title: "¿Una Primavera de Ginebra? Por qué la sociedad civil necesita solidaridad Norte-Sur",
        summary: "Las instituciones internacionales de derechos humanos son débiles, pero una verdadera solidaridad Norte-Sur en la sociedad civil podría",
      },
      pt: {
        title: "Uma Primavera de Genebra? Por que a sociedade civil precisa de solidariedade Norte-Sul",
        summary: "As instituições internacionais de direitos humanos são frágeis, mas uma verdadeira solidariedade Norte-Sul na sociedade civil poderia",
      },
    },
  },
  {
    date: "2015-03-24",
    authors: ["Johanna Siméant"],
    variants: {
      en: {
        title: "Internationalization is about more than just advocacy",
        summary: "As NGOs create global brands rather than a “global civil society”, internationalization reaches beyond",
      },
    },
  },
  {
    date: "2015-03-20",
    authors: ["Stephen Hopgood"],
    variants: {
      en: {
        title: "Playing both ends against the middle",
        summary: "The idea of a “global middle” assumes that human rights transcend borders. But do they really?",
      },
      es: {
        title: "Enfrentar los extremos contra el centro",
        summary: "La idea de un «centro global» presupone que los derechos humanos trascienden las fronteras. Pero ¿realmente es así?",
      },
      fr: {
        title: "Jouer les deux extrêmes contre le centre",
        summary: "L’idée d’un « centre mondial » suppose que les droits humains transcendent les frontières. Mais est-ce vraiment le cas ?",
      },
      ar: {
        title: "التلاعب بالطرفين على حساب الوسط",
        summary: "تفترض فكرة «الوسط العالمي» أن حقوق الإنسان تتجاوز الحدود. ولكن هل هي كذلك حقًا؟",
      },
    },
  },
  {
    date: "2015-03-04",
    authors: ["Kenneth Roth"],
    variants: {
      en: {
        title: "Internationalizing human rights NGOs is not a zero-sum game",
        summary: "Internationalizing human rights NGOs can benefit everyone; it’s not a zero sum game.",
      },
      es: {
        title: "Internacionalizar las ONG de derechos humanos no es un juego de suma cero",
        summary: "Internacionalizar las ONG de derechos humanos puede beneficiar a todos; no es un juego de suma cero.",
      },
      pt: {
        title: "Internacionalizar as ONGs de direitos humanos não é um jogo de soma zero",
        summary: "Internacionalizar as ONGs de direitos humanos pode beneficiar a todos; não é um jogo de soma zero.",
      },
    },
  },
  {
    date: "2015-03-02",
    authors: ["Susan Waltz"],
    variants: {
      en: {
        title: "New trend, old roots: “internationalization” in Amnesty’s history",
        summary: "For Amnesty International, the growing trend of “internationalization” has very old roots.",
      },
    },
  },
  {
    date: "2015-02-10",
    authors: ["Jessica Montell"],
    variants: {
      en: {
        title: "Transnational rights violations call for new forms of cooperation",
        summary: "Human rights violations are increasingly transnational, yet there are no organizations addressing human",
      },
      he: {
        title: "הפרות זכויות חוצות גבולות מחייבות צורות חדשות של שיתוף פעולה",
        summary: "הפרות של זכויות אדם הופכות יותר ויותר לחוצות גבולות, אך אין ארגונים המטפלים",
      },
      es: {
        title: "Las violaciones transnacionales de derechos exigen nuevas formas de cooperación",
        summary: "Las violaciones de derechos humanos son cada vez más transnacionales; sin embargo, no existen organizaciones que aborden",
      },
      fr: {
        title: "Les violations transnationales des droits appellent de nouvelles formes de coopération",
        summary: "Les violations des droits humains sont de plus en plus transnationales, et pourtant il n’existe aucune organisation qui s’attaque",
      },
      ar: {
        title: "انتهاكات الحقوق العابرة للحدود تستدعي أشكالًا جديدة من التعاون",
        summary: "باتت انتهاكات حقوق الإنسان عابرة للحدود الوطنية على نحو متزايد، ومع ذلك لا توجد منظمات تتصدى",
      },
    },
  },
  {
    date: "2015-02-02",
    authors: ["Emily Martinez"],
    variants: {
      en: {
        title: "Human rights diversity goes beyond North-South relations",
        summary: "Diversifying the global human rights movement involves more than North-South restructuring.",
      },
      es: {
        title: "La diversidad en los derechos humanos va más allá de las relaciones Norte-Sur",
        summary: "Diversificar el movimiento global de derechos humanos implica algo más que una reestructuración Norte-Sur.",
      },
      fr: {
        title: "La diversité dans les droits humains dépasse les relations Nord-Sud",
        summary: "Diversifier le mouvement mondial des droits humains ne se résume pas à une restructuration Nord-Sud.",
      },
      ar: {
        title: "التنوع في مجال حقوق الإنسان يتجاوز العلاقات بين الشمال والجنوب",
        summary: "إن تنويع الحركة العالمية لحقوق الإنسان يتطلب أكثر من مجرد إعادة هيكلة العلاقات بين الشمال والجنوب.",
      },
    },
  },
  {
    date: "2015-01-23",
    authors: ["Stanley Ibe"],
    variants: {
      en: {
        title: "Don’t ditch the “local” when scrambling to “go global”",
        summary: "We cannot afford to globalize human rights at the expense of local context. To be sustainable and effective,",
      },
      es: {
        title: "No abandonemos lo «local» en la carrera por «globalizarnos»",
        summary: "No podemos permitirnos globalizar los derechos humanos a costa del contexto local. Para ser sostenibles y eficaces,",
      },
      fr: {
        title: "N’abandonnons pas le « local » dans la course pour « devenir global »",
        summary: "Nous ne pouvons pas nous permettre de mondialiser les droits humains au détriment du contexte local. Pour être durables et efficaces,",
      },
      ar: {
        title: "لا تتخلوا عن «المحلي» في خضم السعي المحموم نحو «العالمية»",
        summary: "لا يسعنا أن نعولم حقوق الإنسان على حساب السياق المحلي. ولتحقيق الاستدامة والفعالية،",
      },
    },
  },
  {
    date: "2015-01-23",
    authors: ["Wendy Wong"],
    variants: {
      en: {
        title: "A time for change? The future of INGOs in international human rights",
        summary: "Representativeness and access in the human rights arena is crucial, but is decentralization really the",
      },
      es: {
        title: "¿Tiempo de cambio? El futuro de las ONG internacionales en el ámbito internacional de los derechos humanos",
        summary: "La representatividad y el acceso en el ámbito de los derechos humanos son cruciales, pero ¿es la descentralización realmente la",
      },
      fr: {
        title: "L’heure du changement ? L’avenir des ONG internationales dans le domaine international des droits humains",
        summary: "La représentativité et l’accès dans le domaine des droits humains sont essentiels, mais la décentralisation est-elle vraiment la",
      },
      ar: {
        title: "هل حان وقت التغيير؟ مستقبل المنظمات غير الحكومية الدولية في مجال حقوق الإنسان الدولي",
        summary: "إن التمثيل وإمكانية الوصول في ساحة حقوق الإنسان أمران بالغا الأهمية، ولكن هل اللامركزية هي حقًا",
      },
    },
  },
  {
    date: "2015-01-22",
    authors: ["Muriel Asseraf"],
    variants: {
      en: {
        title: "Home and abroad: balancing Brazil’s human rights commitments",
        summary: "Emerging countries like Brazil are at a turning point, struggling to balance their domestic issues with",
      },
      es: {
        title: "Dentro y fuera: el difícil equilibrio de los compromisos de Brasil en derechos humanos",
        summary: "Los países emergentes como Brasil se encuentran en un punto de inflexión y se esfuerzan por equilibrar sus problemas internos con",
      },
      pt: {
        title: "Dentro e fora de casa: o equilíbrio dos compromissos do Brasil com os direitos humanos",
        summary: "Países emergentes como o Brasil estão em um momento decisivo, com dificuldades para equilibrar suas questões internas com",
      },
    },
  },
  {
    date: "2015-01-22",
    authors: ["Tanya Lokshina"],
    variants: {
      en: {
        title: "Long before “internationalization”: Human Rights Watch and local collaborations in Russia",
        summary: "Despite a hostile climate and many different challenges, the collaborations of Human Rights Watch with",
      },
    },
  },
  {
    date: "2015-01-21",
    authors: ["César Rodríguez-Garavito"],
    variants: {
      en: {
        title: "Multiple boomerangs: new models of global human rights advocacy",
        summary: "The global human rights field is being transformed, and activists are inventing new, less hierarchical",
      },
    },
  },
  {
    date: "2015-01-21",
    authors: ["Charli Carpenter"],
    variants: {
      en: {
        title: "How do we solve structural inequality in global networks?",
        summary: "It’s time to relocate power centres in the top-heavy human rights network. The savvy use of network",
      },
    },
  },
  {
    date: "2015-01-20",
    authors: ["Salil Shetty"],
    variants: {
      en: {
        title: "Moving Amnesty closer to the ground is necessary, not simple",
        summary: "The rapidly changing global structure and the rise of emerging powers require Amnesty to work in a more",
      },
      es: {
        title: "Acercar Amnistía al terreno es necesario, no sencillo",
        summary: "La rápida transformación de la estructura global y el ascenso de las potencias emergentes exigen que Amnistía trabaje de una manera más",
      },
      fr: {
        title: "Rapprocher Amnesty du terrain est nécessaire, pas simple",
        summary: "L’évolution rapide de la structure mondiale et l’essor des puissances émergentes obligent Amnesty à travailler de manière plus",
      },
      ar: {
        title: "تقريب منظمة العفو الدولية من الميدان ضروري، لكنه ليس بالأمر السهل",
        summary: "إن التغير السريع في البنية العالمية وصعود القوى الناشئة يقتضيان من منظمة العفو الدولية أن تعمل بطريقة أكثر",
      },
    },
  },
  {
    date: "2015-01-20",
    authors: ["Sarah Stroup"],
    variants: {
      en: {
        title: "Coming together, or falling apart?",
        summary: "International human rights groups are a big help when developing transnational norms; decentralizing",
      },
      es: {
        title: "¿Unirse o desmoronarse?",
        summary: "Los grupos internacionales de derechos humanos son de gran ayuda a la hora de desarrollar normas transnacionales; descentralizar",
      },
      fr: {
        title: "Se rassembler ou se désagréger ?",
        summary: "Les groupes internationaux de défense des droits humains sont d’une grande aide pour élaborer des normes transnationales ; décentraliser",
      },
      ar: {
        title: "تقارب أم تفكك؟",
        summary: "تقدّم مجموعات حقوق الإنسان الدولية عونًا كبيرًا في تطوير المعايير العابرة للحدود الوطنية؛ واللامركزية",
      },
    },
  },
  {
    date: "2015-01-19",
    authors: ["Wanja Muguongo"],
    variants: {
      en: {
        title: "To truly internationalize human rights, funding must make sense",
        summary: "Do western donors want to “internationalize” the human rights movement, or do they want to retain control",
      },
      es: {
        title: "Para internacionalizar de verdad los derechos humanos, la financiación debe tener sentido",
        summary: "¿Quieren los donantes occidentales «internacionalizar» el movimiento de derechos humanos, o quieren conservar el control",
      },
      fr: {
        title: "Pour internationaliser réellement les droits humains, le financement doit avoir du sens",
        summary: "Les bailleurs de fonds occidentaux veulent-ils « internationaliser » le mouvement des droits humains, ou souhaitent-ils garder le contrôle",
      },
      ar: {
        title: "لتدويل حقوق الإنسان حقًا، لا بد أن يكون التمويل منطقيًا",
        summary: "هل يريد المانحون الغربيون «تدويل» حركة حقوق الإنسان، أم يريدون الاحتفاظ بالسيطرة",
      },
    },
  },
  {
    date: "2015-01-19",
    authors: ["Louis Bickford"],
    variants: {
      en: {
        title: "Convergence towards the global middle: an emerging architecture for the international human rights movement",
        summary: "As international rights groups move “closer to the ground” and domestic groups reach out internationally,",
      },
      es: {
        title: "Convergencia hacia el centro global: una arquitectura emergente para el movimiento internacional de derechos humanos",
        summary: "A medida que los grupos internacionales de derechos se sitúan «más cerca del terreno» y los grupos nacionales se proyectan internacionalmente,",
      },
      fr: {
        title: "Convergence vers le centre mondial : une architecture émergente pour le mouvement international des droits humains",
        summary: "À mesure que les organisations internationales de défense des droits s’installent « plus près du terrain » et que les organisations nationales s’ouvrent à l’international,",
      },
      ar: {
        title: "التقارب نحو الوسط العالمي: بنية ناشئة للحركة الدولية لحقوق الإنسان",
        summary: "مع انتقال مجموعات الحقوق الدولية «أقرب إلى الميدان» وتوسّع المجموعات المحلية في عملها على الصعيد الدولي،",
      },
    },
  },
  {
    date: "2015-01-19",
    authors: ["James Ron", "Archana Pandya"],
    variants: {
      en: {
        title: "Internationalizing human rights organizations – why, how, and at what cost?",
        summary: "The openGlobalRights editors introduce this week's debate.",
      },
    },
  },
];
