import type { Framework } from './schema';

/** Medical Leadership Competency Framework: names are the published ones; every other word is Lantern's. */
export const mlcf: Framework = {
  id: 'mlcf',
  name: 'Medical Leadership Competency Framework',
  shortName: 'MLCF',
  publisher: 'Academy of Medical Royal Colleges and NHS Institute for Innovation and Improvement',
  edition: '3rd edition',
  year: 2010,
  source: {
    note:
      'Domain and element names checked against Annex B ("Domains of the Leadership Competency Framework") of the ' +
      'Scottish Government report "Professionalism and Excellence in Scottish Medicine – A Progress Report" (2014), ' +
      'which lists the five domains and their four elements each. Publishers and the 2010 date checked against the ' +
      'copyright line of "Guidance for Undergraduate Medical Education: Integrating the Medical Leadership Competency ' +
      'Framework" (NHS Institute and Academy of Medical Royal Colleges, 2010). The "3rd edition" label was not ' +
      'checked. Names are shown in sentence case; descriptions, behaviours and keywords are our own.',
    url: 'https://www.gov.scot/Publications/2014/01/8967/10',
  },
  audience: ['in-training', 'consultant', 'mentor'],
  domains: [
    {
      id: 'mlcf.1',
      name: 'Demonstrating personal qualities',
      description:
        'Knowing yourself, looking after yourself, going on learning and behaving well: the personal ground that ' +
        'every other kind of leadership stands on.',
      elements: [
        {
          id: 'mlcf.1.1',
          name: 'Developing self awareness',
          description:
            'Noticing your own values, moods, strengths and blind spots, and how they shape the way you come ' +
            'across to patients and colleagues.',
          behaviours: [
            'Asks a colleague how a difficult conversation landed and writes down what it showed',
            'Spots when tiredness or irritation is steering a decision and pauses before acting',
            'Names a personal blind spot and one thing being done about it',
          ],
          keywords: [
            'self-awareness',
            'blind spot',
            'my reaction',
            'came across',
            'come across',
            'emotional intelligence',
            'my values',
            'my strengths',
            'my weaknesses',
            'defensive',
            'insight into myself',
            'msf',
            'multi-source feedback',
            'my anxiety',
            'irritated',
          ],
        },
        {
          id: 'mlcf.1.2',
          name: 'Managing yourself',
          description:
            'Organising your own time, energy and commitments so that you stay dependable and well, while keeping ' +
            'other people’s needs in view.',
          behaviours: [
            'Plans a heavy week in advance and renegotiates a deadline before it is missed',
            'Takes breaks on a long shift and notices early signs of burnout',
            'Says no to an extra task, kindly and with a reason, to protect existing commitments',
          ],
          keywords: [
            'time management',
            'workload',
            'burnout',
            'resilience',
            'work-life balance',
            'to-do list',
            'wellbeing',
            'overcommitted',
            'saying no',
            'exhausted',
            'boundaries',
            'take a break',
            'switch off',
            'overwhelmed',
            'overstretched',
          ],
        },
        {
          id: 'mlcf.1.3',
          name: 'Continuing personal development',
          description:
            'Treating experience, feedback and mistakes as material for learning, and turning that learning into ' +
            'changes in how you practise and lead.',
          behaviours: [
            'Turns feedback from a colleague into a concrete goal in a personal development plan',
            'Attends a course and reflects on what will change in practice as a result',
            'Finds a mentor or coach to help with a leadership challenge',
          ],
          keywords: [
            'personal development plan',
            'pdp',
            'learning need',
            'course',
            'coaching',
            'my mentor',
            'study leave',
            'leadership programme',
            'what i learned',
            'reflective practice',
            'next time i would',
            'appraisal',
            'pg cert',
            'out of programme',
          ],
        },
        {
          id: 'mlcf.1.4',
          name: 'Acting with integrity',
          description:
            'Being honest and fair, keeping to your principles under pressure, treating people equally and speaking ' +
            'up when something is wrong.',
          behaviours: [
            'Tells a patient openly and promptly that something has gone wrong and apologises',
            'Challenges a discriminatory remark even when it would be easier to let it pass',
            'Declares a conflict of interest before a decision is taken',
          ],
          keywords: [
            'honesty',
            'honest',
            'duty of candour',
            'apologised',
            'speak up',
            'whistleblowing',
            'freedom to speak up',
            'conflict of interest',
            'discrimination',
            'equality',
            'ethical dilemma',
            'integrity',
            'did the right thing',
            'raising concerns',
            'bullying',
          ],
        },
      ],
    },
    {
      id: 'mlcf.2',
      name: 'Working with others',
      description:
        'Leading alongside other people: building links, keeping relationships healthy, drawing out everyone’s ' +
        'contribution and playing your part in a team.',
      elements: [
        {
          id: 'mlcf.2.1',
          name: 'Developing networks',
          description:
            'Building and using connections beyond your own team, across professions, services and organisations, ' +
            'so that care and ideas can cross boundaries.',
          behaviours: [
            'Sets up a regular conversation with a counterpart in primary or social care',
            'Joins a regional or specialty network and brings back an idea to try locally',
            'Introduces two colleagues who could solve a problem together',
          ],
          keywords: [
            'networking',
            'network',
            'stakeholder',
            'primary care',
            'social care',
            'gp colleagues',
            'partner organisation',
            'regional',
            'across boundaries',
            'community of practice',
            'other trusts',
            'another trust',
            'neighbouring',
            'other hospitals',
          ],
        },
        {
          id: 'mlcf.2.2',
          name: 'Building and maintaining relationships',
          description:
            'Earning and keeping trust by listening properly, being reliable and dealing with disagreement ' +
            'respectfully before it festers.',
          behaviours: [
            'Makes time for a one-to-one with a colleague who seems unhappy',
            'Listens to a concern fully before responding and checks it was understood',
            'Repairs a working relationship after a disagreement on the ward',
          ],
          keywords: [
            'rapport',
            'build trust',
            'active listening',
            'listened',
            'one-to-one',
            'disagreement',
            'conflict',
            'difficult colleague',
            'difficult conversation',
            'mutual respect',
            'relationship',
            'tension',
            'fell out',
            'clear the air',
          ],
        },
        {
          id: 'mlcf.2.3',
          name: 'Encouraging contribution',
          description:
            'Creating the conditions in which people, especially quieter or more junior ones, offer their ideas, ' +
            'concerns and expertise.',
          behaviours: [
            'Asks the most junior person in the room for their view first',
            'Acts on a suggestion from a nurse or trainee and credits them for it',
            'Makes it safe for someone to disagree openly in a meeting',
          ],
          keywords: [
            'invited views',
            'asked for ideas',
            'their views',
            'their ideas',
            'suggestion',
            'quieter',
            'junior colleagues',
            'psychological safety',
            'contribution',
            'input from everyone',
            'co-design',
            'gave credit',
            'brainstorm',
            'empowered',
            'asked the team',
          ],
        },
        {
          id: 'mlcf.2.4',
          name: 'Working within teams',
          description:
            'Understanding your role in a team, leading or following as the moment needs, and helping the whole ' +
            'team work safely and well together.',
          behaviours: [
            'Clarifies who does what at the start of a busy on-call shift',
            'Steps back and follows a colleague who is better placed to lead',
            'Gives a clear handover that the next team can act on',
          ],
          keywords: [
            'mdt',
            'multidisciplinary',
            'handover',
            'huddle',
            'team meeting',
            'teamwork',
            'nursing colleagues',
            'theatre team',
            'on-call team',
            'roles and responsibilities',
            'followed the lead',
            'stepped back',
            'who does what',
            'led the ward round',
            'lead the ward round',
          ],
        },
      ],
    },
    {
      id: 'mlcf.3',
      name: 'Managing services',
      description:
        'Helping a service run well day to day: planning the work, using money and resources wisely, looking after ' +
        'people and keeping an eye on how things are going.',
      elements: [
        {
          id: 'mlcf.3.1',
          name: 'Planning',
          description:
            'Shaping realistic plans for a service or project, with clear aims, timescales and the views of the ' +
            'people who will carry them out.',
          behaviours: [
            'Writes a short project plan with aims, steps and dates before starting a change',
            'Helps design a rota or clinic template that matches demand',
            'Contributes to a job plan or business case with clear objectives',
          ],
          keywords: [
            'project plan',
            'timeline',
            'milestones',
            'objectives',
            'rota',
            'job plan',
            'business case',
            'capacity planning',
            'demand',
            'clinic template',
            'gantt chart',
            'service plan',
            'timetable',
            'proposal',
          ],
        },
        {
          id: 'mlcf.3.2',
          name: 'Managing resources',
          description:
            'Using budgets, staff time, beds, equipment and medicines carefully, so that money and effort go where ' +
            'they do most good.',
          behaviours: [
            'Finds a way to cut waste in a process without harming care',
            'Compares the cost of two options before recommending one',
            'Considers the environmental impact of a clinical choice',
          ],
          keywords: [
            'budget',
            'cost',
            'spend',
            'funding',
            'waste',
            'savings',
            'value for money',
            'efficiency',
            'bed capacity',
            'equipment',
            'stock',
            'procurement',
            'sustainability',
            'carbon',
            'occupancy',
          ],
        },
        {
          id: 'mlcf.3.3',
          name: 'Managing people',
          description:
            'Supporting, directing and developing the people you are responsible for, from allocating work to ' +
            'helping someone who is struggling.',
          behaviours: [
            'Allocates tasks on a shift according to skill and workload',
            'Supervises a trainee and gives specific, timely feedback',
            'Sits on an interview panel or plans an induction for new staff',
          ],
          keywords: [
            'supervised',
            'supervision',
            'allocated',
            'delegation',
            'induction',
            'recruitment',
            'interview panel',
            'rota gaps',
            'sickness absence',
            'struggling trainee',
            'exception report',
            'called in sick',
            'my trainee',
            'pastoral',
            'return to work',
          ],
        },
        {
          id: 'mlcf.3.4',
          name: 'Managing performance',
          description:
            'Watching how a service or team is doing against what it set out to achieve, and acting early when it ' +
            'drifts.',
          behaviours: [
            'Reviews a dashboard with the team and agrees actions on one measure',
            'Raises a concern about a colleague’s performance through the right route',
            'Tracks waiting times and escalates when they start to slip',
          ],
          keywords: [
            'performance',
            'kpi',
            'dashboard',
            'metrics',
            'waiting list',
            'waiting times',
            'breach',
            'four-hour',
            'length of stay',
            'underperformance',
            'referral to treatment',
            'trajectory',
          ],
        },
      ],
    },
    {
      id: 'mlcf.4',
      name: 'Improving services',
      description:
        'Making care safer and better: protecting patients, questioning how things are done, trying new ideas and ' +
        'helping larger changes take hold.',
      elements: [
        {
          id: 'mlcf.4.1',
          name: 'Ensuring patient safety',
          description:
            'Spotting and reducing risks to patients, reporting what goes wrong or nearly goes wrong, and making ' +
            'sure the learning changes practice.',
          behaviours: [
            'Reports a near miss and follows it up to see what was learned',
            'Leads or joins a safety huddle and acts on a risk it raises',
            'Takes part in a root cause analysis without looking for someone to blame',
          ],
          keywords: [
            'incident',
            'datix',
            'near miss',
            'safety huddle',
            'root cause',
            'never event',
            'serious incident',
            'harm',
            'patient safety',
            'safety netting',
            'human factors',
            'escalated',
            'error',
            'morbidity and mortality',
            'blame',
          ],
        },
        {
          id: 'mlcf.4.2',
          name: 'Critically evaluating',
          description:
            'Looking hard at how well care is working, using audit, data and feedback, and being willing to ' +
            'question habits and assumptions.',
          behaviours: [
            'Carries out an audit against a standard and closes the loop with a re-audit',
            'Uses patient feedback to challenge how a clinic runs',
            'Questions a long-standing practice by asking for the evidence behind it',
          ],
          keywords: [
            'audit',
            're-audit',
            'closed the loop',
            'audit standard',
            'compliance rate',
            'benchmark',
            'baseline data',
            'patient survey',
            'patient satisfaction',
            'critical appraisal',
            'evaluated',
            'compared against',
            'national average',
            'outlier',
            'always done',
          ],
        },
        {
          id: 'mlcf.4.3',
          name: 'Encouraging improvement and innovation',
          description:
            'Trying out new ideas in a structured way, learning from small tests and helping others to improve ' +
            'their own corner of the service.',
          behaviours: [
            'Runs a small test of change and measures what happens',
            'Supports a trainee’s quality improvement project beyond the portfolio deadline',
            'Brings an idea seen elsewhere and adapts it to local circumstances',
          ],
          keywords: [
            'quality improvement',
            'qi project',
            'pdsa',
            'plan do study act',
            'test of change',
            'run chart',
            'driver diagram',
            'innovation',
            'pilot',
            'process mapping',
            'mapped the process',
            'change idea',
            'trialling',
            'trialled',
          ],
        },
        {
          id: 'mlcf.4.4',
          name: 'Facilitating transformation',
          description:
            'Helping people through bigger change: building support for it, working with those who doubt it and ' +
            'making sure the change lasts.',
          behaviours: [
            'Meets sceptical colleagues one by one to understand their worries about a change',
            'Keeps people updated through a change and adjusts plans in response',
            'Plans how a new way of working will be sustained after the project team moves on',
          ],
          keywords: [
            'transformation',
            'resistance to change',
            'buy-in',
            'sceptical',
            'change management',
            'clinical engagement',
            'sustain the change',
            'roll out',
            'new pathway',
            'redesign',
            'champion',
            'merging',
            'won over',
            'reconfiguration',
          ],
        },
      ],
    },
    {
      id: 'mlcf.5',
      name: 'Setting direction',
      description:
        'Helping decide where a service should go next: reading the wider context, using evidence, making sound ' +
        'decisions and checking what they achieved.',
      elements: [
        {
          id: 'mlcf.5.1',
          name: 'Identifying the contexts for change',
          description:
            'Understanding the political, financial, social and technological forces acting on a service, and what ' +
            'they mean for the care you give.',
          behaviours: [
            'Explains to the team how a national policy will affect the local service',
            'Considers changes in local population need when planning a service',
            'Keeps up with regulator reports and what they ask of the organisation',
          ],
          keywords: [
            'national policy',
            'long term plan',
            'integrated care board',
            'icb',
            'commissioning',
            'financial pressure',
            'deficit',
            'demographics',
            'population health',
            'population',
            'cqc',
            'regulator',
            'political',
            'workforce shortage',
            'elective recovery',
          ],
        },
        {
          id: 'mlcf.5.2',
          name: 'Applying knowledge and evidence',
          description:
            'Gathering good information, from research to local data, and using it to shape proposals and plans ' +
            'rather than relying on habit or hunch.',
          behaviours: [
            'Searches the literature before proposing a change to a pathway',
            'Analyses local data to test whether a problem is as big as it seems',
            'Uses national guidance to support a case for a new service',
          ],
          keywords: [
            'evidence base',
            'the evidence',
            'literature search',
            'the literature',
            'research',
            'nice guidance',
            'guideline',
            'data analysis',
            'statistics',
            'journal club',
            'systematic review',
            'best practice',
            'published evidence',
            'local data',
          ],
        },
        {
          id: 'mlcf.5.3',
          name: 'Making decisions',
          description:
            'Reaching clear decisions with the right people involved, weighing options openly and being able to ' +
            'explain the reasoning afterwards.',
          behaviours: [
            'Sets out the options and trade-offs before a group decides',
            'Makes a timely call under uncertainty and records why',
            'Explains a decision to the people it affects, including what was not chosen',
          ],
          keywords: [
            'decision',
            'options appraisal',
            'weighed the options',
            'trade-off',
            'consensus',
            'prioritised',
            'judgement call',
            'right call',
            'uncertainty',
            'rationale',
            'my reasoning',
            'committee',
            'board meeting',
            'weighed up',
          ],
        },
        {
          id: 'mlcf.5.4',
          name: 'Evaluating impact',
          description:
            'Checking whether a change really made things better, for whom and at what cost, and sharing what was ' +
            'found so others can learn.',
          behaviours: [
            'Compares measures before and after a change and shares the results',
            'Asks patients and staff whether a new process has helped them',
            'Presents findings at a meeting, including what did not work',
          ],
          keywords: [
            'impact',
            'outcome measures',
            'outcomes',
            'before and after',
            'follow-up data',
            'sustained improvement',
            'lessons learned',
            'presented findings',
            'poster',
            'did it work',
            'evaluation report',
            'held up',
          ],
        },
      ],
    },
  ],
};
