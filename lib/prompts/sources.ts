import type { SEED_FILES } from './schema';

/** The seed documents' own titles, for citing a prompt's source by name as well as by file. */
export const SOURCE_TITLES: Record<(typeof SEED_FILES)[number], string> = {
  '000_5c80dd75a77bde5a.txt': 'How to improve clinical engagement',
  '001_a057fe67e20901f3.txt': 'Clinical engagement (NHS Institute, Quality, Service Improvement and Redesign tools)',
  '002_aebf12f1186de568.txt': 'Enhancing clinical engagement in trust leadership (Clark and colleagues)',
  '003_7d9800a77f050ac1.txt': "A roadmap for medical engagement (The King's Fund)",
  '004_73d4ff9273cd5aa7.txt': "Engaging clinicians: keeping the bright sparks burning (The King's Fund)",
};
