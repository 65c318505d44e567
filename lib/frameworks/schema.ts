import { z } from 'zod';

/** Stable ids such as `mlcf.2.3`: framework, domain, element. Never reuse or renumber one. */
export const ElementId = z.string().regex(/^[a-z][a-z0-9-]*\.[a-z0-9-]+\.[a-z0-9-]+$/, 'Expected an id like mlcf.2.3');
export const DomainId = z.string().regex(/^[a-z][a-z0-9-]*\.[a-z0-9-]+$/, 'Expected an id like mlcf.2');

export const AUDIENCES = ['in-training', 'consultant', 'mentor'] as const;
export const Audience = z.enum(AUDIENCES);

export const FrameworkElement = z.object({
  id: ElementId,
  /** The published name, exactly. */
  name: z.string().min(1),
  /** What the element means, in Lantern's own words (never the publisher's text). */
  description: z.string().min(20),
  /** Two or three things a doctor might do that show it, in Lantern's own words. */
  behaviours: z.array(z.string().min(10)).min(2).max(3),
  /** Words and short phrases (lower case) that suggest an entry evidences this element. */
  keywords: z.array(z.string().min(2)).min(4),
});
export type FrameworkElement = z.infer<typeof FrameworkElement>;

export const FrameworkDomain = z.object({
  id: DomainId,
  /** The published name, exactly. */
  name: z.string().min(1),
  description: z.string().min(20),
  elements: z.array(FrameworkElement).min(1),
});
export type FrameworkDomain = z.infer<typeof FrameworkDomain>;

export const RatingLevel = z.object({
  level: z.number().int().min(1),
  /** The published level name. */
  label: z.string().min(1),
  description: z.string().min(10),
});

export const Framework = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** Full published name. */
  name: z.string().min(1),
  shortName: z.string().min(1),
  publisher: z.string().min(1),
  edition: z.string().min(1),
  year: z.number().int().min(1990).max(2100),
  /** Where the published names were confirmed, and the publisher's page. */
  source: z.object({ note: z.string().min(10), url: z.string().url() }),
  /** Who the framework is mainly for. */
  audience: z.array(Audience).min(1),
  domains: z.array(FrameworkDomain).min(1),
  /** A self-rating scale published with the framework, if any. */
  scale: z.array(RatingLevel).optional(),
  /** Ids from an older edition, mapped to the current ones, so older entries still count. */
  aliases: z.record(z.string(), z.string()).optional(),
});
export type Framework = z.infer<typeof Framework>;
