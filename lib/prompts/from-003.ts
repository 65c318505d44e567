import type { Prompt } from './schema';

const source = '003_7d9800a77f050ac1.txt';

/** Prompts written from "A roadmap for medical engagement" (on The King's Fund's case-study report). */
export const PROMPTS_FROM_003: readonly Prompt[] = [
  {
    id: 'p-everyday-or-initiative',
    text: 'Is engagement in your team a one-off initiative, or simply part of how things are normally done? What evidence do you see either way?',
    followUps: ['What would make it part of ordinary, everyday work?', 'Who keeps it going once an initiative ends?'],
    theme: 'everyday culture',
    source,
    competencies: ['mlcf.4.4', 'hlm.1.1'],
    suits: ['in-training', 'consultant', 'mentor'],
  },
  {
    id: 'p-honest-culture-check',
    text: 'If you had to describe the culture of your workplace honestly to a new colleague, what would you say? What would you most like to be different?',
    followUps: [
      'What is one thing you do that reinforces that culture, for better or worse?',
      'Whose feedback could help you see it more clearly?',
    ],
    theme: 'everyday culture',
    source,
    competencies: ['mlcf.4.2', 'hlm.3.1'],
    suits: ['in-training', 'consultant', 'mentor'],
  },
  {
    id: 'p-after-reporting',
    text: 'When you last reported an incident or near miss, what happened next? Did anything change because of it?',
    followUps: [
      'What would make you, or your colleagues, more likely to report?',
      'How did you hear about any learning, if you heard at all?',
      'What would you do differently if you were the one receiving the reports?',
    ],
    theme: 'reporting incidents and learning from them',
    source,
    competencies: ['mlcf.4.1', 'gpc.6.1', 'gmp.3.3'],
    suits: ['in-training', 'consultant', 'mentor'],
  },
  {
    id: 'p-learning-from-an-incident',
    text: 'Choose an incident or complaint you were part of. Describe one change to practice or process that came from it, or should have.',
    followUps: [
      'Who needed to be involved to make that change stick?',
      'How would you check that it had made a difference?',
    ],
    theme: 'reporting incidents and learning from them',
    source,
    competencies: ['mlcf.4.1', 'mlcf.5.4', 'si.1.3'],
    suits: ['in-training', 'consultant', 'mentor'],
  },
  {
    id: 'p-beyond-my-patch',
    text: 'When have you taken responsibility for something outside your own patients or your own area? What prompted you to step beyond your role?',
    followUps: ['What made it easy or hard?', 'How could you encourage others to do the same?'],
    theme: 'collective leadership',
    source,
    competencies: ['mlcf.2.4', 'hlm.4.1'],
    suits: ['in-training', 'consultant', 'mentor'],
  },
  {
    id: 'p-trainees-in-improvement',
    text: 'How are doctors in training involved in improvement work where you are? What would make it more than a box to tick for a portfolio?',
    followUps: ['Who supports them when a project gets stuck?', 'How could their work outlast their rotation?'],
    theme: 'harnessing bright sparks',
    source,
    competencies: ['mlcf.4.3', 'hlm.8.1'],
    suits: ['in-training', 'consultant', 'mentor'],
  },
  {
    id: 'p-who-gets-to-lead',
    text: 'Look at the people who hold leadership roles around you. Whose backgrounds or voices are missing, and how might that shape decisions?',
    followUps: [
      'What practical barriers might stop others from stepping forward?',
      'How do you respond when someone questions the usual way of doing things?',
    ],
    theme: 'welcoming different perspectives',
    source,
    competencies: ['mlcf.1.4', 'mlcf.2.3'],
    suits: ['in-training', 'consultant', 'mentor'],
  },
  {
    id: 'p-appraisal-as-development',
    text: 'Did your last appraisal or ARCP help you grow as a leader, or did it feel like paperwork? What would make the next one more useful?',
    followUps: [
      'Which leadership goal could go into your development plan?',
      'What evidence would show progress by next time?',
    ],
    theme: 'investing in development',
    source,
    competencies: ['mlcf.1.3', 'si.1.1'],
    suits: ['in-training', 'consultant', 'mentor'],
  },
  {
    id: 'p-values-match',
    text: 'Which values matter most to you at work, and how well do they fit those of your organisation? Where do they rub?',
    followUps: ['How do you handle the gap when it shows?', 'What would you look for in a future employer or team?'],
    theme: 'values and professional duty',
    source,
    competencies: ['mlcf.1.4', 'mlcf.1.1'],
    suits: ['in-training', 'consultant', 'mentor'],
  },
  {
    id: 'p-tight-budgets-new-ideas',
    text: 'Money is tight. Describe an idea, large or small, that could improve care without extra cost, or by saving money somewhere else.',
    followUps: ['Who would you need on board to test it?', 'What could go wrong, and how would you spot it early?'],
    theme: 'making the case for change',
    source,
    competencies: ['mlcf.3.2', 'mlcf.4.3'],
    suits: ['in-training', 'consultant', 'mentor'],
  },
];
