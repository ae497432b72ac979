import { securityIncidentsQuery } from '@/data/queries';

/** The datasets the panel draws from, declared once: the panel, its preload and the deck read it. */
export const SECURITY_QUERIES = [securityIncidentsQuery] as const;
