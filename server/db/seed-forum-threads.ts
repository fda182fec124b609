import type { Locale } from "./generated/client";
import type { PersonaKey } from "./seed-people";

// The conversations a newcomer finds in the forum on first start: staff of different secretariats,
// city officers and partners discussing real programmes. Facts are limited to what the cited
// programmes publish themselves; personas ask, compare and point to sources rather than quote
// figures. Authors write in their own language, as they would on a shared forum.

export type SeedReply = {
  by: PersonaKey;
  body: string;
  /** Number of the post this one answers (1 is the opening post). */
  replyTo?: number;
  likes?: PersonaKey[];
  /** The thread's accepted answer. */
  accepted?: boolean;
  /** A partner's disclosed interest (partners' posts always carry one). */
  disclosure?: string;
};

export type SeedThread = {
  /** Stable key: the seeded rows' ids derive from it, so a second seeding finds them. */
  key: string;
  /** A theme slug or a mechanism category slug. */
  category: string;
  title: string;
  language: Locale;
  by: PersonaKey;
  body: string;
  likes?: PersonaKey[];
  tags: string[];
  /**
   * Records the thread is attached to when they exist: initiatives and practices by slug, frameworks
   * and events by words of their title, challenges by the slug of the city that posted them.
   */
  attach?: { initiative?: string; practice?: string; framework?: string[]; event?: string[]; challengeCity?: string };
  /** When the thread was started, in days before the seeding. */
  daysAgo: number;
  /** Hours between consecutive replies. */
  gapHours: number;
  replies: SeedReply[];
};

export const seedTags: Record<string, string> = {
  "heat": "Heat",
  "climate-reporting": "Climate reporting",
  "vlr": "Voluntary Local Reviews",
  "sdg-localisation": "Localising the SDGs",
  "e-buses": "Electric buses",
  "procurement": "Procurement",
  "finance": "Finance",
  "membership-fees": "Membership fees",
  "duplicates": "Overlapping initiatives",
  "city-diplomacy": "City diplomacy",
  "cop": "UN climate conferences",
  "resilience-strategy": "Resilience strategies",
  "culture": "Culture",
  "migration": "Migration",
  "air-quality": "Air quality",
  "food-policy": "Food policy",
  "housing-first": "Housing First",
  "digital-rights": "Digital rights",
  "gender-safety": "Women's safety",
  "flooding": "Flooding",
  "sponge-city": "Sponge city",
  "waste": "Waste",
  "events": "Events",
  "informal-settlements": "Informal settlements",
  "peer-learning": "Peer learning",
};

