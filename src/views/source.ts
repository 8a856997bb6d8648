import type { Pack } from '../content/schema';
import { BASIS_WORDS, formatDate } from './words';

/** The source card: where the article comes from and one paraphrase per paragraph. Pure. */
export interface SourceView {
  heading: string;
  language: string;
  headline: string;
  headlineNote: string;
  facts: Array<{ label: string; value: string }>;
  notes: string[];
  paragraphsHeading: string;
  paragraphs: Array<{ mark: string; text: string }>;
}

export function sourceView(pack: Pack): SourceView {
  const { source } = pack;
  const facts = [
    { label: 'Outlet', value: source.outlet },
    { label: 'Author', value: source.author },
    { label: 'Date', value: `${formatDate(source.date)} (${BASIS_WORDS[source.dateBasis]})` },
  ];
  if (source.dateline) facts.push({ label: 'Dateline', value: source.dateline });
  return {
    heading: 'The source',
    language: pack.language,
    headline: source.headline.paraphrased ? source.headline.text : `“${source.headline.text}”`,
    headlineNote: source.headline.paraphrased
      ? 'Our paraphrase of the headline'
      : 'The headline as published',
    facts,
    notes: [source.dateNote, source.note, source.paragraphNote].filter((n): n is string => Boolean(n)),
    paragraphsHeading: 'What each paragraph says, in our words',
    paragraphs: source.digests.map((d) => ({ mark: `¶${d.paragraph}`, text: d.text })),
  };
}
