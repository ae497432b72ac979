import { connectivityQuery, tradeQuery } from '@/data/queries';

/** The datasets the panel draws from, declared once: the panel, its preload and the deck read it. */
export const TRADE_QUERIES = [tradeQuery, connectivityQuery] as const;