export const seedThreads: SeedThread[] = [
  {
    key: "heat-action-plans",
    category: "climate",
    title: "Heat action plans: what actually transferred from Ahmedabad?",
    language: "en",
    by: "c40",
    daysAgo: 41,
    gapHours: 9,
    tags: ["heat", "peer-learning"],
    attach: { practice: "ahmedabad-heat-action-plan" },
    likes: ["durban", "barcelona", "wri"],
    body: `Ahmedabad's Heat Action Plan (2013) is often cited as the first city heat plan in South Asia: an early warning system tied to the weather forecast, colour-coded alerts, trained health workers and public messaging before and during heatwaves. The municipal corporation publishes it at [ahmedabadcity.gov.in](https://ahmedabadcity.gov.in/).

Several of our member cities are now drafting heat plans, and I keep hearing the same questions:

1. **Who owns the alert?** The health department, disaster management, or the climate unit?
2. **Which threshold triggers action?** A fixed temperature, or one calibrated on local health data?
3. **What do you do for people who cannot stay indoors** — outdoor workers, informal traders, people without cooling at home?

If your city has a plan (or is writing one), what did you copy, and what did you have to change?`,
    replies: [
      {
        by: "durban",
        likes: ["c40", "nairobi"],
        body: `In eThekwini the hard part was not the plan but the owner. Heat sits between disaster management (who run warnings) and health (who see the consequences). We are testing a joint protocol where the warning comes from disaster management but the response checklist is owned by health.

On thresholds: we decided not to copy anyone's number. A threshold only means something if it is calibrated against local health records.`,
      },
      {
        by: "barcelona",
        replyTo: 1,
        likes: ["c40", "lyon", "medellin"],
        body: `> What do you do for people who cannot stay indoors

Barcelona's answer has been a network of **climate shelters** (*refugis climàtics*): libraries, civic centres, museums and some schoolyards that stay open and cool during heat episodes, mapped so anyone can find the nearest one. It is cheap compared with building new infrastructure because the buildings already exist — the work is opening hours, staff and communication.

Happy to share how we chose the buildings if it is useful.`,
      },
      {
        by: "nairobi",
        replyTo: 3,
        body: `Núria, the shelter idea is interesting for us, but in Nairobi many of the most exposed residents live in informal settlements far from public buildings. We are looking more at community health volunteers going door to door during alerts, which is closer to what Ahmedabad did with its health workers.`,
      },
      {
        by: "wri",
        likes: ["c40"],
        body: `One pattern across the plans I have read: the ones that last have a budget line and a named coordinator, not just a document. The ones that fade were written for a funder's deadline.`,
        disclosure: "WRI runs urban heat and climate programmes with several of the networks here.",
      },
      {
        by: "c40",
        replyTo: 4,
        body: `Thanks all — this is very useful. I will collect the owner/threshold/outdoor-people answers into a short comparison and post it back here. Sipho and Wanjiru, could I quote your protocols by name?`,
      },
      {
        by: "durban",
        replyTo: 6,
        body: `Yes, quote eThekwini. I will send the joint protocol once it is signed off.`,
      },
    ],
  },
  {
    key: "crf-cdp-reporting",
    category: "frameworks",
    title: "Reporting once for the Global Covenant of Mayors and CDP-ICLEI Track: how do you organise it?",
    language: "en",
    by: "lyon",
    daysAgo: 33,
    gapHours: 14,
    tags: ["climate-reporting"],
    attach: { initiative: "gcom-common-reporting-framework", framework: ["Common Reporting Framework", "Global Covenant"] },
    body: `We are a Global Covenant of Mayors signatory and our team is preparing this year's climate report. As we understand it, the **Common Reporting Framework** (CRF) is the Covenant's standard for emissions inventories, risk and vulnerability assessments and targets, and cities can meet the Covenant's reporting requirements through the **CDP-ICLEI Track** platform instead of filling several questionnaires.

Questions for the cities and secretariats here:

- Who in your administration compiles the inventory — the climate unit, an agency, a consultant?
- How do you keep the CRF inventory consistent with the national inventory methods used in your country?
- Is there anything you report elsewhere (to a regional Covenant office, to a network) that is *not* covered by one submission?

Sources: [Global Covenant of Mayors](https://www.globalcovenantofmayors.org/), [CDP cities](https://www.cdp.net/en/cities).`,
    replies: [
      {
        by: "iclei",
        accepted: true,
        likes: ["lyon", "seoul", "c40", "eurocities"],
        body: `Claire, that is the right reading: one submission through CDP-ICLEI Track is meant to cover the Covenant's reporting, so you should not need a separate questionnaire for the Covenant itself.

Practical advice from cities we support:

1. **Freeze your inventory method before you start**: the CRF allows some choices (for example, how to treat emissions outside the city boundary) and changing them between years breaks comparability.
2. **Keep a method note** with every submission — who compiled what, with which data source. The next team will thank you.
3. **Check regional requirements**: European signatories also follow the EU Covenant of Mayors' own templates, so ask your regional Covenant office what it expects.

Happy to look at your draft if useful.`,
      },
      {
        by: "seoul",
        replyTo: 1,
        likes: ["lyon"],
        body: `> Who in your administration compiles the inventory

In Seoul the inventory is prepared with a research institute, and the climate team owns the submission. Splitting "compile" from "submit" helped us: the institute keeps the method stable, the city decides what to publish.`,
      },
      {
        by: "c40",
        body: `For C40 cities the same data also feeds the plan reviews we do with members, so we encourage cities to treat the CDP-ICLEI Track submission as the single source and point us to it rather than sending us another spreadsheet.`,
      },
      {
        by: "eurocities",
        replyTo: 2,
        body: `> Check regional requirements

This is where European members lose most time, in my experience. It would help if the networks agreed on one short note explaining which template is needed for what. Jonas, would ICLEI be open to drafting it with us?`,
      },
      {
        by: "iclei",
        replyTo: 5,
        likes: ["eurocities", "lyon"],
        body: `Yes — let's do it. I will open a thread in *Secretariat exchange* to coordinate so other networks can join.`,
      },
      {
        by: "lyon",
        body: `Merci à tous. We will freeze the method this week and write the method note Jonas suggests. I marked his answer as accepted so others find it.`,
      },
    ],
  },
  {
    key: "informes-locales-voluntarios",
    category: "governance-and-democracy",
    title: "Informes Locales Voluntarios (VLR): ¿cómo nos coordinamos entre redes?",
    language: "es",
    by: "uclg",
    daysAgo: 58,
    gapHours: 20,
    tags: ["vlr", "sdg-localisation"],
    attach: { initiative: "uclg-aspac-localise-sdgs", framework: ["SDG 11"] },
    likes: ["mercociudades", "un-habitat", "medellin"],
    body: `Desde 2018, cuando Nueva York y varias ciudades japonesas presentaron sus primeras revisiones locales en el Foro Político de Alto Nivel de Naciones Unidas, los **Informes Locales Voluntarios** (VLR, por sus siglas en inglés) se han multiplicado. CGLU y ONU-Hábitat publicaron guías para elaborarlos, y Naciones Unidas mantiene un repositorio en [sdgs.un.org](https://sdgs.un.org/topics/voluntary-local-reviews).

Veo dos riesgos:

- **Duplicación**: una misma ciudad recibe apoyo de dos o tres redes para el mismo informe, con metodologías distintas.
- **Desconexión nacional**: el VLR no dialoga con el Informe Nacional Voluntario del país.

¿Qué hacen vuestras redes para evitarlo? ¿Y las ciudades: quién os acompañó y qué os faltó?`,
    replies: [
      {
        by: "mercociudades",
        likes: ["uclg"],
        body: `En Mercociudades lo vemos mucho: ciudades que empiezan un VLR con una red y luego reciben una invitación de otra para el mismo ejercicio. Proponemos algo sencillo: que cada ciudad publique aquí, en Concord, que está preparando su informe y con quién, para que las demás redes lo sepan antes de ofrecer apoyo.`,
      },
      {
        by: "un-habitat",
        replyTo: 1,
        likes: ["uclg", "mercociudades"],
        body: `> Desconexión nacional

Agreed, and this is why the UN-Habitat and UCLG guidelines put the local–national link at the centre. UCLG also supports *Voluntary Subnational Reviews*, prepared by associations of local governments, which help connect local reports to the national one.`,
        disclosure: "UN-Habitat co-authored the VLR guidelines and supports cities preparing reviews.",
      },
      {
        by: "medellin",
        body: `Desde Medellín: el mayor reto no fue redactar el informe, sino conseguir datos desagregados por comuna. Si otras ciudades han resuelto cómo publicar indicadores por barrio sin romper la confidencialidad estadística, nos interesa mucho.`,
      },
      {
        by: "barcelona",
        replyTo: 4,
        body: `Andrés, en Barcelona trabajamos con la oficina municipal de estadística para publicar solo agregados por distrito cuando la muestra es pequeña. Te puedo poner en contacto con ellos.`,
      },
      {
        by: "uclg-africa",
        body: `Pour les collectivités africaines, la question des données est encore plus aiguë. Nous serions heureux que la proposition de Lucía — annoncer ici les VLR en préparation — s'applique aussi aux villes francophones, pour que les réseaux se coordonnent dès le début.`,
      },
      {
        by: "uclg",
        replyTo: 2,
        likes: ["mercociudades", "uclg-africa"],
        body: `Me parece muy buena idea, Lucía. Propongo que usemos la etiqueta *Voluntary Local Reviews* en este foro para cada VLR en preparación: ciudad, año previsto y redes que acompañan.`,
      },
    ],
  },
  {
    key: "buses-electricos-financiamiento",
    category: "mobility",
    title: "Buses eléctricos: ¿separar la propiedad de la flota de la operación?",
    language: "es",
    by: "medellin",
    daysAgo: 27,
    gapHours: 11,
    tags: ["e-buses", "procurement", "finance"],
    attach: { initiative: "c40-zebra-buses-cero-emisiones", practice: "santiago-buses-electricos" },
    likes: ["c40", "barcelona"],
    body: `En Medellín ya operan buses eléctricos y queremos ampliar la flota. El obstáculo no es la tecnología sino el **costo inicial** y quién asume el riesgo de las baterías.

Santiago de Chile es la referencia regional: en su sistema de transporte público la propiedad de los buses se separó de la operación, de modo que un tercero financia la flota y el operador la opera bajo contrato ([Red Metropolitana de Movilidad](https://en.wikipedia.org/wiki/Red_Metropolitana_de_Movilidad)).

Preguntas:

- ¿Qué ciudades han usado este modelo y cómo repartieron el riesgo de la batería?
- ¿Cómo se redactan las garantías de desempeño en la licitación?
- ¿Alguien ha combinado recursos de banca multilateral con este esquema?`,
    replies: [
      {
        by: "c40",
        likes: ["medellin"],
        body: `Andrés, this is exactly the question ZEBRA (the zero-emission bus accelerator C40 runs with ICCT in Latin America) was set up to help with. The separation of fleet ownership from operation is one of the models cities there have looked at. I can connect you with the team that worked with Santiago and Bogotá — shall I?`,
      },
      {
        by: "mercociudades",
        replyTo: 1,
        body: `> quién asume el riesgo de las baterías

En varias ciudades de nuestra red la duda es la misma. Sería útil que quienes ya licitaron compartan las cláusulas (sin precios, si son confidenciales). ¿Podríamos reunir ejemplos en este hilo?`,
      },
      {
        by: "wuhan",
        body: `供参考：深圳在2017年底基本实现了公交车全面电动化，被广泛视为全球首个公交全面电动化的大城市。电池质保和充电场站的规划是当时讨论最多的问题。我们武汉也在研究其经验，欢迎交流。`,
      },
      {
        by: "barcelona",
        replyTo: 4,
        likes: ["medellin", "wuhan"],
        body: `Gracias, 刘洋. Para quien no lee chino: Shenzhen electrificó prácticamente toda su flota de buses a finales de 2017, y lo más discutido fueron la garantía de las baterías y la planificación de las cocheras de carga. En Barcelona la planificación de la carga en cocheras también fue el cuello de botella.`,
      },
      {
        by: "wri",
        body: `From the partner side: financiers ask first for the contract that guarantees the fleet will be used and paid for over its life. If that contract is solid, the separation model becomes bankable.`,
        disclosure: "WRI works on clean bus programmes and advises cities on e-bus procurement.",
      },
      {
        by: "medellin",
        replyTo: 2,
        body: `Sí, Priya, por favor. Y gracias a todos: empezaré a reunir las cláusulas de garantía que me compartan en privado y publicaré aquí un resumen anónimo.`,
      },
    ],
  },
  {
    key: "shenzhen-electric-buses",
    category: "mobility",
    title: "深圳公交全面电动化的经验，能否复制到其他城市？",
    language: "zh",
    by: "wuhan",
    daysAgo: 19,
    gapHours: 16,
    tags: ["e-buses"],
    attach: { practice: "shenzhen-electric-buses" },
    likes: ["citynet", "seoul"],
    body: `深圳于2017年底基本实现公交车全面电动化，成为许多城市研究的对象（参见平台上的实践案例）。武汉也在推进公交电动化，我们想请教各位：

1. **充电设施**：场站集中充电还是线路末端补电？电网扩容由谁承担？
2. **冬季与夏季**：极端气温对续航的影响如何应对？武汉夏季炎热，空调负荷很大。
3. **司机与维修人员培训**：转型期间如何安排？

欢迎其他城市的同事用英文回复，我们会翻译。`,
    replies: [
      {
        by: "seoul",
        likes: ["wuhan"],
        body: `Replying in English — thank you for the open invitation. In our experience in Seoul, depot charging has to be decided route by route: long routes with short layovers needed depot capacity planned together with the grid operator from the start. The lesson for us was to involve the grid company in the first feasibility study, not after the procurement.`,
      },
      {
        by: "citynet",
        replyTo: 1,
        body: `> 司机与维修人员培训

CityNet members in South-East Asia raise training more than anything else. Workshops where maintenance teams from a city that has already converted visit the depots of another city have worked well for us; we could organise one with Wuhan if there is interest.`,
      },
      {
        by: "c40",
        body: `On the summer heat question: air-conditioning load is real and cities plan their fleets with a margin for it. C40's clean bus work has notes on this; I will share them with you directly.`,
      },
      {
        by: "wuhan",
        replyTo: 3,
        likes: ["citynet"],
        body: `谢谢各位！Kim先生，我们对维修人员交流非常感兴趣，会与公交集团商量后回复。首尔关于尽早让电网公司参与的建议也很有价值。`,
      },
    ],
  },
  {
    key: "membership-fee-models",
    category: "secretariat-exchange",
    title: "Membership-fee models: flat, population-based or income-adjusted?",
    language: "en",
    by: "eurocities",
    daysAgo: 64,
    gapHours: 22,
    tags: ["membership-fees"],
    likes: ["metropolis", "citynet", "mercociudades"],
    body: `Members regularly ask us how fees are calculated elsewhere, and I suspect many secretariats face the same debate. The options I see:

- **Flat fee** per member — simple, but heavy for small cities;
- **Population bands** — fairer, but large cities pay a lot and may expect more in return;
- **Population plus country income level** — ICLEI, for example, publishes fees that vary with both;
- **No fee**, with philanthropic or project funding — C40's model — which changes who the secretariat is accountable to.

What does your network use, what made you choose it, and what would you change? No figures needed — the reasoning is what helps.`,
    replies: [
      {
        by: "iclei",
        likes: ["eurocities", "uclg-africa"],
        body: `Confirming: ICLEI's fees depend on population and on the income level of the country, because a flat fee would keep out exactly the cities we most need to reach. The cost is complexity — every year some members are unsure which band they are in, so we publish the table and answer questions individually.`,
      },
      {
        by: "c40",
        replyTo: 1,
        body: `> No fee, with philanthropic or project funding

That is our model, and the trade-off you describe is real. The advantage is that participation is not limited by a city's budget cycle; the discipline is that membership comes with expectations on climate action, which we review with each city. It is a different relationship, not a free one.`,
      },
      {
        by: "mercociudades",
        body: `Para Mercociudades, la cuota es también un acto político: pertenecer a la red se decide en el presupuesto municipal. Eso da legitimidad, pero cuando cambia el gobierno local la cuota es lo primero que se discute.`,
      },
      {
        by: "uclg-africa",
        replyTo: 4,
        likes: ["mercociudades", "uclg"],
        body: `Même constat chez nous : les cotisations dépendent des cycles budgétaires et des transferts de l'État aux collectivités. Une piste : que les associations nationales de collectivités, qui sont déjà membres, portent une part des cotisations plutôt que chaque ville.`,
      },
      {
        by: "citynet",
        body: `An idea we discuss at CityNet: letting members contribute part of what they owe in kind (hosting a training, seconding staff). It could bring in cities that cannot pay a full fee but have a lot to offer.`,
      },
      {
        by: "metropolis",
        replyTo: 6,
        likes: ["citynet", "eurocities"],
        body: `Contributions en nature : excellente idée, Min-jun. Pieter, si tu rédiges une note de synthèse, serais-tu d'accord pour la partager ici ? Plusieurs secrétariats en profiteraient.`,
      },
      {
        by: "eurocities",
        replyTo: 7,
        body: `Yes, I will post a summary of the options and this thread's arguments.`,
      },
    ],
  },
  {
    key: "doublons-declarations-bus",
    category: "secretariat-exchange",
    title: "Doublons entre réseaux : trois déclarations sur les bus propres, une seule ville",
    language: "fr",
    by: "metropolis",
    daysAgo: 48,
    gapHours: 13,
    tags: ["duplicates", "e-buses"],
    attach: { initiative: "c40-clean-bus-declaration" },
    likes: ["lyon", "eurocities"],
    body: `En cartographiant les initiatives sur Concord, nous voyons des villes qui ont signé plusieurs engagements très proches : la déclaration sur les bus propres de C40, la déclaration « Green and Healthy Streets » (bus zéro émission et zones zéro émission), les engagements de l'UITP… Chaque texte a ses propres rapports et son propre calendrier.

Ce n'est pas un reproche : chaque réseau a ses raisons. Mais pour une petite équipe municipale, répondre trois fois à des questions presque identiques coûte cher.

Proposition : pour les engagements qui se recoupent, se mettre d'accord sur **un tronc commun d'indicateurs** que chaque réseau peut réutiliser. Qu'en pensez-vous ?`,
    replies: [
      {
        by: "c40",
        likes: ["metropolis"],
        body: `Thanks Laia, fair point. The Green and Healthy Streets Declaration asks signatories to procure only zero-emission buses from 2025 and to make a major area zero-emission by 2030 — it is deliberately more demanding than earlier texts. But where the questions overlap, we would gladly reuse data cities already report elsewhere.`,
      },
      {
        by: "lyon",
        replyTo: 1,
        likes: ["metropolis", "eurocities"],
        body: `> répondre trois fois à des questions presque identiques coûte cher

C'est exactement notre expérience. Un tronc commun de quelques indicateurs (part de la flotte zéro émission, date du dernier achat thermique, infrastructures de recharge) nous ferait gagner des semaines.`,
      },
      {
        by: "eurocities",
        body: `Concord already shows similar initiatives side by side. Could we use the co-ownership feature to mark these declarations as related and attach a shared indicator list to one of them?`,
      },
      {
        by: "uclg-africa",
        body: `Attention à ne pas construire ce tronc commun uniquement à partir de l'expérience européenne : à Dakar, le BRT électrique a été conçu dans un contexte très différent. Nous voulons être associés à la rédaction.`,
      },
      {
        by: "metropolis",
        replyTo: 5,
        likes: ["uclg-africa", "c40"],
        body: `Bien sûr, Amina. Je propose un petit groupe : Metropolis, C40, Eurocities, CGLU Afrique et deux villes (Lyon et une ville africaine). Je vous écris pour fixer une première réunion.`,
      },
    ],
  },
  {
    key: "cop-city-voices",
    category: "dialogue",
    title: "Coordinating city voices before a UN climate COP: LGMA, Global Taskforce, networks — who speaks when?",
    language: "en",
    by: "seoul",
    daysAgo: 75,
    gapHours: 18,
    tags: ["city-diplomacy", "cop"],
    likes: ["uclg", "iclei"],
    body: `Seoul's international relations team is preparing for the next UN climate conference, and each year we receive invitations from several networks to sign statements, join panels and contribute to position papers. We want to be useful, not scattered.

My understanding of the landscape:

- The **Local Governments and Municipal Authorities (LGMA) constituency** is the official voice of local governments in the UNFCCC process, with ICLEI as its focal point ([cities-and-regions.org](https://www.cities-and-regions.org/)).
- The **Global Taskforce of Local and Regional Governments**, facilitated by UCLG, coordinates the networks' joint advocacy on the global agendas ([global-taskforce.org](https://www.global-taskforce.org/)).
- Individual networks run their own events and campaigns.

How should a city decide where to put its effort? And do the networks coordinate their asks before the conference?`,
    replies: [
      {
        by: "iclei",
        likes: ["seoul", "uclg"],
        body: `That is an accurate picture. As LGMA focal point we compile the constituency's position before each session, and networks feed into it. For a city, the most effective path is usually: contribute to the constituency position through your network, then use your own events to show what you are doing at home.`,
      },
      {
        by: "uclg",
        replyTo: 1,
        body: `> do the networks coordinate their asks before the conference?

Sí, a través de la Global Taskforce intentamos que las principales redes lleguen con mensajes comunes. No siempre lo logramos a tiempo, y foros como este pueden ayudar a que la coordinación sea visible para las ciudades, no solo entre secretarías.`,
      },
      {
        by: "un-habitat",
        body: `From the UN side, a coherent local-government message carries far more weight than many separate ones, especially on multilevel action and finance.`,
        disclosure: "UN-Habitat works with the LGMA constituency and the Global Taskforce.",
      },
      {
        by: "nairobi",
        likes: ["seoul", "uclg-africa"],
        body: `A practical request from a city: please publish the calendar of sign-on statements early. We need internal approval for anything signed in the governor's name, and that takes weeks.`,
      },
      {
        by: "lyon",
        replyTo: 5,
        likes: ["nairobi"],
        body: `Tout à fait d'accord avec Wanjiru : la validation politique prend du temps chez nous aussi. Un calendrier partagé des déclarations dans Concord serait précieux.`,
      },
    ],
  },
  {
    key: "localiser-odd-communes-africaines",
    category: "governance-and-democracy",
    title: "Localiser les ODD : quels indicateurs pour une commune africaine de taille moyenne ?",
    language: "fr",
    by: "uclg-africa",
    daysAgo: 36,
    gapHours: 15,
    tags: ["sdg-localisation", "vlr"],
    attach: { initiative: "uclg-africa-sommet-africites", framework: ["SDG 11"] },
    likes: ["uclg", "un-habitat"],
    body: `Lors du Sommet Africités de Kisumu (2022), beaucoup de maires nous ont dit la même chose : « nous voulons rendre compte des ODD, mais les 231 indicateurs mondiaux ne sont pas faits pour une commune ».

Nous préparons avec l'Académie africaine des collectivités territoriales (ALGA) un module de formation. Nos questions :

- Quels indicateurs avez-vous retenus, et sur quelle base (données disponibles, priorités politiques) ?
- Comment impliquer l'institut national de la statistique ?
- Avez-vous des exemples de rapports locaux courts et lisibles par les citoyens ?`,
    replies: [
      {
        by: "nairobi",
        body: `Replying in English: Nairobi started from the county's integrated development plan and mapped its existing indicators to the SDGs, rather than starting from the global list. It meant we reported on fewer goals, but with data we actually collect.`,
      },
      {
        by: "un-habitat",
        replyTo: 1,
        likes: ["uclg-africa", "nairobi"],
        body: `> les 231 indicateurs mondiaux ne sont pas faits pour une commune

Indeed — the global indicator framework was designed for national reporting. Many local reviews select a subset and add local indicators. UN-Habitat's work on urban indicators can help choose ones with a city-level method.`,
        disclosure: "UN-Habitat supports SDG localisation and local reviews.",
      },
      {
        by: "lyon",
        body: `La Métropole de Lyon a surtout appris qu'un rapport court, avec une dizaine d'indicateurs expliqués, est plus lu qu'un rapport exhaustif. Nous pouvons partager notre maquette.`,
      },
      {
        by: "uclg",
        replyTo: 4,
        body: `Claire, ¡gracias! Y para el vínculo con el instituto nacional de estadística, las revisiones subnacionales (VSR) que apoyamos desde CGLU han sido útiles para iniciar ese diálogo a nivel nacional.`,
      },
    ],
  },
  {
    key: "resilience-strategy-to-pipeline",
    category: "resilience",
    title: "From a resilience strategy to a funded project pipeline",
    language: "en",
    by: "r-cities",
    daysAgo: 52,
    gapHours: 12,
    tags: ["resilience-strategy", "finance"],
    attach: { initiative: "100rc-city-resilience-strategies" },
    likes: ["durban", "medellin", "seoul"],
    body: `Many cities wrote resilience strategies during the 100 Resilient Cities programme (launched by the Rockefeller Foundation in 2013; the Resilient Cities Network continued the work after 2019 — see [resilientcitiesnetwork.org](https://resilientcitiesnetwork.org/)). A recurring question from chief resilience officers: *the strategy is approved — how do we turn its actions into projects that lenders and the city budget will fund?*

What has worked in your city? Did you create a project preparation unit, use a facility, or embed resilience criteria in the capital budget?`,
    replies: [
      {
        by: "durban",
        likes: ["r-cities"],
        body: `eThekwini's experience: the actions that moved were those we attached to an existing budget line — stormwater, for example. The stand-alone "resilience projects" struggled because nobody in the line departments owned them.`,
      },
      {
        by: "medellin",
        replyTo: 1,
        body: `En Medellín pasó algo parecido. Los corredores verdes avanzaron porque la Secretaría de Medio Ambiente los asumió como proyecto propio y porque se podían mostrar resultados visibles en poco tiempo.`,
      },
      {
        by: "wri",
        replyTo: 2,
        body: `> the actions that moved were those we attached to an existing budget line

This matches what we see: resilience works best as criteria inside the capital plan, not as a separate list.`,
        disclosure: "WRI works with cities on resilience and climate finance.",
      },
      {
        by: "seoul",
        body: `In Seoul we are pushing for climate-risk screening of major capital projects at the planning stage. It is not glamorous, but it is where resilience actually changes spending.`,
      },
      {
        by: "r-cities",
        replyTo: 5,
        likes: ["seoul", "durban"],
        body: `Great examples. I'll write these up as a short note — "embed, don't add" — and share it in the Resilient Cities Network's next peer exchange.`,
      },
    ],
  },
  {
    key: "mcr2030-scorecard-vs-cri",
    category: "frameworks",
    title: "UNDRR Disaster Resilience Scorecard or City Resilience Index? Choosing an assessment",
    language: "en",
    by: "citynet",
    daysAgo: 24,
    gapHours: 20,
    tags: ["resilience-strategy"],
    attach: { initiative: "mcr2030-resilience-roadmap", framework: ["Making Cities Resilient", "Sendai"] },
    body: `Several CityNet members joining **Making Cities Resilient 2030** ([mcr2030.undrr.org](https://mcr2030.undrr.org/)) ask which assessment to use. MCR2030's roadmap uses UNDRR's **Disaster Resilience Scorecard for Cities**; some cities already used the **City Resilience Index** developed by Arup with the Rockefeller Foundation during 100 Resilient Cities.

Has anyone mapped one onto the other, so cities don't start from scratch when they switch?`,
    replies: [
      {
        by: "r-cities",
        likes: ["citynet"],
        body: `The two overlap a lot but have different purposes: the Scorecard is focused on disaster risk reduction and is built around UNDRR's "Ten Essentials", while the CRI looks more broadly at urban systems. Cities that did a CRI assessment can reuse much of their evidence for the Scorecard.`,
      },
      {
        by: "durban",
        replyTo: 2,
        body: `We reused our earlier assessment material when we joined MCR2030. The Scorecard workshop went faster because the departments had already answered similar questions.`,
      },
      {
        by: "un-habitat",
        body: `It would be useful to publish a crosswalk as a framework mapping here on Concord so any city can use it.`,
        disclosure: "UN-Habitat is a partner of MCR2030.",
      },
      {
        by: "citynet",
        replyTo: 4,
        likes: ["r-cities", "un-habitat"],
        body: `Agreed — I will draft the crosswalk in the Frameworks section and invite you both as reviewers.`,
      },
    ],
  },
  {
    key: "agenda-21-cultura-medir",
    category: "culture",
    title: "Agenda 21 de la cultura: ¿cómo medimos la cultura en el desarrollo sostenible?",
    language: "es",
    by: "barcelona",
    daysAgo: 44,
    gapHours: 19,
    tags: ["culture", "sdg-localisation"],
    attach: { initiative: "uclg-agenda-21-for-culture" },
    likes: ["uclg", "mercociudades", "lyon"],
    body: `La **Agenda 21 de la cultura** se aprobó en Barcelona en 2004 y en 2015 CGLU adoptó *Cultura 21: Acciones*, con compromisos concretos para los gobiernos locales ([agenda21culture.net](https://www.agenda21culture.net/)).

En la Oficina de Clima nos preguntamos cómo la cultura entra en los planes climáticos y en los informes sobre los ODD, que casi nunca la mencionan. ¿Alguna ciudad ha incluido indicadores culturales en su plan climático o en su VLR?`,
    replies: [
      {
        by: "uclg",
        likes: ["barcelona"],
        body: `Núria, desde la Comisión de Cultura de CGLU insistimos en que la cultura es una dimensión del desarrollo sostenible, no un adorno. Varias ciudades han usado la autoevaluación de *Cultura 21: Acciones* para identificar dónde la cultura toca el clima: patrimonio y adaptación, cambio de hábitos, memoria del territorio.`,
      },
      {
        by: "lyon",
        body: `À Lyon, nous avons commencé par les équipements culturels : consommation énergétique des musées et des salles, mais aussi rôle des bibliothèques comme lieux de fraîcheur l'été. C'est modeste, mais mesurable.`,
      },
      {
        by: "wuhan",
        replyTo: 1,
        body: `武汉于2017年加入联合国教科文组织创意城市网络，成为“设计之都”。我们也在思考如何把设计与文化纳入城市的可持续发展报告。很高兴看到这个讨论。`,
      },
      {
        by: "mercociudades",
        replyTo: 2,
        likes: ["uclg", "barcelona"],
        body: `> la cultura es una dimensión del desarrollo sostenible

En la Unidad Temática de Cultura de Mercociudades compartimos esa visión. Podríamos organizar un intercambio entre ciudades que ya hayan probado indicadores culturales en sus informes.`,
      },
    ],
  },
  {
    key: "mc2cm-integrating-cities",
    category: "migration",
    title: "City-to-city learning on migrant inclusion: MC2CM and the Integrating Cities Charter",
    language: "en",
    by: "eurocities",
    daysAgo: 39,
    gapHours: 17,
    tags: ["migration", "peer-learning"],
    attach: { initiative: "uclg-mediterranean-city-to-city-migration" },
    likes: ["lyon", "uclg"],
    body: `Two long-running programmes on the same question:

- Eurocities' **Integrating Cities Charter** (2010), where signatory cities commit to migrant inclusion as policymakers, service providers, employers and buyers of goods and services;
- The **Mediterranean City-to-City Migration** project (MC2CM), led by ICMPD with UCLG and UN-Habitat, connecting cities on both shores of the Mediterranean.

Some cities take part in both. What does each give you that the other doesn't, and where could the two networks share material instead of producing it twice?`,
    replies: [
      {
        by: "lyon",
        likes: ["eurocities"],
        body: `Lyon a participé aux échanges MC2CM. Ce qui nous a le plus servi, c'est le dialogue avec des villes du sud de la Méditerranée qui vivent la migration de transit différemment de nous. La Charte, elle, nous sert de cadre interne pour nos services.`,
      },
      {
        by: "uclg",
        replyTo: 1,
        body: `> where could the two networks share material

Los perfiles de ciudad elaborados en MC2CM podrían ser útiles para las ciudades de la Carta. Podemos revisar qué se puede compartir abiertamente.`,
      },
      {
        by: "barcelona",
        body: `Una sugerencia desde Barcelona: un calendario común de visitas de estudio entre los dos programas, para no organizar dos en el mismo mes sobre el mismo tema.`,
      },
      {
        by: "un-habitat",
        replyTo: 3,
        likes: ["uclg", "eurocities"],
        body: `We'd support opening the city profiles where partners agree.`,
        disclosure: "UN-Habitat is a partner of MC2CM.",
      },
    ],
  },
  {
    key: "low-cost-air-sensors",
    category: "health",
    title: "Low-cost air quality sensors: useful evidence or just more data?",
    language: "en",
    by: "nairobi",
    daysAgo: 22,
    gapHours: 10,
    tags: ["air-quality"],
    attach: { initiative: "phc-air-quality-monitoring" },
    likes: ["c40", "seoul"],
    body: `Nairobi has reference monitors at only a few sites, and we are offered low-cost sensor networks by several partners. Before we accept:

- How did you calibrate low-cost sensors against reference stations?
- Who maintains them after the project ends?
- Did the data change a decision — a traffic measure, a school zone, a health alert?

The Partnership for Healthy Cities and C40's Clean Air Cities Declaration both treat monitoring as a first step, so I assume many of you have faced this.`,
    replies: [
      {
        by: "c40",
        likes: ["nairobi"],
        body: `Wanjiru, signatories of the Clean Air Cities Declaration commit to setting baselines and reduction targets, and monitoring is the first building block. The cities that got most out of low-cost sensors co-located some of them with a reference monitor for calibration and published the method along with the data.`,
      },
      {
        by: "seoul",
        replyTo: 1,
        body: `> Who maintains them after the project ends?

This is the key question. Seoul's dense sensor network worked because maintenance was budgeted from the start as a city service, not a pilot.`,
      },
      {
        by: "wri",
        body: `A caution from our side: low-cost sensor data is best used to show patterns and hotspots, not to check compliance with standards.`,
        disclosure: "WRI supports air quality projects in African cities.",
      },
      {
        by: "wuhan",
        body: `武汉的经验：传感器数据与国控站点数据结合使用，主要用于发现污染热点和指导执法检查，而不是替代标准监测。`,
      },
      {
        by: "durban",
        replyTo: 4,
        likes: ["nairobi", "wri"],
        body: `Same in eThekwini: sensors near the industrial south basin helped residents see what they had been saying for years, but any enforcement still rests on the reference stations.`,
      },
      {
        by: "nairobi",
        replyTo: 2,
        body: `Very helpful, thank you. We will ask any partner offering sensors to include maintenance for several years and co-location with our reference sites.`,
      },
    ],
  },
  {
    key: "milan-pact-food-councils",
    category: "food",
    title: "Food policy councils under the Milan Urban Food Policy Pact: how are yours set up?",
    language: "en",
    by: "iclei",
    daysAgo: 67,
    gapHours: 26,
    tags: ["food-policy"],
    attach: { practice: "milan-food-policy" },
    likes: ["barcelona", "mercociudades"],
    body: `The **Milan Urban Food Policy Pact** ([milanurbanfoodpolicypact.org](https://www.milanurbanfoodpolicypact.org/)), signed in 2015, asks cities to develop food governance across departments. Through ICLEI's CITYFOOD work we see very different arrangements: food councils led by the mayor's office, by the environment department, or by civil society.

For signatory cities here: who sits on your food council, and who holds the pen on the food strategy?`,
    replies: [
      {
        by: "barcelona",
        body: `Barcelona has a municipal food strategy with a governing body that brings together several departments and organisations from the food sector. What helped most was having one office coordinate it rather than each department running its own food projects.`,
      },
      {
        by: "mercociudades",
        replyTo: 1,
        likes: ["iclei"],
        body: `> who holds the pen on the food strategy?

En América del Sur tenemos ejemplos potentes: la política de seguridad alimentaria de Belo Horizonte y el programa de agricultura urbana de Rosario, ambos en la plataforma. En los dos casos, una secretaría municipal con presupuesto propio marcó la diferencia.`,
      },
      {
        by: "nairobi",
        body: `Nairobi adopted an urban agriculture law at county level, and our challenge now is connecting it to markets and informal food vendors. Cities who worked with informal vendors in their food councils — how did you do it?`,
      },
      {
        by: "medellin",
        replyTo: 4,
        body: `Wanjiru, en Medellín las asociaciones de vendedores participan en algunas mesas de trabajo. No es perfecto, pero sin ellos cualquier política alimentaria queda coja.`,
      },
    ],
  },
  {
    key: "logement-d-abord",
    category: "urban-planning-and-housing",
    title: "Logement d'abord : ce que les villes ont repris du modèle finlandais",
    language: "fr",
    by: "lyon",
    daysAgo: 55,
    gapHours: 21,
    tags: ["housing-first"],
    attach: { practice: "helsinki-housing-first" },
    likes: ["eurocities", "barcelona"],
    body: `La Finlande a fait du **Logement d'abord** (*Housing First*) sa politique nationale à partir de 2008 : un logement stable, sans condition préalable, puis un accompagnement ([présentation](https://en.wikipedia.org/wiki/Housing_First)). Helsinki en est l'exemple le plus cité.

La Métropole de Lyon fait partie des territoires de mise en œuvre accélérée du plan français Logement d'abord. Nos difficultés : trouver des logements abordables en diffus et coordonner les associations d'accompagnement.

Quelles villes ont trouvé des solutions pour capter des logements dans le parc privé ?`,
    replies: [
      {
        by: "eurocities",
        likes: ["lyon"],
        body: `Helsinki's approach relied heavily on converting shelters into supported housing and on a strong municipal housing stock. Cities without that stock have used social rental agencies that lease private flats and guarantee rent to owners — several Eurocities members have tried it.`,
      },
      {
        by: "barcelona",
        replyTo: 1,
        body: `> capter des logements dans le parc privé

Barcelona lleva años con programas de captación de vivienda privada para alquiler social, con garantías al propietario. Funciona, pero la escala siempre es el problema en un mercado tenso.`,
      },
      {
        by: "un-habitat",
        body: `Housing First is also being discussed outside Europe, though the housing stock and tenure situations are very different. It would be valuable to hear from cities in the Global South on adapted versions.`,
        disclosure: "UN-Habitat works on adequate housing and homelessness policy.",
      },
      {
        by: "lyon",
        replyTo: 3,
        likes: ["barcelona"],
        body: `Merci Núria, pourriez-vous nous mettre en relation avec l'équipe qui gère les garanties aux propriétaires ? C'est exactement la pièce qui nous manque.`,
      },
    ],
  },
  {
    key: "digital-rights-algorithm-registers",
    category: "digital",
    title: "Algorithm registers and procurement clauses: putting digital rights into practice",
    language: "en",
    by: "eurocities",
    daysAgo: 30,
    gapHours: 15,
    tags: ["digital-rights", "procurement"],
    attach: { initiative: "cc4dr-declaration-digital-rights" },
    likes: ["barcelona", "seoul"],
    body: `The **Cities Coalition for Digital Rights** (launched in 2018 by Amsterdam, Barcelona and New York City, with UN-Habitat's support — [citiesfordigitalrights.org](https://citiesfordigitalrights.org/)) asks cities to turn principles into practice. Amsterdam and Helsinki opened public algorithm registers in 2020.

Which tools have you actually used: registers, impact assessments, procurement clauses that require explainability or data access? What did suppliers push back on?`,
    replies: [
      {
        by: "barcelona",
        likes: ["eurocities", "lyon"],
        body: `Barcelona's experience with procurement is that clauses on data ownership and open standards are the most powerful ones — suppliers accept them when they are in the tender from the start, and resist them if they arrive during negotiation.`,
      },
      {
        by: "seoul",
        body: `Seoul publishes a lot of open data, and the question we face now is how to explain automated decisions to citizens. A register is a good start but needs plain-language descriptions.`,
      },
      {
        by: "lyon",
        replyTo: 2,
        body: `> suppliers accept them when they are in the tender from the start

Nous confirmons. Nous préparons un cahier des clauses type ; si d'autres villes en ont, partageons-les ici plutôt que de réécrire chacun les nôtres.`,
      },
      {
        by: "un-habitat",
        replyTo: 1,
        body: `Happy to connect the coalition's working groups with cities outside Europe that are starting similar work.`,
        disclosure: "UN-Habitat supports the Cities Coalition for Digital Rights.",
      },
    ],
  },
  {
    key: "auditorias-seguridad-mujeres",
    category: "gender",
    title: "Auditorías de seguridad con mujeres: ¿cómo las convertimos en obras y presupuesto?",
    language: "es",
    by: "mercociudades",
    daysAgo: 29,
    gapHours: 13,
    tags: ["gender-safety"],
    attach: { initiative: "safe-cities-ciudades-seguras-mujeres" },
    likes: ["metropolis", "barcelona", "medellin"],
    body: `Las **auditorías de seguridad con mujeres**, nacidas en Toronto a finales de los años ochenta, se usan hoy en muchas ciudades, y la iniciativa global *Ciudades Seguras y Espacios Públicos Seguros* de ONU Mujeres las ha difundido ampliamente.

En la Unidad Temática de Género y Municipio de Mercociudades vemos que las auditorías se hacen, pero sus recomendaciones rara vez llegan al presupuesto de obras. ¿Cómo lo han resuelto vuestras ciudades?`,
    replies: [
      {
        by: "metropolis",
        likes: ["mercociudades"],
        body: `Chez Metropolis, notre programme sur l'égalité de genre a montré que les recommandations sont mises en œuvre quand les services techniques participent à la marche exploratoire elle-même. S'ils découvrent le problème sur place, ils le priorisent.`,
      },
      {
        by: "barcelona",
        replyTo: 1,
        body: `En Barcelona, el urbanismo con perspectiva de género se incorporó en los criterios de los proyectos de espacio público, de modo que las auditorías alimentan directamente el diseño.`,
      },
      {
        by: "medellin",
        body: `En Medellín intentamos algo parecido con la iluminación y los recorridos hacia las estaciones de Metrocable. Lo difícil es medir el efecto; ¿alguien tiene indicadores que funcionen?`,
      },
      {
        by: "nairobi",
        replyTo: 4,
        body: `We use repeat walks with the same groups a year later and compare what they report. It is qualitative, but it keeps women's voices central and shows whether the changes were noticed.`,
      },
      {
        by: "uclg",
        replyTo: 2,
        likes: ["metropolis", "mercociudades"],
        body: `> los servicios técnicos participan en la marcha

Es un aprendizaje clave. Desde CGLU lo recogeremos en nuestro trabajo sobre igualdad de género en los gobiernos locales.`,
      },
    ],
  },
  {
    key: "nairobi-flood-early-warning",
    category: "city-challenges",
    title: "Nairobi: looking for peers on flood early warning in informal settlements",
    language: "en",
    by: "nairobi",
    daysAgo: 12,
    gapHours: 8,
    tags: ["flooding", "informal-settlements"],
    attach: { challengeCity: "nairobi" },
    likes: ["un-habitat", "r-cities"],
    body: `Nairobi's rivers flood parts of informal settlements during the long rains, and warnings do not always reach residents in time. The county's Mukuru Special Planning Area has shown that upgrading can be planned *with* residents; we now want an early warning system that works the same way.

We are looking for cities that have built community-based flood warnings in dense, informal neighbourhoods: how are warnings passed on, who maintains river gauges, and how do you avoid false alarms eroding trust?`,
    replies: [
      {
        by: "durban",
        likes: ["nairobi"],
        body: `eThekwini has worked with communities along rivers where informal settlements are exposed. What made a difference was local volunteers who know every lane and a simple chain: city alert → ward committee → volunteers. Happy to host a visit.`,
      },
      {
        by: "medellin",
        body: `Medellín tiene un sistema de alerta temprana con sensores en quebradas y redes comunitarias en los barrios de ladera. La confianza se construyó con simulacros regulares con la comunidad.`,
      },
      {
        by: "r-cities",
        replyTo: 1,
        likes: ["nairobi", "durban"],
        body: `> how do you avoid false alarms eroding trust?

Two levels of alert — "watch" and "act" — help a lot: communities learn that a watch is not a false alarm. Several members of the Resilient Cities Network use this.`,
      },
      {
        by: "citynet",
        body: `CityNet's disaster risk reduction cluster has material from Asian cities on community early warning that we can share — I'll send it.`,
      },
      {
        by: "un-habitat",
        replyTo: 2,
        body: `The Mukuru experience is a strong base. UN-Habitat can help link the warning system design to the upgrading plans.`,
        disclosure: "UN-Habitat is based in Nairobi and works on informal settlement upgrading.",
      },
      {
        by: "nairobi",
        replyTo: 2,
        body: `Sipho, we would love to visit. And thank you Andrés and Daniel — the two-level alert is something we can start with this season.`,
      },
    ],
  },
  {
    key: "wuhan-sponge-city-maintenance",
    category: "city-challenges",
    title: "武汉：海绵城市建成之后的运维与绩效评估，求同行经验",
    language: "zh",
    by: "wuhan",
    daysAgo: 16,
    gapHours: 18,
    tags: ["sponge-city", "flooding"],
    attach: { practice: "wuhan-sponge-city", challengeCity: "wuhan" },
    likes: ["seoul", "iclei"],
    body: `武汉是2015年国家首批海绵城市建设试点城市之一（参见[海绵城市](https://en.wikipedia.org/wiki/Sponge_city)）。试点项目建成后，我们面临新的问题：

- 透水铺装、雨水花园等设施的**日常维护**由哪个部门负责？费用从哪里来？
- 如何**评估效果**：监测哪些指标，需要多少年的数据？
- 居民对绿色设施的认知和参与如何提升？

欢迎各城市分享经验，英文回复也可以。`,
    replies: [
      {
        by: "iclei",
        accepted: true,
        likes: ["wuhan", "seoul", "durban"],
        body: `Replying in English — these are the questions every city with nature-based drainage faces after construction. What we see working:

1. **Maintenance in the asset register**: green infrastructure is listed and budgeted like pipes, with a named department responsible.
2. **Monitoring a few sites well** rather than all sites poorly: flow and water-quality sensors on representative catchments, over several rainy seasons.
3. **Visible signage and volunteer programmes** so residents understand a rain garden is not an untidy flower bed.

Copenhagen's cloudburst plan and Rotterdam's water squares, both on the platform, have published material on upkeep.`,
      },
      {
        by: "seoul",
        replyTo: 1,
        body: `Seoul's Cheonggyecheon restoration taught us that maintenance costs of a restored waterway are continuous and must be planned from day one. Public ownership and daily use helped keep political support for that budget.`,
      },
      {
        by: "durban",
        body: `We learned in eThekwini to involve the maintenance crews in the design phase — some designs were simply impossible to clean with the equipment we had.`,
      },
      {
        by: "wuhan",
        replyTo: 2,
        likes: ["iclei"],
        body: `非常感谢 Jonas 的详细建议，特别是把绿色设施纳入资产登记这一点，我们已转给市水务部门。已将此回答标记为采纳答案。`,
      },
    ],
  },
  {
    key: "sister-cities-networks",
    category: "dialogue",
    title: "城市外交：友好城市关系与多边城市网络如何互补？",
    language: "zh",
    by: "wuhan",
    daysAgo: 70,
    gapHours: 30,
    tags: ["city-diplomacy"],
    likes: ["uclg", "citynet"],
    body: `武汉的第一对友好城市是1979年与日本大分市缔结的，此后又与多个国家的城市建立了友好关系。在中国，友好城市工作由中国人民对外友好协会协调，该协会也是世界城市和地方政府组织（UCLG）的成员。

我们的问题是：双边友好城市关系与多边城市网络（如UCLG、C40、ICLEI、世界大都市协会）如何互相促进，而不是各做各的？各位城市和秘书处有什么经验？`,
    replies: [
      {
        by: "uclg",
        likes: ["wuhan"],
        body: `Thank you for opening this, 刘洋. In UCLG we see bilateral twinning and multilateral networks as complementary: the bilateral relationship brings trust and continuity, the network brings peers on a given topic. City-to-city learning programmes often start from a sister-city link.`,
      },
      {
        by: "lyon",
        replyTo: 1,
        body: `Lyon a des jumelages et des coopérations décentralisées anciens, et nous participons à plusieurs réseaux. Ce qui aide : donner à chaque jumelage un ou deux thèmes précis qui correspondent à nos groupes de travail dans les réseaux.`,
      },
      {
        by: "citynet",
        body: `For CityNet, many of our exchanges are hosted by cities with long-standing bilateral ties — Yokohama, our project office host, is a good example. Networks can give twinning a shared agenda.`,
      },
      {
        by: "metropolis",
        replyTo: 3,
        likes: ["lyon", "wuhan"],
        body: `Je partage l'idée de Claire : un jumelage « thématisé » s'intègre naturellement dans le travail d'un réseau. Metropolis pourrait cartographier ces liens pour ses membres.`,
      },
    ],
  },
  {
    key: "shanghai-waste-sorting",
    category: "environment",
    title: "上海生活垃圾强制分类五年后：其他城市可以借鉴什么？",
    language: "zh",
    by: "wuhan",
    daysAgo: 45,
    gapHours: 24,
    tags: ["waste"],
    attach: { practice: "shanghai-household-waste-sorting" },
    likes: ["seoul"],
    body: `《上海市生活垃圾管理条例》自2019年7月1日起施行，实行生活垃圾强制分类。许多城市（包括武汉）都在学习上海的做法：定时定点投放、社区志愿者指导、分类运输和处理设施配套。

想请教国际同行：在垃圾分类和减量方面，哪些措施对居民行为改变最有效？收费机制起了多大作用？`,
    replies: [
      {
        by: "seoul",
        likes: ["wuhan", "citynet"],
        body: `Korea introduced a volume-based waste fee system in 1995: households buy official bags for general waste, while recyclables are collected without that fee. The price signal plus easy recycling changed behaviour over time. Food waste has its own system in Seoul.`,
      },
      {
        by: "citynet",
        replyTo: 2,
        body: `> 收费机制起了多大作用？

From CityNet members' experience, the fee works only where separate collection is reliable — otherwise people lose trust in sorting.`,
      },
      {
        by: "barcelona",
        body: `Barcelona está extendiendo la recogida puerta a puerta en algunos barrios, y los resultados de separación mejoran cuando la recogida es identificable por hogar. Es más cara de operar, así que lo hacemos por fases.`,
      },
      {
        by: "iclei",
        body: `One more lesson from ICLEI's circular economy work: sorting is only worth it if the treatment capacity for each stream exists. Cities that planned facilities and sorting together avoided mixing streams again at the plant.`,
      },
    ],
  },
  {
    key: "project-preparation-facilities",
    category: "economy-and-trade",
    title: "Project preparation for city climate projects: CFF, CCFLA and what cities actually need",
    language: "en",
    by: "durban",
    daysAgo: 60,
    gapHours: 20,
    tags: ["finance"],
    attach: { initiative: "c40-cities-finance-facility" },
    likes: ["c40", "uclg-africa"],
    body: `Cities often hear there is plenty of climate finance but not enough "bankable projects". The **C40 Cities Finance Facility** ([c40cff.org](https://www.c40cff.org/)) supports project preparation, and the **Cities Climate Finance Leadership Alliance** (launched in 2014) works on the wider finance gap.

From eThekwini's side, what we lack is not ideas but preparation capacity: feasibility studies, procurement design, and people who speak the language of lenders. How do other cities build that in-house capacity?`,
    replies: [
      {
        by: "c40",
        likes: ["durban"],
        body: `That is exactly the gap the CFF was designed for: it places technical support inside city teams so that the capacity stays when the project is financed. The best results came where a city assigned its own staff to work side by side with the advisers.`,
      },
      {
        by: "uclg-africa",
        replyTo: 1,
        body: `Pour beaucoup de collectivités africaines, la difficulté commence avant : l'accès direct à l'emprunt est limité par le cadre national. La préparation de projets doit s'accompagner d'un dialogue avec l'État sur la décentralisation financière.`,
      },
      {
        by: "iclei",
        body: `ICLEI's Transformative Actions Program collects city projects and connects them with financiers. What we see: a short, well-argued concept note opens more doors than a long feasibility study nobody asked for.`,
      },
      {
        by: "medellin",
        replyTo: 2,
        body: `> la préparation de projets doit s'accompagner d'un dialogue avec l'État

En Colombia pasa igual con los cupos de endeudamiento. Medellín ha podido avanzar gracias a sus empresas públicas, pero no todas las ciudades tienen esa herramienta.`,
      },
      {
        by: "wri",
        body: `Agree with Jonas on the concept note. Partners can help most by training city staff rather than producing documents for them.`,
        disclosure: "WRI provides technical assistance on city climate finance.",
      },
    ],
  },
  {
    key: "calendario-eventos-redes",
    category: "secretariat-exchange",
    title: "Demasiados eventos en la misma semana: ¿un calendario común de las redes?",
    language: "es",
    by: "mercociudades",
    daysAgo: 9,
    gapHours: 7,
    tags: ["events"],
    attach: { event: ["World Urban Forum"] },
    likes: ["uclg", "eurocities", "citynet"],
    body: `Este año varias redes organizamos encuentros sobre temas parecidos en la misma semana, y las ciudades pequeñas tuvieron que elegir. Propongo usar los eventos de Concord como calendario común: cada secretaría publica sus fechas con antelación y revisamos los solapamientos antes de confirmar.

¿Estaríais de acuerdo? ¿Con cuánta antelación podéis publicar fechas?`,
    replies: [
      {
        by: "uclg",
        likes: ["mercociudades"],
        body: `De acuerdo, Lucía. Nuestro calendario estatutario se conoce con un año de antelación; los eventos temáticos, con unos seis meses. Podemos publicar ambos.`,
      },
      {
        by: "eurocities",
        body: `Yes from Eurocities. We would add one rule: when two events overlap on the same theme, the secretariats talk before either confirms — a quick call often solves it.`,
      },
      {
        by: "citynet",
        replyTo: 1,
        body: `Strongly in favour — Asia-Pacific cities travel far, so clashing dates cost them even more.`,
      },
      {
        by: "metropolis",
        replyTo: 3,
        likes: ["mercociudades", "eurocities"],
        body: `D'accord avec la règle de Pieter. Nous publierons nos dates dans Concord dès ce mois-ci.`,
      },
    ],
  },
  {
    key: "u20-city-asks",
    category: "dialogue",
    title: "Urban 20: how can cities outside the G20 feed into the communiqué?",
    language: "en",
    by: "nairobi",
    daysAgo: 85,
    gapHours: 28,
    tags: ["city-diplomacy"],
    attach: { initiative: "u20-urban-20" },
    likes: ["uclg-africa"],
    body: `The **Urban 20** (U20) brings cities of G20 countries together before each G20 summit, convened by C40 and UCLG with the host city ([urban20.org](https://www.urban20.org/)). Kenya is not a G20 member, yet decisions on finance and climate that the G20 discusses affect us directly.

Is there a way for cities outside G20 countries to contribute to the U20 communiqué, for example through the networks?`,
    replies: [
      {
        by: "c40",
        likes: ["nairobi"],
        body: `Good question. The U20 is anchored in the G20 process, but the convenors consult beyond G20 cities through their networks, and the communiqués increasingly reflect Global South priorities such as access to finance. The host city also shapes the agenda each year.`,
      },
      {
        by: "uclg",
        replyTo: 1,
        body: `Desde CGLU podemos canalizar las prioridades de nuestras secciones regionales, incluida África, hacia el proceso U20. La incorporación de la Unión Africana como miembro del G20 en 2023 abre también una puerta.`,
      },
      {
        by: "uclg-africa",
        replyTo: 2,
        likes: ["nairobi", "uclg"],
        body: `Exactement : l'entrée de l'Union africaine au G20 change la donne. CGLU Afrique est prête à consolider les priorités des villes africaines pour le prochain U20.`,
      },
    ],
  },
  {
    key: "bus-electrification-chargers-grid",
    category: "climate",
    title: "Climate plans and the grid: who pays for charging depots?",
    language: "en",
    by: "barcelona",
    daysAgo: 6,
    gapHours: 6,
    tags: ["e-buses", "finance"],
    attach: { initiative: "c40-fossil-fuel-free-streets-declaration" },
    body: `Our climate plan commits to a zero-emission bus fleet, in line with the Green and Healthy Streets Declaration Barcelona signed with other C40 cities. The bottleneck has moved from buses to **grid connections at depots**: capacity upgrades take time and the cost allocation between the transport operator, the city and the distribution company is unclear.

How have other cities split these costs, and did you plan depots together with the grid operator?`,
    replies: [
      {
        by: "seoul",
        body: `As I wrote in the Shenzhen thread: involve the grid company in the first feasibility study. In Seoul, planning depot capacity route by route with them avoided surprises later.`,
      },
      {
        by: "lyon",
        replyTo: 1,
        likes: ["barcelona"],
        body: `À Lyon, le raccordement des dépôts a été intégré dès le départ au programme pluriannuel d'investissement de l'autorité organisatrice. Sans cela, les bus seraient arrivés avant l'électricité.`,
      },
      {
        by: "c40",
        replyTo: 3,
        body: `Claire's point is key. Cities that treat depot electrification as part of the bus procurement programme — not as a separate energy project — move faster.`,
      },
    ],
  },
];
