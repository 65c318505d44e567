import type { Framework } from './schema';

/**
 * NHS Healthcare Leadership Model. The model has nine dimensions and no finer parts, so each dimension is a
 * domain `hlm.N` holding one element `hlm.N.1` of the same name: every framework then has the same shape.
 */
export const hlm: Framework = {
  id: 'hlm',
  name: 'Healthcare Leadership Model',
  shortName: 'HLM',
  publisher: 'NHS Leadership Academy',
  edition: 'Version 1.0',
  year: 2013,
  source: {
    note:
      'The nine dimension names checked against the NHS Leadership Academy page "Explore the Healthcare Leadership ' +
      'Model" and the HEE West Midlands summary of the model; the four-part scale (essential, proficient, strong, ' +
      'exemplary) against the Academy page "Structure of the Healthcare Leadership Model"; version 1.0 and 2013 ' +
      'against the copyright line of "Healthcare Leadership Model: the nine dimensions of leadership behaviour". ' +
      'Descriptions, behaviours, keywords and level descriptions are our own.',
    url: 'https://www.leadershipacademy.nhs.uk/resources/healthcare-leadership-model/nine-leadership-dimensions/',
  },
  audience: ['in-training', 'consultant', 'mentor'],
  scale: [
    {
      level: 1,
      label: 'Essential',
      description: 'The basic behaviours shown reliably in your own day-to-day work.',
    },
    {
      level: 2,
      label: 'Proficient',
      description: 'The behaviours used with skill and adapted to the people and situation in front of you.',
    },
    {
      level: 3,
      label: 'Strong',
      description: 'The behaviours shaping how a whole team or service works, not only your own practice.',
    },
    {
      level: 4,
      label: 'Exemplary',
      description: 'The behaviours changing the wider culture or system, and others learning them from you.',
    },
  ],
  domains: [
    {
      id: 'hlm.1',
      name: 'Inspiring shared purpose',
      description: 'Holding to the values of the NHS and helping others see why their work matters.',
      elements: [
        {
          id: 'hlm.1.1',
          name: 'Inspiring shared purpose',
          description:
            'Acting from a clear sense of what care is for, staying true to public service values and helping ' +
            'colleagues rally around a common aim, even when that means challenging how things are.',
          behaviours: [
            'Reminds a tense meeting what the change means for patients',
            'Questions a practice that conflicts with the values the team says it holds',
            'Shows pride in the team’s work and says why it matters',
          ],
          keywords: [
            'shared purpose',
            'nhs values',
            'common goal',
            'why we do this',
            'patients first',
            'pride in our work',
            'public service',
            'mission',
            'values-based',
            'meaningful work',
          ],
        },
      ],
    },
    {
      id: 'hlm.2',
      name: 'Leading with care',
      description: 'Looking after the people you lead so that they can do their best work safely.',
      elements: [
        {
          id: 'hlm.2.1',
          name: 'Leading with care',
          description:
            'Paying attention to how colleagues are coping, noticing distress, and building a kind and safe ' +
            'environment in which people are supported to do their jobs well.',
          behaviours: [
            'Runs a debrief after a difficult resuscitation and checks in with people afterwards',
            'Notices a colleague is struggling and offers time and practical help',
            'Protects breaks for the team on a pressured shift',
          ],
          keywords: [
            'debrief',
            'checked in',
            'kindness',
            'compassion',
            'staff wellbeing',
            'morale',
            'pastoral',
            'distressed colleague',
            'support',
            'looked after the team',
            'schwartz round',
            'tea break',
          ],
        },
      ],
    },
    {
      id: 'hlm.3',
      name: 'Evaluating information',
      description: 'Seeking out and weighing information from many sources before acting on it.',
      elements: [
        {
          id: 'hlm.3.1',
          name: 'Evaluating information',
          description:
            'Staying curious, looking for information beyond the obvious sources, and using it to understand ' +
            'problems and generate better ideas for improvement.',
          behaviours: [
            'Looks at data and frontline accounts together before judging a problem',
            'Seeks views from outside the usual circle to test an assumption',
            'Spots a trend in routine data and asks what lies behind it',
          ],
          keywords: [
            'data',
            'trend',
            'analysis',
            'curious',
            'evidence',
            'insight',
            'different sources',
            'asked why',
            'information',
            'spotted a pattern',
            'horizon scanning',
          ],
        },
      ],
    },
    {
      id: 'hlm.4',
      name: 'Connecting our service',
      description: 'Seeing how your part of care fits with everyone else’s, inside and beyond your organisation.',
      elements: [
        {
          id: 'hlm.4.1',
          name: 'Connecting our service',
          description:
            'Understanding how teams, services and organisations depend on one another, and working across those ' +
            'joins so patients do not fall between them.',
          behaviours: [
            'Sorts out a problem at the interface between two departments with the other team',
            'Learns how a partner service works before criticising a referral',
            'Thinks through the effect of a local change on services downstream',
          ],
          keywords: [
            'interface',
            'pathway',
            'whole system',
            'integration',
            'discharge',
            'referral',
            'community services',
            'social care',
            'other departments',
            'patient flow',
            'between services',
            'big picture',
          ],
        },
      ],
    },
    {
      id: 'hlm.5',
      name: 'Sharing the vision',
      description: 'Describing where the team is heading in a way people believe and want to be part of.',
      elements: [
        {
          id: 'hlm.5.1',
          name: 'Sharing the vision',
          description:
            'Painting a clear and honest picture of a better future, explaining the reasons behind it and making ' +
            'it feel achievable to the people who will get there.',
          behaviours: [
            'Explains the reason for a change as well as what will happen',
            'Tells a short patient story that makes the aim of a project vivid',
            'Keeps returning to the same simple message as the work goes on',
          ],
          keywords: [
            'vision',
            'direction',
            'explained why',
            'the bigger picture',
            'future',
            'communicated',
            'presentation',
            'newsletter',
            'inspire',
            'what success looks like',
            'clear message',
          ],
        },
      ],
    },
    {
      id: 'hlm.6',
      name: 'Engaging the team',
      description: 'Involving people and showing that their ideas and contributions count.',
      elements: [
        {
          id: 'hlm.6.1',
          name: 'Engaging the team',
          description:
            'Bringing colleagues into decisions and improvements, valuing what each person brings and making sure ' +
            'they can see the difference their input makes.',
          behaviours: [
            'Asks the team for ideas before deciding how to solve a problem',
            'Thanks someone publicly and specifically for their contribution',
            'Reports back on what happened to suggestions people made',
          ],
          keywords: [
            'engagement',
            'involved the team',
            'team ideas',
            'consulted',
            'valued',
            'recognition',
            'thanked',
            'appreciation',
            'ownership',
            'fed back',
            'team away day',
          ],
        },
      ],
    },
    {
      id: 'hlm.7',
      name: 'Holding to account',
      description: 'Agreeing what good looks like and helping people take responsibility for delivering it.',
      elements: [
        {
          id: 'hlm.7.1',
          name: 'Holding to account',
          description:
            'Setting clear expectations and measures, giving balanced feedback, and following up so individuals ' +
            'and teams own their results.',
          behaviours: [
            'Agrees who will do what by when at the end of a meeting and checks later',
            'Gives honest feedback about a missed standard, with support to meet it',
            'Addresses repeated unhelpful behaviour rather than working around it',
          ],
          keywords: [
            'accountability',
            'expectations',
            'agreed actions',
            'followed up',
            'standards',
            'feedback conversation',
            'difficult conversation',
            'responsibility',
            'owner',
            'deadline',
            'action log',
          ],
        },
      ],
    },
    {
      id: 'hlm.8',
      name: 'Developing capability',
      description: 'Growing other people’s skills and confidence for the challenges ahead.',
      elements: [
        {
          id: 'hlm.8.1',
          name: 'Developing capability',
          description:
            'Helping others learn and grow, spotting potential, offering stretching opportunities and thinking ' +
            'about who will lead next.',
          behaviours: [
            'Hands a trainee a real leadership task with support behind it',
            'Coaches a colleague through a problem instead of solving it for them',
            'Plans for succession by developing more than one person for a role',
          ],
          keywords: [
            'teaching',
            'coaching',
            'talent',
            'succession',
            'potential',
            'stretch opportunity',
            'developed a colleague',
            'career conversation',
            'training opportunity',
            'trainee development',
            'growing others',
          ],
        },
      ],
    },
    {
      id: 'hlm.9',
      name: 'Influencing for results',
      description: 'Winning support for what patients need, by adapting how you make your case.',
      elements: [
        {
          id: 'hlm.9.1',
          name: 'Influencing for results',
          description:
            'Reading what matters to different people and adjusting your approach to build support, alliances and ' +
            'agreement for a change.',
          behaviours: [
            'Tailors the case for a change differently for finance, nursing and medical colleagues',
            'Builds an alliance with a respected colleague before a contentious meeting',
            'Negotiates a compromise that keeps the essential benefit for patients',
          ],
          keywords: [
            'influence',
            'persuade',
            'negotiate',
            'win over',
            'alliance',
            'compromise',
            'lobbied',
            'senior managers',
            'made the case',
            'opinion leader',
            'got agreement',
          ],
        },
      ],
    },
  ],
};
