import { z } from 'zod';
import { IsoDate } from '../entries/schema';

/** A dated self-rating of every element of one framework (1 = first level of its scale). */
export const Assessment = z.object({
  id: z.string().min(1),
  frameworkId: z.string().min(1),
  takenAt: z.number().int().nonnegative(),
  takenOn: IsoDate,
  ratings: z.record(z.string(), z.number().int().min(1).max(4)),
  note: z.string().max(5000).default(''),
});
export type Assessment = z.infer<typeof Assessment>;

/** For frameworks without a published scale, a plain four-step one in Lantern's words. */
export const DEFAULT_SCALE = [
  { level: 1, label: 'Starting out', description: 'You are aware of it and beginning to practise it.' },
  { level: 2, label: 'Developing', description: 'You show it in your own work, with support at times.' },
  { level: 3, label: 'Confident', description: 'You show it reliably and adapt it to the situation.' },
  { level: 4, label: 'Leading others', description: 'Others learn it from you; you shape how a team works.' },
] as const;

export interface RatingChange {
  elementId: string;
  before: number | undefined;
  after: number | undefined;
  /** Levels moved; 0 when either snapshot has no rating for the element, as there is nothing to compare. */
  change: number;
}

/** What moved between two snapshots, element by element. */
export function compareAssessments(
  before: Assessment,
  after: Assessment,
  elementIds: readonly string[],
): RatingChange[] {
  return elementIds.map((elementId) => {
    const from = before.ratings[elementId];
    const to = after.ratings[elementId];
    return { elementId, before: from, after: to, change: from === undefined || to === undefined ? 0 : to - from };
  });
}
