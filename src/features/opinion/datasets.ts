import { opinionQuery } from '@/data/queries';

/** The datasets the panel draws from, declared once: the panel, its preload and the deck read it. */
export const OPINION_QUERIES = [opinionQuery] as const;
