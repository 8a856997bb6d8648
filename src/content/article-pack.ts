import type { Pack } from './schema';

/**
 * Content pack for the Wall Street Journal report on the US airstrikes of June 2021
 * against Iranian-backed militias in Syria and Iraq.
 * Paragraph numbers follow /work/shared/source/FACTS.md (non-empty lines, headline = P01).
 * Everything here is paraphrased; the article's own words appear only in `quote.text`.
 */
export const articlePack: Pack = {
  id: 'us-strikes-syria-iraq-2021',
  version: '1.0.0',
  title: 'Drones and Airstrikes, 2021',
  source: {
    outlet: 'The Wall Street Journal (Dow Jones)',
    author: 'Michael R. Gordon',
    headline: 'American jets bomb Iran-aligned militia targets on both sides of the Syria–Iraq border',
    date: '2021-06-27',
    dateBasis: 'context',
    dateline: 'Washington',
    note:
      'We work from a republished copy of the article, and parts of it were damaged by machine translation; where a sentence is garbled we use its evident meaning. ' +
      'The article never prints its own date: the strikes took place on Sunday, June 27, 2021, which comes from outside context. ' +
      'Paragraph numbers count the non-empty lines of the copy, with the headline as P01, so the body runs from P02 to P23.',
    digests: [
      {
        paragraph: 2,
        text: 'The US bombed targets in Syria and Iraq belonging to two militias backed by Iran, which the Pentagon blamed for drone attacks on US troops.',
      },
      {
        paragraph: 3,
        text: "According to the Pentagon, the bombs fell on buildings used for operations and for keeping weapons at three places near the Syria–Iraq border, used by Kata'ib Hezbollah and Kata'ib Sayyid al-Shuhada.",
      },
      {
        paragraph: 4,
        text: 'Pentagon spokesman John Kirby described the strikes as carefully judged steps meant to warn the militias off while keeping the conflict from growing.',
      },
      {
        paragraph: 5,
        text: 'The strikes took place at about 6 p.m. Eastern time on Sunday, which was early Monday where they happened, and at first nobody reported any dead or wounded.',
      },
      {
        paragraph: 6,
        text: 'This was the second time President Biden used force in the region; the first was in February, when F-15E jets struck back after a rocket was fired at the US-led coalition in Erbil, Iraq.',
      },
      {
        paragraph: 7,
        text: "A pull quote repeats the opening of Kirby's statement from paragraph 4 about deliberate steps that keep the danger of escalation low.",
      },
      {
        paragraph: 8,
        text: 'The pull quote is credited to Pentagon spokesperson John Kirby, so paragraphs 7 and 8 add nothing new to paragraph 4.',
      },
      {
        paragraph: 9,
        text: 'In February Biden picked the milder of the choices his commanders offered, and some observers doubted that this would be enough to stop the Iran-backed Shiite militias from striking again.',
      },
      {
        paragraph: 10,
        text: 'The Pentagon said the US had grown more worried in recent months that the militias were turning to drones, a more advanced way to hit American forces.',
      },
      {
        paragraph: 11,
        text: 'The US and other Western nations keep a small force in Iraq to train Iraqi troops, who still face what is left of the Islamic State group that took Mosul and other cities in 2014 before a US-led coalition beat it.',
      },
      {
        paragraph: 12,
        text: "Back at the White House on Sunday night after a weekend at Camp David, Biden did not answer reporters' shouted questions about the strikes.",
      },
      {
        paragraph: 13,
        text: 'A US official said Air Force F-15 and F-16 jets used precision-guided weapons and hit every one of the three targets, of which two lay in Syria and the third in Iraq.',
      },
      {
        paragraph: 14,
        text: 'The same official said these strikes were bigger than the February ones and answered five or more drone attacks by militias on American forces in Iraq since April.',
      },
      {
        paragraph: 15,
        text: 'A June 9 attack caused special alarm: drones carrying explosives hit the Baghdad Diplomatic Service Center near Baghdad airport while staff and contractors were eating, starting a fire after which several people were treated for breathing in smoke.',
      },
      {
        paragraph: 16,
        text: 'The strikes came at a sensitive moment with Iran, as US negotiators in Vienna tried to bring back the 2015 nuclear deal and Iran had just elected the hard-line Ebrahim Raisi in a vote the State Department dismissed as decided in advance.',
      },
      {
        paragraph: 17,
        text: 'After the February strike the US privately sent Tehran a message it never described, while saying publicly it wanted to deter the militias without a wider clash with Iran, and an official said the same would happen this time.',
      },
      {
        paragraph: 18,
        text: "The US says Kata'ib Hezbollah has organized attacks on Americans for years, and it blames Kata'ib Sayyid al-Shuhada, the other group targeted, for the rocket fired at Erbil in February.",
      },
      {
        paragraph: 19,
        text: 'A former US military official said the border areas that were hit hold militia weapons stores and lie close to a main road Iran uses to move arms to its allies in Lebanon, Syria and Iraq.',
      },
      {
        paragraph: 20,
        text: "Washington Institute for Near East Policy analyst Michael Knights said US and Iraqi intelligence broadly agree that Kata'ib Hezbollah is the main user of advanced drones.",
      },
      {
        paragraph: 21,
        text: "By Knights' own count, militias have launched eight or more drone attacks on American forces in Iraq since April 14.",
      },
      {
        paragraph: 22,
        text: 'Knights pointed out that in March 2020 the Trump administration had bombed militia sites used to store and test rockets.',
      },
      {
        paragraph: 23,
        text: "Knights said the US had now dealt the militias' drone operations a similar blow, but since the 2020 strikes did not end rocket fire, he expects these will not end drone attacks either.",
      },
    ],
  },
  events: [
    {
      id: 'mosul-2014',
      title: 'Islamic State seizes Mosul',
      detail:
        'The Islamic State group captures Mosul and other Iraqi cities. A US-led coalition later defeats it, but remnants remain.',
      date: '2014',
      basis: 'stated',
      contextDate: '2014-06-10',
      howWeKnow: 'The article gives the year 2014; the exact day, June 10, comes from outside the article.',
      paragraphs: [11],
    },
    {
      id: 'nuclear-deal-2015',
      title: 'Iran nuclear deal agreed',
      detail:
        "An international agreement puts limits on Iran's nuclear program. In 2021 US negotiators try to revive it at talks in Vienna.",
      date: '2015',
      basis: 'stated',
      contextDate: '2015-07-14',
      howWeKnow:
        'The article calls it the 2015 agreement; the exact day, July 14, comes from outside the article.',
      paragraphs: [16],
    },
    {
      id: 'trump-strikes-2020',
      title: 'Trump strikes militia rocket sites',
      detail:
        'The Trump administration bombs militia sites used to store and test rockets. According to Michael Knights, the rocket attacks went on anyway.',
      date: '2020-03',
      basis: 'stated',
      contextDate: '2020-03-12',
      howWeKnow:
        'Michael Knights gives the month and year, March 2020; the exact day, March 12, comes from outside the article.',
      paragraphs: [22, 23],
    },
    {
      id: 'erbil-rocket',
      title: 'Rocket attack on coalition in Erbil',
      detail:
        "A rocket is fired at the US-led coalition in Erbil, Iraq. The US blames the militia Kata'ib Sayyid al-Shuhada.",
      date: '2021-02',
      basis: 'inferred',
      contextDate: '2021-02-15',
      howWeKnow:
        'The article calls it the February rocket and says the February airstrikes answered it, so it came first; the year is 2021 because President Biden, in office from January 2021, responded to it.',
      paragraphs: [6, 18],
    },
    {
      id: 'february-strike',
      title: "Biden's F-15E strikes",
      detail:
        'In his first use of force in the region, President Biden orders F-15E airstrikes to answer the Erbil rocket, choosing the more cautious option his commanders offered.',
      date: '2021-02',
      basis: 'inferred',
      contextDate: '2021-02-25',
      howWeKnow:
        'The article says February; the year must be 2021 because President Biden, who took office in January 2021, gave the order.',
      paragraphs: [6, 9, 17],
      after: ['erbil-rocket'],
    },
    {
      id: 'confidential-message',
      title: 'Private message sent to Tehran',
      detail:
        'After the February strike, the Biden administration sends Iran a confidential message. Its contents are never made public.',
      date: '2021-02',
      basis: 'inferred',
      howWeKnow:
        'The article says the message went to Tehran in February, after the airstrike; the year follows from Biden being president.',
      paragraphs: [17],
      after: ['february-strike'],
    },
    {
      id: 'drone-campaign-start',
      title: 'Militia drone attacks begin',
      detail:
        'The first of at least eight militia drone attacks on US forces in Iraq counted by analyst Michael Knights.',
      date: '2021-04-14',
      basis: 'inferred',
      howWeKnow:
        'Knights counts the drone attacks from April 14; the year is 2021 because his count runs up to the strikes ordered by President Biden.',
      paragraphs: [21, 14],
    },
    {
      id: 'june-9-drone-attack',
      title: 'Drone attack near Baghdad airport',
      detail:
        'Drones loaded with explosives hit the Baghdad Diplomatic Service Center while staff and contractors are eating. A fire breaks out and several people are treated for smoke inhalation.',
      date: '2021-06-09',
      basis: 'inferred',
      howWeKnow:
        'The article gives the day, June 9; the year is 2021 because this is one of the drone attacks that the strikes under President Biden answered.',
      paragraphs: [15],
    },
    {
      id: 'raisi-elected',
      title: 'Iran elects Ebrahim Raisi',
      detail:
        'Iran elects the hard-line Ebrahim Raisi as its president. The US State Department says the result was fixed in advance.',
      date: '2021-06',
      basis: 'inferred',
      contextDate: '2021-06-18',
      howWeKnow:
        'The article says only that the vote was in June of the same year as the strikes; the exact day, June 18, comes from outside the article, so the article alone cannot place it before or after the other June events.',
      paragraphs: [16],
    },
    {
      id: 'june-strikes',
      title: 'US strikes three militia sites',
      detail:
        'Air Force F-15s and F-16s hit militia sites at three places near the Syria–Iraq border, two in Syria and one in Iraq. It is the second time President Biden has used military force in the region.',
      date: '2021-06',
      basis: 'inferred',
      contextDate: '2021-06-27',
      howWeKnow:
        'The article says the strikes happened on a Sunday this month, in answer to drone attacks that include the one on June 9, so they fell in June 2021; the exact date, June 27, comes from outside the article.',
      paragraphs: [2, 3, 4, 5, 13, 14, 18],
      after: ['june-9-drone-attack', 'drone-campaign-start'],
    },
  ],
  sets: [
    {
      id: 'core',
      name: 'Attack and answer',
      description: 'Four events: two attacks on Americans and the two US strikes that answered them.',
      events: ['erbil-rocket', 'february-strike', 'june-9-drone-attack', 'june-strikes'],
    },
    {
      id: 'medium',
      name: 'From rockets to drones',
      description:
        'Seven events from the 2020 rocket-site strikes to the June 2021 raids, with Iran’s election.',
      events: [
        'trump-strikes-2020',
        'erbil-rocket',
        'february-strike',
        'drone-campaign-start',
        'june-9-drone-attack',
        'raisi-elected',
        'june-strikes',
      ],
    },
    {
      id: 'full',
      name: 'The whole story',
      description: 'All ten events, from the fall of Mosul in 2014 to the border strikes of June 2021.',
      events: [
        'mosul-2014',
        'nuclear-deal-2015',
        'trump-strikes-2020',
        'erbil-rocket',
        'february-strike',
        'confidential-message',
        'drone-campaign-start',
        'june-9-drone-attack',
        'raisi-elected',
        'june-strikes',
      ],
    },
  ],
  questions: [
    // ---------- multiple-choice ----------
    {
      id: 'q-june-aircraft',
      kind: 'multiple-choice',
      prompt: 'Which aircraft carried out the June strikes on the militia sites?',
      options: ['Air Force F-15s and F-16s', 'F-15E jets only', 'Armed drones', 'B-52 bombers'],
      answer: 'Air Force F-15s and F-16s',
      explanation:
        'A US official said Air Force F-15 and F-16 jets flew the June raid with precision-guided weapons. The F-15E was the jet named for the February strike.',
      paragraphs: [13],
      difficulty: 1,
      basis: 'article',
    },
    {
      id: 'q-february-aircraft',
      kind: 'multiple-choice',
      prompt: 'In February, which jets did President Biden order to carry out airstrikes?',
      options: ['F-15E jets', 'F-16 jets', 'Armed drones', 'B-1 bombers'],
      answer: 'F-15E jets',
      explanation:
        'Paragraph 6 says the February strikes, which answered the Erbil rocket, were flown by F-15Es. Do not mix this up with the F-15s and F-16s used in June.',
      paragraphs: [6],
      difficulty: 2,
      basis: 'article',
    },
    {
      id: 'q-militias-targeted',
      kind: 'multiple-choice',
      prompt: 'Which two militias were the targets of the June strikes?',
      options: [
        "Kata'ib Hezbollah and Kata'ib Sayyid al-Shuhada",
        'Hezbollah and Hamas',
        'Islamic State and al-Qaeda',
        "The Houthis and Kata'ib Hezbollah",
      ],
      answer: "Kata'ib Hezbollah and Kata'ib Sayyid al-Shuhada",
      explanation:
        "The Pentagon said the three sites were used by Kata'ib Hezbollah and Kata'ib Sayyid al-Shuhada, two Iraqi militias backed by Iran.",
      paragraphs: [2, 3, 18],
      difficulty: 1,
      basis: 'article',
    },
    {
      id: 'q-why-strikes',
      kind: 'multiple-choice',
      prompt: 'What did the Pentagon say the targeted militias had been doing?',
      options: [
        'Attacking American troops with drones',
        'Firing missiles at ships in the Gulf',
        'Taking over oil fields',
        'Attacking the nuclear talks in Vienna',
      ],
      answer: 'Attacking American troops with drones',
      explanation:
        'The opening paragraph says the Pentagon blamed the two militias for drone attacks on US troops, and a US official later tied the strikes to those attacks.',
      paragraphs: [2, 14],
      difficulty: 1,
      basis: 'article',
    },
    {
      id: 'q-what-was-hit',
      kind: 'multiple-choice',
      prompt: 'What kind of places did the June strikes hit?',
      options: [
        'Sites used for militia operations and for storing weapons',
        'Oil refineries',
        'Power stations',
        'Army recruiting offices',
      ],
      answer: 'Sites used for militia operations and for storing weapons',
      explanation:
        'The Pentagon said the targets were operational buildings and weapons stores at three places near the Syria–Iraq border.',
      paragraphs: [3],
      difficulty: 1,
      basis: 'article',
    },
    {
      id: 'q-june-9-target',
      kind: 'multiple-choice',
      prompt: 'What did the drone attack of June 9 hit?',
      options: [
        'The Baghdad Diplomatic Service Center, near Baghdad airport',
        'The coalition base in Erbil',
        'The US embassy in Beirut',
        'A weapons store near the Syria–Iraq border',
      ],
      answer: 'The Baghdad Diplomatic Service Center, near Baghdad airport',
      explanation:
        'Paragraph 15 describes drones carrying explosives striking the Baghdad Diplomatic Service Center, a complex close to Baghdad airport.',
      paragraphs: [15],
      difficulty: 2,
      basis: 'article',
    },
    {
      id: 'q-june-9-meal',
      kind: 'multiple-choice',
      prompt: 'What were the staff and contractors doing when the June 9 drones struck?',
      options: ['Eating', 'Sleeping', 'Holding a meeting', 'Leaving for the airport'],
      answer: 'Eating',
      explanation:
        'The drones struck while US contractors and other staff were eating, which military officials took as a sign the attack was aimed at hurting people.',
      paragraphs: [15],
      difficulty: 2,
      basis: 'article',
    },
    {
      id: 'q-vienna-talks',
      kind: 'multiple-choice',
      prompt: 'In which city were US negotiators trying to revive the 2015 nuclear deal with Iran?',
      options: ['Vienna', 'Geneva', 'Baghdad', 'Doha'],
      answer: 'Vienna',
      explanation:
        'Paragraph 16 says the strikes came at a delicate moment, while talks in Vienna aimed to bring back the 2015 agreement limiting Iran’s nuclear program.',
      paragraphs: [16],
      difficulty: 2,
      basis: 'article',
    },
    {
      id: 'q-drone-operator',
      kind: 'multiple-choice',
      prompt: 'According to Michael Knights, which group is the main operator of advanced drones?',
      options: ["Kata'ib Hezbollah", "Kata'ib Sayyid al-Shuhada", 'Islamic State', 'The Iraqi army'],
      answer: "Kata'ib Hezbollah",
      explanation:
        "Knights said US and Iraqi intelligence broadly agree that Kata'ib Hezbollah is the leading user of advanced drones.",
      paragraphs: [20],
      difficulty: 2,
      basis: 'article',
    },
    {
      id: 'q-erbil-blame',
      kind: 'multiple-choice',
      prompt: 'Which group does the United States accuse of firing the February rocket at Erbil?',
      options: ["Kata'ib Sayyid al-Shuhada", "Kata'ib Hezbollah", 'Islamic State', 'Hezbollah in Lebanon'],
      answer: "Kata'ib Sayyid al-Shuhada",
      explanation:
        "Paragraph 18 says the US blames Kata'ib Sayyid al-Shuhada, the second group targeted in June, for the rocket fired at Erbil in February.",
      paragraphs: [18],
      difficulty: 3,
      basis: 'article',
    },
    {
      id: 'q-february-option',
      kind: 'multiple-choice',
      prompt: 'In February, which of the options offered by military commanders did Biden choose?',
      options: [
        'The more conservative option',
        'The most forceful option',
        'No military action at all',
        'A raid by ground troops',
      ],
      answer: 'The more conservative option',
      explanation:
        'Paragraph 9 says Biden picked the more cautious choice, which led some observers to doubt it would deter the militias.',
      paragraphs: [9],
      difficulty: 2,
      basis: 'article',
    },
    {
      id: 'q-troops-role',
      kind: 'multiple-choice',
      prompt:
        'According to the article, why do the US and other Western countries keep a small force in Iraq?',
      options: [
        'To train and advise Iraq’s armed forces',
        'To guard oil pipelines',
        'To fight the Iranian army',
        'To run Iraqi elections',
      ],
      answer: 'To train and advise Iraq’s armed forces',
      explanation:
        'Paragraph 11 says the troops train and mentor Iraqi forces, which are still dealing with what is left of the Islamic State group.',
      paragraphs: [11],
      difficulty: 2,
      basis: 'article',
    },
    {
      id: 'q-strike-time',
      kind: 'multiple-choice',
      prompt: 'When did the June strikes take place, in US Eastern time?',
      options: [
        'About 6 p.m. on Sunday',
        'About 6 a.m. on Sunday',
        'About 6 p.m. on Monday',
        'About midnight on Saturday',
      ],
      answer: 'About 6 p.m. on Sunday',
      explanation:
        'Paragraph 5 puts the strikes at about 6 p.m. Eastern on Sunday, which was already early Monday in the region.',
      paragraphs: [5],
      difficulty: 2,
      basis: 'article',
    },
    {
      id: 'q-trump-targets',
      kind: 'multiple-choice',
      prompt: 'What did the Trump administration strike in March 2020, according to Michael Knights?',
      options: [
        'Militia sites for storing and testing rockets',
        'Militia drone workshops',
        'Iranian navy ships',
        'Iranian nuclear sites',
      ],
      answer: 'Militia sites for storing and testing rockets',
      explanation:
        'Knights recalled the March 2020 strikes on rocket storage and testing facilities, and noted they failed to end the rocket attacks.',
      paragraphs: [22, 23],
      difficulty: 3,
      basis: 'article',
    },
    {
      id: 'q-border-road',
      kind: 'multiple-choice',
      prompt: 'Why does the border area that was hit matter, according to a former US military official?',
      options: [
        'It lies near a main road Iran uses to send weapons to allied groups',
        'It holds the largest oil field in Iraq',
        'It is where most US troops in Iraq are based',
        'It is where the nuclear talks were held',
      ],
      answer: 'It lies near a main road Iran uses to send weapons to allied groups',
      explanation:
        'Paragraph 19 says the area has militia weapons stores and is close to a main route for Iranian arms going to allies in Lebanon, Syria and Iraq.',
      paragraphs: [19],
      difficulty: 3,
      basis: 'article',
    },

    // ---------- true-false ----------
    {
      id: 'q-tf-casualties',
      kind: 'true-false',
      prompt: 'The first reports said that many people were killed in the June strikes.',
      answer: false,
      explanation: 'At first, nobody was reported killed or injured (paragraph 5).',
      paragraphs: [5],
      difficulty: 1,
      basis: 'article',
    },
    {
      id: 'q-tf-all-hit',
      kind: 'true-false',
      prompt: 'A US official said all three targets were hit.',
      answer: true,
      explanation: 'Paragraph 13 reports the official saying every one of the three targets was struck.',
      paragraphs: [13],
      difficulty: 1,
      basis: 'article',
    },
    {
      id: 'q-tf-two-in-iraq',
      kind: 'true-false',
      prompt: 'Two of the three targets were in Iraq and one was in Syria.',
      answer: false,
      explanation:
        'It was the other way round: two targets were in Syria and one was in Iraq (paragraph 13).',
      paragraphs: [13],
      difficulty: 2,
      basis: 'article',
    },
    {
      id: 'q-tf-f15e-june',
      kind: 'true-false',
      prompt: 'The June strikes were flown by F-15E jets.',
      answer: false,
      explanation:
        'F-15Es were used in the February strike (paragraph 6). In June a US official named Air Force F-15s and F-16s (paragraph 13).',
      paragraphs: [6, 13],
      difficulty: 3,
      basis: 'article',
    },
    {
      id: 'q-tf-more-extensive',
      kind: 'true-false',
      prompt: 'The June strikes were on a larger scale than the February strike.',
      answer: true,
      explanation: 'Paragraph 14 says the June airstrikes were more extensive than the one in February.',
      paragraphs: [14],
      difficulty: 2,
      basis: 'article',
    },
    {
      id: 'q-tf-biden-answered',
      kind: 'true-false',
      prompt: 'Returning from Camp David, President Biden answered reporters’ questions about the strikes.',
      answer: false,
      explanation:
        'Paragraph 12 says Biden did not respond when reporters shouted questions at him on his return to the White House.',
      paragraphs: [12],
      difficulty: 1,
      basis: 'article',
    },
    {
      id: 'q-tf-message-details',
      kind: 'true-false',
      prompt: 'US officials revealed what the confidential message to Tehran said.',
      answer: false,
      explanation: 'Paragraph 17 says officials gave no details of what the message contained.',
      paragraphs: [17],
      difficulty: 2,
      basis: 'article',
    },
    {
      id: 'q-tf-similar-message',
      kind: 'true-false',
      prompt:
        'A US official said a message like the February one would be sent to Tehran after the June strikes too.',
      answer: true,
      explanation:
        'At the end of paragraph 17, a US official says Tehran would get the same kind of message after the June strikes.',
      paragraphs: [17],
      difficulty: 2,
      basis: 'article',
    },
    {
      id: 'q-tf-knights-stop',
      kind: 'true-false',
      prompt: 'Michael Knights expects the June strikes to put an end to the drone attacks.',
      answer: false,
      explanation:
        'Knights pointed out that the 2020 strikes did not end the rocket attacks, and said these strikes were likely not to end the drone attacks either (paragraph 23).',
      paragraphs: [23],
      difficulty: 2,
      basis: 'article',
    },
    {
      id: 'q-tf-raisi-june',
      kind: 'true-false',
      prompt: 'Iran elected Ebrahim Raisi as president in June, the same month as the strikes.',
      answer: true,
      explanation: 'Paragraph 16 says Iran elected Raisi, a tough new president, in June.',
      paragraphs: [16],
      difficulty: 1,
      basis: 'article',
    },
    {
      id: 'q-tf-drone-worry',
      kind: 'true-false',
      prompt:
        'The Pentagon said the US had become more worried that the militias were using drones to attack American forces.',
      answer: true,
      explanation:
        'Paragraph 10 says concern had grown in recent months that the militias were turning to more sophisticated drone attacks.',
      paragraphs: [10],
      difficulty: 1,
      basis: 'article',
    },
    {
      id: 'q-tf-only-western',
      kind: 'true-false',
      prompt: 'The United States is the only Western country with troops training the Iraqi military.',
      answer: false,
      explanation: 'Paragraph 11 says the US does this together with other Western countries.',
      paragraphs: [11],
      difficulty: 2,
      basis: 'article',
    },
    {
      id: 'q-tf-year-printed',
      kind: 'true-false',
      prompt: 'The article prints the year of the strikes, 2021, in its text.',
      answer: false,
      explanation:
        'The article never gives the year. We work it out: it names President Biden, who took office in January 2021, and dates like June 9 fall in the same year (paragraphs 6 and 15).',
      paragraphs: [6, 15],
      difficulty: 3,
      basis: 'article',
    },
    {
      id: 'q-tf-june-27',
      kind: 'true-false',
      prompt: 'The June strikes took place on June 27, 2021.',
      answer: true,
      explanation:
        'This fact comes from outside the article: the article only says the strikes came on a Sunday evening, Eastern time (paragraph 5), and other reports give the date as Sunday, June 27, 2021.',
      paragraphs: [5],
      difficulty: 3,
      basis: 'context',
    },

    {
      id: 'q-tf-iran-backed',
      kind: 'true-false',
      prompt: 'Both militias targeted in June are backed by Iran.',
      answer: true,
      explanation:
        "The article describes both Kata'ib Hezbollah and Kata'ib Sayyid al-Shuhada as Iranian-backed groups (paragraphs 2 and 18).",
      paragraphs: [2, 18],
      difficulty: 1,
      basis: 'article',
    },
    {
      id: 'q-tf-camp-david',
      kind: 'true-false',
      prompt: 'President Biden had spent the weekend of the strikes at Camp David.',
      answer: true,
      explanation:
        'Paragraph 12 says Biden came back to the White House on Sunday night after a weekend at Camp David.',
      paragraphs: [12],
      difficulty: 2,
      basis: 'article',
    },

    // ---------- who-said-it ----------
    {
      id: 'q-who-deterrent',
      kind: 'who-said-it',
      prompt: 'Who described the strikes this way?',
      quote: {
        text: 'designed to limit the risk of escalation, but also to send a clear and unambiguous deterrent message',
        speaker: 'John Kirby (Pentagon spokesman)',
      },
      options: [
        'John Kirby (Pentagon spokesman)',
        'Michael Knights (Washington Institute for Near East Policy)',
        'A former US military official',
        'The US State Department',
      ],
      answer: 'John Kirby (Pentagon spokesman)',
      explanation:
        'Pentagon spokesman John Kirby said the strikes were meant to warn the militias while keeping the risk of a wider conflict low (paragraph 4, repeated in the pull quote).',
      paragraphs: [4, 7, 8],
      difficulty: 1,
      basis: 'article',
    },
    {
      id: 'q-who-aircraft',
      kind: 'who-said-it',
      prompt:
        'Who gave the detail that Air Force F-15s and F-16s with precision-guided weapons flew the June strikes?',
      options: [
        'A US official',
        'John Kirby (Pentagon spokesman)',
        'Michael Knights (Washington Institute for Near East Policy)',
        'The US State Department',
      ],
      answer: 'A US official',
      explanation: 'Paragraph 13 credits the aircraft details to an unnamed US official.',
      paragraphs: [13],
      difficulty: 2,
      basis: 'article',
    },
    {
      id: 'q-who-five-attacks',
      kind: 'who-said-it',
      prompt:
        'Who said the strikes answered five or more militia drone attacks on American forces in Iraq since April?',
      options: [
        'A US official',
        'Michael Knights (Washington Institute for Near East Policy)',
        'John Kirby (Pentagon spokesman)',
        'A former US military official',
      ],
      answer: 'A US official',
      explanation:
        'The figure of at least five attacks comes from a US official (paragraph 14). Knights, counting for himself, found at least eight (paragraph 21).',
      paragraphs: [14, 21],
      difficulty: 3,
      basis: 'article',
    },
    {
      id: 'q-who-eight-attacks',
      kind: 'who-said-it',
      prompt: 'Whose own count finds at least eight drone attacks on American forces in Iraq since April 14?',
      options: [
        'Michael Knights (Washington Institute for Near East Policy)',
        'A US official',
        'John Kirby (Pentagon spokesman)',
        'The US State Department',
      ],
      answer: 'Michael Knights (Washington Institute for Near East Policy)',
      explanation:
        'Paragraph 21 gives the count of eight as Knights’ own tally; the lower figure of five came from a US official.',
      paragraphs: [21],
      difficulty: 2,
      basis: 'article',
    },
    {
      id: 'q-who-prefabricated',
      kind: 'who-said-it',
      prompt: 'Who used this word for the June vote that made Ebrahim Raisi president of Iran?',
      quote: { text: 'pre-fabricated', speaker: 'The US State Department' },
      options: [
        'The US State Department',
        'John Kirby (Pentagon spokesman)',
        'Michael Knights (Washington Institute for Near East Policy)',
        'A former US military official',
      ],
      answer: 'The US State Department',
      explanation:
        'Paragraph 16 says the US State Department dismissed the June election in Iran as arranged in advance.',
      paragraphs: [16],
      difficulty: 1,
      basis: 'article',
    },
    {
      id: 'q-who-smoke',
      kind: 'who-said-it',
      prompt:
        'Who reported at the time that contractors and staff needed treatment for breathing in smoke after the June 9 drone attack?',
      options: [
        'The US State Department',
        'John Kirby (Pentagon spokesman)',
        'Michael Knights (Washington Institute for Near East Policy)',
        'A former US military official',
      ],
      answer: 'The US State Department',
      explanation:
        'Paragraph 15 credits the report of the fire and the smoke inhalation to State Department officials speaking at the time.',
      paragraphs: [15],
      difficulty: 3,
      basis: 'article',
    },
    {
      id: 'q-who-road',
      kind: 'who-said-it',
      prompt:
        'Who said the border areas that were hit hold militia weapons stores and lie near a main road Iran uses to send arms?',
      options: [
        'A former US military official',
        'A US official',
        'John Kirby (Pentagon spokesman)',
        'The US State Department',
      ],
      answer: 'A former US military official',
      explanation:
        'Paragraph 19 credits this point about the weapons stores and the supply road to a former US military official.',
      paragraphs: [19],
      difficulty: 2,
      basis: 'article',
    },
    {
      id: 'q-who-wont-stop',
      kind: 'who-said-it',
      prompt: 'Who predicted this about the June strikes?',
      quote: {
        text: 'it is likely that these strikes will not stop the drone attacks either',
        speaker: 'Michael Knights (Washington Institute for Near East Policy)',
      },
      options: [
        'Michael Knights (Washington Institute for Near East Policy)',
        'John Kirby (Pentagon spokesman)',
        'A US official',
        'The US State Department',
      ],
      answer: 'Michael Knights (Washington Institute for Near East Policy)',
      explanation:
        'Knights compared the strikes with those of 2020, which had not ended the rocket attacks, and expected the same result for drones (paragraph 23).',
      paragraphs: [23],
      difficulty: 1,
      basis: 'article',
    },
    {
      id: 'q-who-primary-operator',
      kind: 'who-said-it',
      prompt: 'Who made this claim about the militia drones?',
      quote: {
        text: "Kata'ib Hezbollah is the primary operator of sophisticated drones",
        speaker: 'Michael Knights (Washington Institute for Near East Policy)',
      },
      options: [
        'Michael Knights (Washington Institute for Near East Policy)',
        'John Kirby (Pentagon spokesman)',
        'A former US military official',
        'A US official',
      ],
      answer: 'Michael Knights (Washington Institute for Near East Policy)',
      explanation:
        'Knights said there is strong agreement in US and Iraqi intelligence that this militia is the main drone operator (paragraph 20).',
      paragraphs: [20],
      difficulty: 2,
      basis: 'article',
    },
    {
      id: 'q-who-drone-concern',
      kind: 'who-said-it',
      prompt:
        'Who said the US had grown more concerned in recent months about militias using drones against American forces?',
      options: [
        'The Pentagon',
        'Michael Knights (Washington Institute for Near East Policy)',
        'A former US military official',
        'The US State Department',
      ],
      answer: 'The Pentagon',
      explanation: 'Paragraph 10 attributes the growing worry about militia drones to the Pentagon.',
      paragraphs: [10],
      difficulty: 3,
      basis: 'article',
    },
    {
      id: 'q-who-similar-message',
      kind: 'who-said-it',
      prompt:
        'Who said a confidential message like February’s would be sent to Tehran after the June strikes?',
      options: [
        'A US official',
        'John Kirby (Pentagon spokesman)',
        'Michael Knights (Washington Institute for Near East Policy)',
        'The US State Department',
      ],
      answer: 'A US official',
      explanation:
        'Paragraph 17 ends with an unnamed US official saying a similar message would go this time.',
      paragraphs: [17],
      difficulty: 3,
      basis: 'article',
    },

    // ---------- number ----------
    {
      id: 'q-num-sites',
      kind: 'number',
      prompt: 'At how many locations did the June strikes hit militia facilities?',
      answer: 3,
      unit: 'sites',
      explanation: 'The Pentagon named three locations near the Syria–Iraq border, and all three were hit.',
      paragraphs: [3, 13],
      difficulty: 1,
      basis: 'article',
    },
    {
      id: 'q-num-syria-sites',
      kind: 'number',
      prompt: 'How many of the targets were in Syria?',
      answer: 2,
      unit: 'sites',
      explanation: 'A US official said two of the three targets were in Syria and one was in Iraq.',
      paragraphs: [13],
      difficulty: 2,
      basis: 'article',
    },
    {
      id: 'q-num-militias',
      kind: 'number',
      prompt: 'How many militias were targeted by the June strikes?',
      answer: 2,
      unit: 'militias',
      explanation: "Two Iran-backed militias were targeted: Kata'ib Hezbollah and Kata'ib Sayyid al-Shuhada.",
      paragraphs: [2, 3],
      difficulty: 1,
      basis: 'article',
    },
    {
      id: 'q-num-official-attacks',
      kind: 'number',
      prompt:
        'According to a US official, at least how many militia drone attacks on US forces in Iraq had there been since April?',
      answer: 5,
      unit: 'attacks',
      explanation:
        'The US official put the number at five or more (paragraph 14). Michael Knights’ separate count, from April 14, is higher.',
      paragraphs: [14],
      difficulty: 2,
      basis: 'article',
    },
    {
      id: 'q-num-knights-attacks',
      kind: 'number',
      prompt:
        'By Michael Knights’ own tally, at least how many drone attacks on US forces in Iraq had there been since April 14?',
      answer: 8,
      unit: 'attacks',
      explanation:
        'Knights counted at least eight (paragraph 21), more than the five a US official gave: two sources, two different counts.',
      paragraphs: [21],
      difficulty: 2,
      basis: 'article',
    },
    {
      id: 'q-num-use-of-force',
      kind: 'number',
      prompt: 'Counting the June strikes, how many times had President Biden used force in the region?',
      answer: 2,
      unit: 'times',
      explanation:
        'Paragraph 6 calls the June action his second use of force there; the first was in February.',
      paragraphs: [6],
      difficulty: 2,
      basis: 'article',
    },
    {
      id: 'q-num-mosul-year',
      kind: 'number',
      prompt: 'In what year did the Islamic State group capture Mosul and other Iraqi cities?',
      answer: 2014,
      explanation: 'Paragraph 11 gives 2014 as the year Islamic State took Mosul.',
      paragraphs: [11],
      difficulty: 3,
      basis: 'article',
    },
    {
      id: 'q-num-nuclear-year',
      kind: 'number',
      prompt: 'In what year was the nuclear agreement that US negotiators were trying to revive signed?',
      answer: 2015,
      explanation: 'Paragraph 16 refers to the 2015 deal that put limits on Iran’s nuclear program.',
      paragraphs: [16],
      difficulty: 1,
      basis: 'article',
    },
    {
      id: 'q-num-trump-year',
      kind: 'number',
      prompt: 'In what year did the Trump administration strike militia rocket storage and testing sites?',
      answer: 2020,
      explanation: 'Michael Knights said those strikes took place in March 2020 (paragraph 22).',
      paragraphs: [22],
      difficulty: 3,
      basis: 'article',
    },
    {
      id: 'q-num-june-9',
      kind: 'number',
      prompt: 'On what day in June did drones hit the Baghdad Diplomatic Service Center?',
      answer: 9,
      explanation: 'Paragraph 15 dates the drone attack on the complex near Baghdad airport to June 9.',
      paragraphs: [15],
      difficulty: 1,
      basis: 'article',
    },
    {
      id: 'q-num-strike-hour',
      kind: 'number',
      prompt: 'At about what time in the evening, US Eastern time, did the June strikes take place?',
      answer: 6,
      unit: 'p.m.',
      explanation: 'Paragraph 5 says the strikes came at about 6 p.m. Eastern on a Sunday.',
      paragraphs: [5],
      difficulty: 3,
      basis: 'article',
    },
    {
      id: 'q-num-proxy-countries',
      kind: 'number',
      prompt: 'Iran uses a main road near the border to send arms to allied groups in how many countries?',
      answer: 3,
      unit: 'countries',
      explanation:
        'A former US military official said the road carries Iranian weapons to allied groups in Lebanon, Syria and Iraq (paragraph 19).',
      paragraphs: [19],
      difficulty: 3,
      basis: 'article',
    },
  ],
};
