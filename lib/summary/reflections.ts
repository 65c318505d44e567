import type { SummarySection } from './model';
import { TEMPLATE_SECTION_KEYS } from './template';

/** The template's sections that ask for the doctor's own reflection, by section id. */
export const REFLECTIVE_SECTIONS: readonly string[] = [
  TEMPLATE_SECTION_KEYS.reviewOfLastDevelopmentPlan,
  TEMPLATE_SECTION_KEYS.continuingProfessionalDevelopment,
  TEMPLATE_SECTION_KEYS.qualityImprovement,
  TEMPLATE_SECTION_KEYS.significantEvents,
  TEMPLATE_SECTION_KEYS.feedbackFromColleagues,
  TEMPLATE_SECTION_KEYS.feedbackFromPatients,
  TEMPLATE_SECTION_KEYS.complaintsAndCompliments,
  TEMPLATE_SECTION_KEYS.achievementsChallengesAndAspirations,
];

/** How every rendering of the summary heads the doctor's reflection. */
export const REFLECTION_LABEL = 'Your reflection';

export function asksForReflection(sectionId: string): boolean {
  return REFLECTIVE_SECTIONS.includes(sectionId);
}

/** The sections with the doctor's reflections (by section id) added where the template asks for one. */
export function withReflections(
  sections: readonly SummarySection[],
  reflections: Readonly<Record<string, string>>,
): SummarySection[] {
  return sections.map((section) => {
    const text = reflections[section.id]?.trim();
    return text && asksForReflection(section.id) ? { ...section, reflection: text } : section;
  });
}
