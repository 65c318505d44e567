import { z } from 'zod';
import { IsoDate } from '../entries/schema';

export const GOAL_STATUSES = ['planned', 'in-progress', 'met', 'carried-over', 'dropped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export const GOAL_STATUS_LABELS: Record<GoalStatus, string> = {
  planned: 'Planned',
  'in-progress': 'In progress',
  met: 'Met',
  'carried-over': 'Carried over',
  dropped: 'Dropped',
};

/** A personal development plan goal. */
export const Goal = z.object({
  id: z.string().min(1),
  title: z.string().trim().min(1).max(300),
  competencies: z.array(z.string()).default([]),
  targetDate: IsoDate.optional(),
  status: z.enum(GOAL_STATUSES).default('planned'),
  /** Entries that evidence progress on the goal. */
  entryIds: z.array(z.string()).default([]),
  reviewNotes: z.string().max(20_000).default(''),
  /** The entry whose action became this goal, if any. */
  sourceEntryId: z.string().optional(),
  createdAt: z.number().int().nonnegative(),
  updatedAt: z.number().int().nonnegative(),
});
export type Goal = z.infer<typeof Goal>;
export type GoalInput = z.input<typeof Goal>;
