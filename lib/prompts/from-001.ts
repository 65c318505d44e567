import type { Prompt } from './schema';

const source = '001_a057fe67e20901f3.txt';

/** Prompts written from the NHS improvement tools sheet on clinical engagement. */
export const PROMPTS_FROM_001: readonly Prompt[] = [
  {
    id: 'p-engage-from-the-start',
    text: 'If you are planning an improvement, when did you first bring in the senior clinicians it will affect? What could they add if you involved them earlier?',
    followUps: [
      'Which part of your plan is most likely to look unworkable from the front line?',
      'How will you keep them involved at every stage, not only at the beginning?',
    ],
    theme: 'engaging clinicians from start to finish',
    source,
    competencies: ['mlcf.4.3', 'mlcf.3.1'],
    suits: ['in-training', 'consultant', 'mentor'],
  },
  {
    id: 'p-keep-people-posted',
    text: 'How are the people affected by your current project hearing about its progress? When did you last update them?',
    followUps: [
      'What would they say if someone asked them how it is going?',
      'What would it take to carry the work through to the end rather than letting it fade?',
    ],
    theme: 'engaging clinicians from start to finish',
    source,
    competencies: ['mlcf.3.1', 'mlcf.5.4', 'hlm.5.1'],
    suits: ['in-training', 'consultant', 'mentor'],
  },
  {
    id: 'p-seek-out-the-sceptic',
    text: 'Who is most likely to doubt your current idea? Imagine asking them to help you find its weak points.',
    followUps: [
      'What risks or side effects might they spot that you have missed?',
      'How could you make it safe for them to be frank with you?',
      'What would change in your plan if they turned out to be right?',
    ],
    theme: 'working with people who resist a change',
    source,
    competencies: ['mlcf.4.4', 'mlcf.2.3'],
    suits: ['in-training', 'consultant', 'mentor'],
  },
  {
    id: 'p-opinion-formers',
    text: 'Think about the colleagues whose views others tend to follow. How do they feel about a change you care about, and how do you know?',
    followUps: [
      'What matters most to each of them about their work?',
      'What would it take for one of them to champion the change?',
    ],
    theme: 'working with people who resist a change',
    source,
    competencies: ['hlm.9.1', 'mlcf.2.1'],
    suits: ['consultant', 'mentor'],
  },
  {
    id: 'p-quality-not-targets',
    text: 'Describe a piece of work you were asked to do to hit a target. How could you frame it around the quality of care instead, honestly?',
    followUps: [
      'What would patients notice if it worked?',
      'How might clinicians respond differently to each way of framing it?',
    ],
    theme: 'making the case for change',
    source,
    competencies: ['mlcf.4.3', 'mlcf.5.1'],
    suits: ['in-training', 'consultant', 'mentor'],
  },
  {
    id: 'p-facts-and-stories',
    text: 'For a change you want to make, what is your evidence? Consider both the numbers and what patients have told you.',
    followUps: [
      'Which of the two is more likely to move your colleagues, and why?',
      'Where could you find an example of the same change working in another place?',
      'Is any of your data shakier than you would like to admit?',
    ],
    theme: 'making the case for change',
    source,
    competencies: ['mlcf.5.2', 'mlcf.4.2'],
    suits: ['in-training', 'consultant', 'mentor'],
  },
  {
    id: 'p-one-to-one-before-the-meeting',
    text: 'Before your next big meeting about a proposal, who could you talk to on their own first? What might you hear in private that would never be said in the room?',
    followUps: [
      'How could you arrange it at a time that does not take them away from patients?',
      'What will you do with what they tell you?',
    ],
    theme: 'one-to-one time with colleagues',
    source,
    competencies: ['mlcf.2.2', 'hlm.9.1'],
    suits: ['in-training', 'consultant', 'mentor'],
  },
  {
    id: 'p-respond-to-concerns',
    text: 'Think of a worry a clinician raised about one of your projects. What did you do with it?',
    followUps: [
      'Did they ever find out what happened as a result?',
      'What knowledge or experience sat behind their worry?',
    ],
    theme: 'listen a lot more',
    source,
    competencies: ['mlcf.2.2', 'mlcf.4.4'],
    suits: ['in-training', 'consultant', 'mentor'],
  },
  {
    id: 'p-fresh-eyes-and-long-service',
    text: 'Working alongside both long-serving colleagues and recent arrivals, what does each group see that the other misses?',
    followUps: [
      'How do you make room for a newcomer asking why things are done this way?',
      'How do you draw on the trust and history that long-standing colleagues carry?',
    ],
    theme: 'welcoming different perspectives',
    source,
    competencies: ['mlcf.2.3', 'mlcf.2.4'],
    suits: ['in-training', 'consultant', 'mentor'],
  },
  {
    id: 'p-duty-and-change',
    text: 'Has a proposed change ever seemed to clash with your professional duties or with guidance from your college or regulator? How did you work through it?',
    followUps: [
      'Who did you turn to for advice?',
      'How did you explain your position to the people leading the change?',
    ],
    theme: 'values and professional duty',
    source,
    competencies: ['mlcf.1.4', 'gmp.4.1'],
    suits: ['in-training', 'consultant', 'mentor'],
  },
];
