import type { Prompt } from './schema';

const source = '002_aebf12f1186de568.txt';

/** Prompts written from John Clark and colleagues' report on enhancing engagement in medical leadership. */
export const PROMPTS_FROM_002: readonly Prompt[] = [
  {
    id: 'p-leadership-without-a-title',
    text: 'Where did you show leadership this week without holding a formal role? What did you influence, and through which relationships?',
    followUps: ['Who noticed, and does that matter to you?', 'What would more of this look like next month?'],
    theme: 'collective leadership',
    source,
    competencies: ['mlcf.2.4', 'hlm.9.1'],
    suits: ['in-training', 'consultant'],
  },
  {
    id: 'p-engagement-both-ways',
    text: 'Engagement is sometimes treated as something doctors owe their employer. What has your organisation done lately that made you want to get involved, or put you off?',
    followUps: ['What would you change about it if you were in charge?', 'What could you offer back in return?'],
    theme: 'engagement runs both ways',
    source,
    competencies: ['mlcf.2.2', 'hlm.6.1'],
    suits: ['in-training', 'consultant', 'mentor'],
  },
  {
    id: 'p-where-on-the-scale',
    text: 'On a scale from one to five, how engaged do you feel with your organisation right now? What would move you up a point?',
    followUps: [
      'Has the number risen or fallen over the past year, and why?',
      'Which part can you influence yourself, and which needs others?',
    ],
    theme: 'engagement runs both ways',
    source,
    competencies: ['mlcf.1.1', 'hlm.1.1'],
    suits: ['in-training', 'consultant', 'mentor'],
  },
  {
    id: 'p-informal-listening',
    text: 'Where do the informal conversations happen at work: the coffee room, a corridor, a walk around the department? What did you hear in one recently that a formal meeting would have missed?',
    followUps: [
      'How could what you heard reach the people who make decisions?',
      'Who never seems to be part of these conversations?',
    ],
    theme: 'listen a lot more',
    source,
    competencies: ['mlcf.2.2', 'hlm.3.1'],
    suits: ['in-training', 'consultant', 'mentor'],
  },
  {
    id: 'p-dialogue-not-broadcast',
    text: 'Think of a regular meeting you attend or chair. Is it a genuine two-way conversation, or mostly one side talking?',
    followUps: [
      'What single change to the agenda or format would invite more discussion?',
      'Who speaks least, and what might help them contribute?',
    ],
    theme: 'listen a lot more',
    source,
    competencies: ['mlcf.2.3', 'hlm.6.1'],
    suits: ['in-training', 'consultant', 'mentor'],
  },
  {
    id: 'p-know-your-colleagues',
    text: 'How many of the doctors in your department or practice do you really know, beyond a name and a grade? Who would you like to know better?',
    followUps: [
      'What would a short one-to-one conversation with them look like?',
      'What do you think they would want from you?',
    ],
    theme: 'one-to-one time with colleagues',
    source,
    competencies: ['mlcf.2.2', 'mlcf.3.3'],
    suits: ['consultant', 'mentor'],
  },
  {
    id: 'p-welcoming-new-doctors',
    text: 'Remember your first weeks in your current post. Who made you feel expected, and what did they do?',
    followUps: [
      'What do doctors joining your team experience now?',
      'What could you do in a newcomer’s first few weeks, and again a few months later?',
    ],
    theme: 'bringing new colleagues in well',
    source,
    competencies: ['mlcf.3.3', 'hlm.2.1'],
    suits: ['in-training', 'consultant', 'mentor'],
  },
  {
    id: 'p-appointing-for-more-than-skill',
    text: 'If you sit on an interview or appointments panel, what besides clinical ability are you trying to judge? How would you recognise it in a candidate?',
    followUps: [
      'Which questions or exercises reveal how someone works with other people?',
      'How might your own preferences tilt the choice?',
    ],
    theme: 'bringing new colleagues in well',
    source,
    competencies: ['mlcf.3.3', 'gmp.3.2'],
    suits: ['consultant'],
  },
  {
    id: 'p-system-or-individual',
    text: 'Recall something that went wrong recently. How much of it came down to one person, and how much to the system around them?',
    followUps: [
      'How did the response treat the person involved?',
      'What change to the system would make a repeat less likely?',
    ],
    theme: 'reporting incidents and learning from them',
    source,
    competencies: ['mlcf.4.1', 'hlm.7.1', 'gpc.6.1'],
    suits: ['in-training', 'consultant', 'mentor'],
  },
  {
    id: 'p-growing-future-leaders',
    text: 'Who in your team could become a strong leader with the right opening? What have you done to help them on their way?',
    followUps: [
      'What opportunity could you pass to them this month?',
      'Who did this for you, and what difference did it make?',
    ],
    theme: 'investing in development',
    source,
    competencies: ['hlm.8.1', 'mlcf.3.3'],
    suits: ['consultant', 'mentor'],
  },
];
