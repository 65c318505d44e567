import type { Prompt } from './schema';

const source = '004_73d4ff9273cd5aa7.txt';

/** Prompts written from "Engaging clinicians: keeping the bright sparks burning" and the comments beneath it. */
export const PROMPTS_FROM_004: readonly Prompt[] = [
  {
    id: 'p-have-to-or-want-to',
    text: 'Think of one thing you do at work because you must, and one you do because you believe in it. What makes the difference between them?',
    followUps: [
      'How could a change you are leading win real commitment rather than bare compliance?',
      'When have you settled for compliance, and what did it cost?',
    ],
    theme: 'commitment over compliance',
    source,
    competencies: ['mlcf.4.4', 'hlm.1.1'],
    suits: ['in-training', 'consultant', 'mentor'],
  },
  {
    id: 'p-new-working-patterns',
    text: 'How do you react when you hear about plans to change working patterns, such as seven-day services? Try separating what you feel from what you think.',
    followUps: [
      'What would you need to know to judge the plan fairly?',
      'How could clinicians shape it rather than simply receive it?',
    ],
    theme: 'commitment over compliance',
    source,
    competencies: ['mlcf.5.1', 'mlcf.4.4'],
    suits: ['in-training', 'consultant', 'mentor'],
  },
  {
    id: 'p-encouraged-or-imposed',
    text: 'Recall a new requirement introduced where you work, such as revalidation or a new rota. Did it feel encouraged or imposed, and how did that shape your response?',
    followUps: [
      'What preparation or conversation would have helped you?',
      'If you introduce something similar, what will you do first?',
    ],
    theme: 'explaining the why',
    source,
    competencies: ['mlcf.4.4', 'hlm.5.1'],
    suits: ['in-training', 'consultant', 'mentor'],
  },
  {
    id: 'p-job-planning-conversation',
    text: 'How did your last job planning conversation go? Did it feel like a fair exchange between what you offer and what you receive?',
    followUps: [
      'What did you give, and what did you get?',
      'What would help the next conversation feel more balanced?',
    ],
    theme: 'gives and gets',
    source,
    competencies: ['mlcf.3.1', 'hlm.9.1'],
    suits: ['consultant'],
  },
  {
    id: 'p-the-unwritten-deal',
    text: 'What does your organisation expect from you, and what do you expect from it in return? Try writing both lists side by side.',
    followUps: ['Which items are never said aloud, and should they be?', 'Where does the deal feel lopsided?'],
    theme: 'gives and gets',
    source,
    competencies: ['mlcf.2.2', 'mlcf.1.4'],
    suits: ['in-training', 'consultant', 'mentor'],
  },
  {
    id: 'p-untapped-enthusiasm',
    text: 'Who is the enthusiastic colleague full of ideas that nobody seems to use? What happens to that energy if it is left untapped?',
    followUps: [
      'What could you do this week to give one of their ideas a fair hearing?',
      'How do you feel when your own ideas go nowhere?',
    ],
    theme: 'harnessing bright sparks',
    source,
    competencies: ['mlcf.2.3', 'hlm.8.1'],
    suits: ['consultant', 'mentor'],
  },
  {
    id: 'p-morale-check',
    text: 'How would you describe morale in your team at the moment? What evidence are you basing that on?',
    followUps: [
      'What small act of recognition could lift it this week?',
      'What is within your power to change, and what needs escalating?',
    ],
    theme: 'morale and recognition',
    source,
    competencies: ['hlm.2.1', 'mlcf.2.4'],
    suits: ['in-training', 'consultant', 'mentor'],
  },
  {
    id: 'p-thanks-out-of-hours',
    text: 'Think of a team that kept things running overnight or at the weekend. How, if at all, was their work recognised?',
    followUps: [
      'How could you thank them in a way that feels genuine?',
      'What do they need that a thank-you on its own will not provide?',
    ],
    theme: 'morale and recognition',
    source,
    competencies: ['hlm.2.1', 'hlm.6.1'],
    suits: ['in-training', 'consultant', 'mentor'],
  },
  {
    id: 'p-pressures-you-cannot-see',
    text: 'Pick someone whose decisions frustrate you: a manager, a commissioner or a politician. What pressures might they face that are invisible from where you stand?',
    followUps: [
      'How does picturing their position change what you might say to them?',
      'What do you wish they understood about your work?',
    ],
    theme: "seeing each other's world",
    source,
    competencies: ['mlcf.1.1', 'mlcf.5.1'],
    suits: ['in-training', 'consultant', 'mentor'],
  },
  {
    id: 'p-leading-the-whole-mdt',
    text: 'If you lead or coordinate a team that includes managers, finance staff and other professions, which parts of that role do you feel least prepared for?',
    followUps: [
      'Where could you build those skills, inside or outside your organisation?',
      'Who in the team could teach you something?',
    ],
    theme: 'investing in development',
    source,
    competencies: ['mlcf.1.3', 'mlcf.2.4'],
    suits: ['in-training', 'consultant'],
  },
  {
    id: 'p-closing-the-loop-on-concerns',
    text: 'When a colleague brings you a concern, how soon do they hear back, and can they see what you did about it?',
    followUps: [
      'What gets in the way of a prompt reply?',
      'What simple routine, such as an open drop-in slot, would help?',
    ],
    theme: 'rebuilding trust',
    source,
    competencies: ['hlm.7.1', 'mlcf.2.2'],
    suits: ['consultant', 'mentor'],
  },
  {
    id: 'p-small-daily-habits',
    text: 'Which small habit, repeated every day, does most to make your practice excellent? Which habit would you like to build next?',
    followUps: ['What gets in the way of doing it daily?', 'Who could help you keep it going?'],
    theme: 'investing in development',
    source,
    competencies: ['mlcf.1.2', 'mlcf.1.3'],
    suits: ['in-training', 'consultant', 'mentor'],
  },
  {
    id: 'p-learning-from-each-other',
    text: 'What makes your team a place where people learn from one another? Describe a moment this month when you learned something from a colleague.',
    followUps: [
      'How did they share it, and could that happen more often?',
      'What have you passed on to someone else recently?',
    ],
    theme: 'everyday culture',
    source,
    competencies: ['hlm.8.1', 'gpc.8.1'],
    suits: ['in-training', 'consultant', 'mentor'],
  },
];
