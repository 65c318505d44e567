import { getDb } from '../db';
import type { Entry } from '../entries/schema';
import { newId } from '../ids';
import { Goal, type GoalInput } from './schema';

export async function createGoal(
  input: Omit<GoalInput, 'id' | 'createdAt' | 'updatedAt'>,
  now = Date.now(),
): Promise<Goal> {
  const goal = Goal.parse({ ...input, id: newId(), createdAt: now, updatedAt: now });
  await getDb().goals.add(goal);
  return goal;
}

export async function updateGoal(id: string, patch: Partial<GoalInput>, now = Date.now()): Promise<Goal> {
  const db = getDb();
  return db.transaction('rw', db.goals, async () => {
    const current = await db.goals.get(id);
    if (!current) throw new Error('That goal no longer exists.');
    const next = Goal.parse({ ...current, ...patch, id, updatedAt: Math.max(now, current.updatedAt + 1) });
    await db.goals.put(next);
    return next;
  });
}

export async function deleteGoal(id: string): Promise<void> {
  await getDb().goals.delete(id);
}

/** Goals, by target date (undated last), then by title. */
export async function listGoals(): Promise<Goal[]> {
  const goals = await getDb().goals.toArray();
  return goals.sort(
    (a, b) =>
      (a.targetDate ?? '9999-12-31').localeCompare(b.targetDate ?? '9999-12-31') || a.title.localeCompare(b.title),
  );
}

/** "An entry's actions become a goal in one step": one goal per action, linked to the entry and its competencies. */
export async function goalsFromEntryActions(entry: Entry, now = Date.now()): Promise<Goal[]> {
  const existing = await getDb().goals.where('sourceEntryId').equals(entry.id).toArray();
  const taken = new Set(existing.map((goal) => goal.title.trim().toLowerCase()));
  const created: Goal[] = [];
  for (const action of entry.actions) {
    if (!action.trim() || taken.has(action.trim().toLowerCase())) continue;
    created.push(
      await createGoal(
        {
          title: action.trim().slice(0, 300),
          competencies: entry.competencies,
          entryIds: [entry.id],
          sourceEntryId: entry.id,
        },
        now,
      ),
    );
  }
  return created;
}
