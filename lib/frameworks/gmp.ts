import type { Framework } from './schema';

/** GMC Good medical practice (2024). Domain names are the GMC's; see source.note for the element names. */
export const gmp: Framework = {
  id: 'gmp',
  name: 'Good medical practice',
  shortName: 'GMP',
  publisher: 'General Medical Council',
  edition: '2024 (in effect from 30 January 2024)',
  year: 2024,
  source: {
    note:
      'The four domain names checked against the GMC page "The duties of medical professionals registered with ' +
      'the GMC" and the GMC pages for each domain. GMP publishes no element list, so the elements are sub-headings ' +
      'that appear on those GMC domain pages ("Being competent", "Providing good clinical care", "Considering ' +
      'research opportunities", "Treating patients fairly and respecting their rights", "Supporting patients to ' +
      'make decisions about treatment and care", "Treating colleagues with kindness, courtesy and respect", ' +
      '"Contributing to a positive working and training environment", "Responding to safety risks", "Acting with ' +
      'honesty and integrity", "Maintaining professional boundaries", "Communicating as a medical professional"), ' +
      'plus four short headings of our own ("Keeping up to date and reflecting", "Listening to and informing ' +
      'patients", "Leading, teaching and supporting colleagues", "Being open when things go wrong"). The 2013 ' +
      'domain names, used for the aliases, checked against the 2013 text of GMP. All descriptions are our own.',
    url: 'https://www.gmc-uk.org/professional-standards/professional-standards-for-doctors/good-medical-practice/the-duties-of-medical-professionals-registered-with-the-gmc',
  },
  audience: ['in-training', 'consultant', 'mentor'],
  domains: [
    {
      id: 'gmp.1',
      name: 'Knowledge, skills and development',
      description:
        'Being good at the job and staying good at it: working within your competence, giving sound clinical care ' +
        'and going on learning throughout a career.',
      elements: [
        {
          id: 'gmp.1.1',
          name: 'Being competent',
          description:
            'Knowing the limits of what you can safely do, keeping to the law and professional guidance, and ' +
            'being capable in every part of your role, leadership and teaching included.',
          behaviours: [
            'Asks for senior help when a case goes beyond current competence',
            'Checks the current guideline before doing an unfamiliar procedure',
          ],
          keywords: [
            'limits of my competence',
            'asked for senior help',
            'out of my depth',
            'within my competence',
            'scope of practice',
            'guideline',
            'escalated to my consultant',
            'competent',
          ],
        },
        {
          id: 'gmp.1.2',
          name: 'Providing good clinical care',
          description:
            'Assessing patients thoroughly, basing treatment on that assessment and on your clinical judgement, ' +
            'and making sure care is followed through.',
          behaviours: [
            'Takes a full history including the patient’s own priorities before deciding on treatment',
            'Arranges timely investigations and makes sure the results are acted on',
          ],
          keywords: [
            'history and examination',
            'assessment',
            'diagnosis',
            'management plan',
            'clinical judgement',
            'investigations',
            'treatment options',
            'follow-up',
            'referral',
          ],
        },
        {
          id: 'gmp.1.3',
          name: 'Keeping up to date and reflecting',
          description:
            'Keeping knowledge and skills current, looking honestly at your own practice and using feedback and ' +
            'evidence to get better.',
          behaviours: [
            'Reflects in writing on a case that did not go as planned and what will change',
            'Updates practice after reading new evidence or guidance',
          ],
          keywords: [
            'cpd',
            'reflection',
            'reflective entry',
            'kept up to date',
            'new guidance',
            'learning from feedback',
            'insight',
            'teaching session',
            'e-learning',
          ],
        },
        {
          id: 'gmp.1.4',
          name: 'Considering research opportunities',
          description:
            'Looking for chances to carry out or take part in research that could help patients, and telling ' +
            'patients about studies they might join.',
          behaviours: [
            'Recruits an eligible patient to a study after a careful consent discussion',
            'Joins or starts a research project linked to a question from practice',
          ],
          keywords: [
            'research',
            'clinical trial',
            'recruited to a study',
            'principal investigator',
            'research ethics',
            'good clinical practice',
            'study protocol',
            'research question',
          ],
        },
      ],
    },
    {
      id: 'gmp.2',
      name: 'Patients, partnership and communication',
      description:
        'Treating each patient as a person: respecting their rights, listening to them and working with them to ' +
        'decide on their care.',
      elements: [
        {
          id: 'gmp.2.1',
          name: 'Treating patients fairly and respecting their rights',
          description:
            'Respecting every patient’s dignity and privacy, prioritising by clinical need and never letting ' +
            'personal views or prejudice change the care someone receives.',
          behaviours: [
            'Makes sure a patient’s privacy is protected on a busy open ward',
            'Supports a patient’s wish for a second opinion without taking offence',
          ],
          keywords: [
            'dignity',
            'privacy',
            'chaperone',
            'second opinion',
            'fair treatment',
            'clinical need',
            'conscientious objection',
            'unconscious bias',
            'reasonable adjustments',
          ],
        },
        {
          id: 'gmp.2.2',
          name: 'Supporting patients to make decisions about treatment and care',
          description:
            'Sharing decisions with patients, giving them the information they need in a form they can use and ' +
            'respecting their choices, including the choice to do nothing.',
          behaviours: [
            'Talks through risks, benefits and alternatives, including doing nothing, before consent',
            'Assesses capacity carefully and involves those close to a patient who lacks it',
          ],
          keywords: [
            'consent',
            'shared decision making',
            'capacity',
            'best interests',
            'risks and benefits',
            'patient choice',
            'advance care planning',
            'treatment escalation plan',
            'informed decision',
          ],
        },
        {
          id: 'gmp.2.3',
          name: 'Listening to and informing patients',
          description:
            'Listening to patients and those close to them, explaining clearly and kindly, and keeping them ' +
            'informed about what is happening.',
          behaviours: [
            'Uses an interpreter rather than a relative for an important conversation',
            'Breaks difficult news in a quiet room and checks what was understood',
          ],
          keywords: [
            'breaking bad news',
            'interpreter',
            'explained to the patient',
            'family meeting',
            'relatives',
            'health literacy',
            'leaflet',
            'patient concerns',
            'ideas concerns expectations',
          ],
        },
      ],
    },
    {
      id: 'gmp.3',
      name: 'Colleagues, culture and safety',
      description:
        'Working well with colleagues, helping to build a fair and supportive workplace and acting quickly when ' +
        'patients may be at risk.',
      elements: [
        {
          id: 'gmp.3.1',
          name: 'Treating colleagues with kindness, courtesy and respect',
          description:
            'Listening to colleagues of every profession, communicating courteously, recognising their skills and ' +
            'being available and supportive when they need help.',
          behaviours: [
            'Answers a junior colleague’s call for help promptly and without making them feel a nuisance',
            'Shows compassion to a colleague who is struggling, while keeping patients safe',
          ],
          keywords: [
            'civility',
            'courtesy',
            'kindness to colleagues',
            'respectful',
            'incivility',
            'rudeness',
            'approachable',
            'supported a colleague',
          ],
        },
        {
          id: 'gmp.3.2',
          name: 'Contributing to a positive working and training environment',
          description:
            'Role-modelling fair, inclusive behaviour, being aware of your own biases and doing something when you ' +
            'see bullying, harassment or discrimination.',
          behaviours: [
            'Steps in when a colleague is belittled in front of the team',
            'Checks that training opportunities on the team are shared out fairly',
          ],
          keywords: [
            'bullying',
            'harassment',
            'undermining',
            'inclusive',
            'role model',
            'positive culture',
            'training environment',
            'upstander',
            'microaggression',
            'fairness',
          ],
        },
        {
          id: 'gmp.3.3',
          name: 'Responding to safety risks',
          description:
            'Acting promptly when patients may be at risk, whether from systems, resources, colleagues or your ' +
            'own health, and raising concerns through the right routes.',
          behaviours: [
            'Raises a staffing concern that is putting patients at risk and keeps a record',
            'Seeks advice, then reports, when worried that a colleague may not be fit to practise',
          ],
          keywords: [
            'raised a concern',
            'unsafe staffing',
            'escalated',
            'fitness to practise',
            'patient safety concern',
            'guardian of safe working',
            'exception report',
            'risk to patients',
            'my own health',
          ],
        },
        {
          id: 'gmp.3.4',
          name: 'Leading, teaching and supporting colleagues',
          description:
            'Sharing knowledge and experience through teaching, supervision, mentoring and fair, inclusive ' +
            'leadership, and delegating safely.',
          behaviours: [
            'Teaches on the ward round in a way that invites questions',
            'Delegates a task only after checking the colleague has the skills and support to do it',
          ],
          keywords: [
            'teaching',
            'supervision',
            'mentoring',
            'coaching',
            'delegated',
            'safe delegation',
            'continuity of care',
            'inclusive leadership',
            'led the team',
          ],
        },
      ],
    },
    {
      id: 'gmp.4',
      name: 'Trust and professionalism',
      description:
        'Deserving the trust of patients, the public and colleagues: honesty, proper boundaries, openness and care ' +
        'in how you communicate.',
      elements: [
        {
          id: 'gmp.4.1',
          name: 'Acting with honesty and integrity',
          description:
            'Being truthful about your experience and role, honest in money and paperwork, and behaving in a way ' +
            'that justifies the trust placed in doctors.',
          behaviours: [
            'Corrects a misunderstanding about their grade or experience straight away',
            'Declares a financial interest before recommending a product or service',
          ],
          keywords: [
            'honesty',
            'integrity',
            'probity',
            'conflict of interest',
            'declared an interest',
            'gifts',
            'truthful',
            'trustworthy',
          ],
        },
        {
          id: 'gmp.4.2',
          name: 'Maintaining professional boundaries',
          description:
            'Keeping relationships with patients and those close to them professional, and not pressing personal ' +
            'beliefs on people who are vulnerable.',
          behaviours: [
            'Declines a friend request from a patient and explains why kindly',
            'Hands over care when a personal relationship makes objectivity hard',
          ],
          keywords: [
            'professional boundaries',
            'personal beliefs',
            'friend request',
            'treating family',
            'dual relationship',
            'over-familiar',
            'boundary',
          ],
        },
        {
          id: 'gmp.4.3',
          name: 'Communicating as a medical professional',
          description:
            'Making sure what you say or write as a doctor, in person, in records or online, is accurate, fair and ' +
            'keeps patients’ information confidential.',
          behaviours: [
            'Checks the facts before sharing health information on social media',
            'Writes a report or statement that separates opinion from established fact',
          ],
          keywords: [
            'social media',
            'confidentiality',
            'whatsapp group',
            'medical records',
            'statement',
            'report writing',
            'public comment',
            'accurate information',
          ],
        },
        {
          id: 'gmp.4.4',
          name: 'Being open when things go wrong',
          description:
            'Telling patients promptly and honestly when something has gone wrong, apologising, putting things ' +
            'right where possible and supporting learning.',
          behaviours: [
            'Tells a patient and family about an error, apologises and explains what happens next',
            'Contributes openly to an incident review without being defensive',
          ],
          keywords: [
            'duty of candour',
            'apologised',
            'error',
            'mistake',
            'told the patient',
            'complaint response',
            'openness',
            'being open',
          ],
        },
      ],
    },
  ],
  // The 2013 edition had four domains that the 2024 edition regrouped. Entries tagged against 2013 domains
  // still count towards the closest 2024 domain:
  // - Knowledge, skills and performance → Knowledge, skills and development (same ground, renamed).
  // - Safety and quality → Colleagues, culture and safety (responding to risks now sits there).
  // - Communication, partnership and teamwork → Patients, partnership and communication (teamwork with
  //   colleagues moved to domain 3, but most of the 2013 domain was about working with patients).
  // - Maintaining trust → Trust and professionalism (same ground, renamed).
  aliases: {
    'gmp2013.1': 'gmp.1',
    'gmp2013.2': 'gmp.3',
    'gmp2013.3': 'gmp.2',
    'gmp2013.4': 'gmp.4',
  },
};
