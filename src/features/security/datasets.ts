import { keyFiguresQuery, securityIncidentsQuery } from '@/data/queries';

/** The datasets the panel draws from, declared once: the panel, its preload and the deck read it. */
export const SECURITY_QUERIES = [securityIncidentsQuery] as const;

/**
 * Every dataset whose figures the panel shows: its own, and key-figures.json's fatality figures
 * beside the incidents (shown when that file loads; the panel works without it). The printed deck
 * cites their sources under a security slide.
 */
export const SECURITY_CITED_QUERIES = [...SECURITY_QUERIES, keyFiguresQuery] as const;
