import { stem } from './suggest';

/**
 * Groups of words that say much the same thing in a reflection, so that what the model learns from "exhausted"
 * also counts for "worn out" and "burnt out". Each word present adds its group as one more feature (`~name`).
 * Our own lists, written for how UK doctors describe leadership situations.
 */
const GROUPS: Record<string, string> = {
  tired:
    'tired tiredness exhausted exhaustion burnout burnt drained shattered sleep sleeping fatigue stressed stress overwhelmed',
  wellbeing: 'wellbeing rest break breaks leave holiday lunch walk boundaries balance sick occupational recovery',
  feeling:
    'felt feel feeling embarrassed ashamed angry frustrated anxious worried upset hurt defensive uncomfortable nervous',
  noticing: 'noticed realised realise aware reaction recognised admit admitted blind reflect reflected',
  feedback: 'feedback 360 msf comments appraisal appraiser rated ratings',
  learning: 'learn learning read reading course study studied revision exam module training portfolio pdp skills',
  teaching: 'teach teaching taught tutorial students student supervise supervised supervision coach coaching',
  mentoring: 'mentee mentor mentoring confidence career stretch',
  honesty: 'honest honestly apologise apologised apology sorry openly truth candour declare declared',
  values: 'dignity respect values fairness fair right wrong integrity ethical',
  challenge: 'challenge challenged refused raised racist bullying undermines whistleblowing',
  network: 'network networks region regional national contacts contact introduced society collaborative',
  organisations: 'commissioners commissioning community social council charity school ambulance hospice board icb',
  relationship: 'relationship trust trusted rapport apologised coffee relative relatives family families',
  involve: 'involve involved asked ask views ideas idea suggestion suggested listen listened voice quiet',
  team: 'team teams together colleagues huddle everyone roles role',
  plan: 'plan planning planned timeline milestones deadline deadlines schedule calendar timetable prepare',
  money: 'budget cost costs money spend spending savings funding overspent finance cheaper expensive invoices',
  resources: 'beds bed equipment slots capacity rooms scanner theatre stock supplies staffing',
  people: 'delegate delegated delegating allocated rota cover absence sick recruitment recruited',
  performance: 'targets target standard standards late lateness underperforming performance expectations expected',
  accountable: 'responsible responsibility accountable account followed check checked checks',
  safety: 'safety safe unsafe harm incident datix error errors near miss risk deteriorating escalate escalation',
  data: 'data figures numbers audit measured measure chart trend compared baseline rates rate survey',
  evidence: 'evidence guideline guidance trial study studies nice review research literature paper journal',
  improvement: 'improve improvement pilot trialled trial change idea innovation redesign cycle pdsa',
  transformation: 'merge merging reorganised reorganisation transformation restructure move moving new building launch',
  context: 'policy national political pressures population demand trends regulator inspection future ageing',
  decision: 'decide decided decision decisions options weighed chose choose judgement dilemma',
  impact: 'impact outcome outcomes effect difference worked evaluate evaluation afterwards months later',
  vision: 'vision direction picture aim aims future strategy purpose goals',
  persuade: 'persuade persuaded persuading convince convinced case pitch negotiate negotiated lobbying agreed won',
  support: 'support supported supporting reassure reassured comfort checked-in debrief kindness thanked thank',
  grow: 'develop development developing grow growth potential career progress independent confidence',
  explain: 'explain explained explaining communicate communicated message clear clearly newsletter briefing',
  boundary: 'across between joint shared pathway pathways interface partners partnership external organisations',
  purpose: 'matter matters meaning meaningful pride proud mission reason why',
  patientCentred: 'patient patients dignity frightened dying comfort compassion kind kindness care',
};

export const CONCEPTS: ReadonlyMap<string, readonly string[]> = (() => {
  const byStem = new Map<string, string[]>();
  for (const [name, words] of Object.entries(GROUPS)) {
    for (const word of words.split(' ')) {
      const key = stem(word);
      const names = byStem.get(key) ?? [];
      if (!names.includes(name)) names.push(name);
      byStem.set(key, names);
    }
  }
  return byStem;
})();
