import type { Prompt } from './schema';

const source = '000_5c80dd75a77bde5a.txt';

/** Prompts written from "How To Improve Clinical Engagement". */
export const PROMPTS_FROM_000: readonly Prompt[] = [
  {
    id: 'p-listen-at-the-sharp-end',
    text: 'Think of a recent problem on your ward or in your clinic. Who works closest to the patients affected, and have you asked them how they would fix it?',
    followUps: [
      'What stopped you asking sooner, if anything?',
      'How would you show them their idea had been heard, even if it cannot be used?',
      'What might you learn by staying quiet for longer in your next meeting?',
    ],
    theme: 'listen a lot more',
    source,
    competencies: ['mlcf.2.2', 'mlcf.2.3', 'hlm.6.1'],
    suits: ['in-training', 'consultant', 'mentor'],
  },
  {
    id: 'p-changed-my-mind',
    text: 'When did you last change your mind because of something a colleague told you? Describe what they said and what shifted.',
    followUps: ['What made you ready to hear it?', 'Is there anyone whose view you tend to discount, and why?'],
    theme: 'listen a lot more',
    source,
    competencies: ['mlcf.2.2', 'mlcf.1.1'],
    suits: ['in-training', 'consultant', 'mentor'],
  },
  {
    id: 'p-see-it-first-hand',
    text: 'When did you last spend time watching how work really happens in an area you influence but rarely work in? What surprised you?',
    followUps: [
      'Which of your assumptions did it confirm, and which did it overturn?',
      'How could this become a regular habit rather than a one-off visit?',
      'Who else would benefit from seeing the same thing?',
    ],
    theme: "seeing each other's world",
    source,
    competencies: ['mlcf.5.1', 'hlm.4.1'],
    suits: ['consultant', 'mentor'],
  },
  {
    id: 'p-invite-shadowing',
    text: 'Could a clinical colleague shadow you for a morning of management or leadership work? What would you want them to see?',
    followUps: [
      'What might they understand differently about your decisions afterwards?',
      'Which part would you be tempted to hide, and what does that tell you?',
      'What would you ask them to tell you about what they noticed?',
    ],
    theme: "seeing each other's world",
    source,
    competencies: ['mlcf.2.1', 'mlcf.2.2'],
    suits: ['consultant', 'mentor'],
  },
  {
    id: 'p-explain-the-rationale',
    text: 'Recall a change you had to put in place that was decided somewhere else. How well did you explain the reasons to the people it touched?',
    followUps: [
      'Which part of the reasoning did you leave out, and why?',
      'How did people respond once they understood, or failed to understand, the purpose?',
      'What would you say differently next time?',
    ],
    theme: 'explaining the why',
    source,
    competencies: ['mlcf.5.3', 'hlm.5.1', 'mlcf.4.4'],
    suits: ['in-training', 'consultant', 'mentor'],
  },
  {
    id: 'p-opposite-sides',
    text: 'Describe a moment when clinicians and managers seemed to be on opposing sides. What did the two groups actually have in common?',
    followUps: [
      'Which patients or service users were both sides ultimately trying to serve?',
      'What helped, or would have helped, everyone come back to that shared aim?',
    ],
    theme: 'same team, same purpose',
    source,
    competencies: ['hlm.1.1', 'mlcf.2.4'],
    suits: ['in-training', 'consultant', 'mentor'],
  },
  {
    id: 'p-whose-agenda',
    text: 'Looking back over your last week, how much energy went on what mattered to your department and how much on what mattered to patients? Where did the two pull apart?',
    followUps: [
      'Which single decision would you make differently with patients at the centre?',
      'Who could help you keep that focus when things get busy?',
    ],
    theme: 'same team, same purpose',
    source,
    competencies: ['hlm.1.1', 'mlcf.5.3'],
    suits: ['in-training', 'consultant', 'mentor'],
  },
  {
    id: 'p-earning-trust-as-a-newcomer',
    text: 'Clinicians often stay in one place while leaders around them come and go. If you are new to a team or role, how are you earning the trust of people who have seen that happen?',
    followUps: [
      'What have you promised so far, and have you delivered it?',
      'How would you know whether trust was growing or shrinking?',
    ],
    theme: 'rebuilding trust',
    source,
    competencies: ['mlcf.1.4', 'mlcf.2.2'],
    suits: ['in-training', 'consultant', 'mentor'],
  },
  {
    id: 'p-burned-before',
    text: 'Think of a colleague who seems reluctant to get involved in improvement work. What might have happened to them the last time they tried?',
    followUps: [
      'How could you find out without putting them on the spot?',
      'What small, low-risk step could rebuild their confidence in taking part?',
    ],
    theme: 'working with people who resist a change',
    source,
    competencies: ['mlcf.4.4', 'mlcf.2.2'],
    suits: ['consultant', 'mentor'],
  },
  {
    id: 'p-going-the-extra-mile',
    text: 'When did you last go beyond what your role asked of you simply because you wanted to? What was it about that situation that drew the effort out of you?',
    followUps: [
      'How could you create similar conditions for the people you work with?',
      'When does extra effort tip into exhaustion, and how do you notice?',
    ],
    theme: 'commitment over compliance',
    source,
    competencies: ['mlcf.1.2', 'hlm.2.1'],
    suits: ['in-training', 'consultant', 'mentor'],
  },
];
