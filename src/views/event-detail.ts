import type { Pack, TimelineEvent } from '../content/schema';
import { dateLabel } from './board';
import { BASIS_WORDS, citedDigests, placeLine } from './words';

/** "How we know": one card's date, where it comes from, and the paragraphs behind it. Pure. */
export interface EventDetailView {
  heading: string;
  date: string;
  basis: string;
  dateReason: string;
  detail: string;
  howWeKnow: string;
  place: string | null;
  paragraphs: Array<{ mark: string; text: string }>;
}

export function eventDetailView(pack: Pack, event: TimelineEvent): EventDetailView {
  return {
    heading: event.title,
    date: dateLabel(event),
    basis: `The date is ${BASIS_WORDS[event.basis]}.`,
    dateReason: event.dateReason,
    detail: event.detail,
    howWeKnow: event.howWeKnow,
    place: event.place ? `Where: ${placeLine(event.place)}` : null,
    paragraphs: citedDigests(pack, event.paragraphs),
  };
}
