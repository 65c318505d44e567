import { z } from 'zod';
import { Audience, ElementId } from '../frameworks/schema';

/** The seed documents prompts are written from (in ../shared/seeds/), cited by file name. */
export const SEED_FILES = [
  '000_5c80dd75a77bde5a.txt',
  '001_a057fe67e20901f3.txt',
  '002_aebf12f1186de568.txt',
  '003_7d9800a77f050ac1.txt',
  '004_73d4ff9273cd5aa7.txt',
] as const;

export const SeedFile = z.enum(SEED_FILES);

/** A reflective prompt, written in Lantern's own words from a theme in one seed document. */
export const Prompt = z.object({
  id: z.string().regex(/^p-[a-z0-9-]+$/),
  text: z.string().min(20),
  followUps: z.array(z.string().min(10)).min(2).max(3),
  theme: z.string().min(3),
  source: SeedFile,
  competencies: z.array(ElementId).min(1),
  suits: z.array(Audience).min(1),
});
export type Prompt = z.infer<typeof Prompt>;
