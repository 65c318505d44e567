import type { ModelFrameworkId } from '../../lib/competencies';
import type { RankedElement } from '../../lib/competencies/rank';

/** The page asks the ranking worker (rank.worker.ts) to rank a framework's elements for a long entry's text. */
export interface RankAsk {
  text: string;
  frameworkId: ModelFrameworkId;
}

export interface RankReply {
  ranked: RankedElement[];
}
