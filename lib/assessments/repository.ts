import { localIsoDate } from '../dates';
import { getDb } from '../db';
import { newId } from '../ids';
import { Assessment } from './schema';

export async function saveAssessment(
  frameworkId: string,
  ratings: Record<string, number>,
  note = '',
  now = Date.now(),
): Promise<Assessment> {
  const assessment = Assessment.parse({
    id: newId(),
    frameworkId,
    takenAt: now,
    takenOn: localIsoDate(new Date(now)),
    ratings,
    note,
  });
  await getDb().assessments.add(assessment);
  return assessment;
}

/** Snapshots of one framework, newest first. */
export async function listAssessments(frameworkId: string): Promise<Assessment[]> {
  const items = await getDb().assessments.where('frameworkId').equals(frameworkId).toArray();
  return items.sort((a, b) => b.takenAt - a.takenAt);
}

export async function deleteAssessment(id: string): Promise<void> {
  await getDb().assessments.delete(id);
}
