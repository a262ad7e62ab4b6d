/** The words for the listening counts: a feed post's sentiment and a flag's category. */
import type { Sentiment } from '../listening/classify';
import type { FlagCategory } from '../listening/report';
import { t, type MessageKey } from './messages';

const SENTIMENT_KEYS: Record<Sentiment, MessageKey> = {
  positive: 'sentimentPositive',
  neutral: 'sentimentNeutral',
  negative: 'sentimentNegative',
};

const FLAG_KEYS: Record<FlagCategory, MessageKey> = {
  complaint: 'flagComplaint',
  outage: 'flagOutage',
  security: 'flagSecurity',
  praise: 'flagPraise',
  press: 'flagPress',
};

export const sentimentLabel = (sentiment: Sentiment): string => t(SENTIMENT_KEYS[sentiment]);
export const flagLabel = (flag: FlagCategory): string => t(FLAG_KEYS[flag]);
