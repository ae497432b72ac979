import { refugeesQuery } from '@/data/queries';

/** The datasets the panel draws from, declared once: the panel, its preload and the deck read it. */
export const REFUGEES_QUERIES = [refugeesQuery] as const;
