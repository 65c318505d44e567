import type { Framework } from './schema';

/**
 * GMC Generic professional capabilities framework. Where a domain has published sub-headings they are its
 * elements; otherwise the domain has one element carrying its own name.
 */
export const gpc: Framework = {
  id: 'gpc',
  name: 'Generic professional capabilities framework',
  shortName: 'GPC',
  publisher: 'General Medical Council',
  edition: 'May 2017',
  year: 2017,
  source: {
    note:
      'The nine domain names checked against the contents list on the GMC page "Generic professional capabilities ' +
      'framework"; the May 2017 publication against the GMC page "Development of generic professional ' +
      'capabilities". The sub-headings of domain 2 (practical skills; communication and interpersonal skills; ' +
      'dealing with complexity and uncertainty; clinical skills) and domain 3 (professional requirements; national ' +
      'legislative requirements; the health service and healthcare system in the four countries) checked against ' +
      'the contents page of the framework PDF as transcribed on pdf4pro.com. Domains 1 and 4–9 are modelled with ' +
      'one element carrying the domain name; we did not confirm whether they have sub-headings. Descriptions are ' +
      'our own.',
    url: 'https://www.gmc-uk.org/education/standards-guidance-and-curricula/standards-and-outcomes/generic-professional-capabilities-framework',
  },
  audience: ['in-training'],
  domains: [
    {
      id: 'gpc.1',
      name: 'Professional values and behaviours',
      description: 'The values and conduct expected of every doctor, whatever their specialty.',
      elements: [
        {
          id: 'gpc.1.1',
          name: 'Professional values and behaviours',
          description:
            'Putting patients first, behaving with honesty and respect, taking responsibility for your own ' +
            'practice and wellbeing, and working within ethical and legal limits.',
          behaviours: [
            'Reflects on a professional dilemma and what guided the choice made',
            'Recognises signs of fatigue and arranges cover before safety suffers',
          ],
          keywords: [
            'professionalism',
            'ethical dilemma',
            'person-centred',
            'respect for patients',
            'personal responsibility',
            'own health',
            'fatigue',
            'professional conduct',
            'values',
          ],
        },
      ],
    },
    {
      id: 'gpc.2',
      name: 'Professional skills',
      description: 'The practical, communication, judgement and clinical skills common to all doctors.',
      elements: [
        {
          id: 'gpc.2.1',
          name: 'Practical skills',
          description:
            'Doing the practical work of a doctor safely, from procedures to record keeping, prescribing and using ' +
            'clinical systems.',
          behaviours: [
            'Keeps clear, timely records after a busy on-call',
            'Prescribes safely and double-checks a high-risk medicine',
          ],
          keywords: [
            'procedure',
            'record keeping',
            'documentation',
            'prescribing',
            'drug chart',
            'cannula',
            'electronic record',
            'practical procedure',
          ],
        },
        {
          id: 'gpc.2.2',
          name: 'Communication and interpersonal skills',
          description:
            'Talking and listening well with patients, families and colleagues, adapting to people’s needs and ' +
            'handling emotional or difficult conversations.',
          behaviours: [
            'Handles an angry relative calmly and finds out what lies behind the anger',
            'Adapts explanations for a patient with a learning disability',
          ],
          keywords: [
            'difficult conversation',
            'angry relative',
            'de-escalation',
            'breaking bad news',
            'empathy',
            'rapport',
            'interpreter',
            'non-verbal',
            'communication skills',
          ],
        },
        {
          id: 'gpc.2.3',
          name: 'Dealing with complexity and uncertainty',
          description:
            'Making safe decisions when the picture is unclear, the problems are many or the guidelines do not ' +
            'fit, and knowing when to seek help.',
          behaviours: [
            'Makes a plan for a patient with several conflicting conditions and explains the trade-offs',
            'Shares diagnostic uncertainty honestly and arranges safety netting',
          ],
          keywords: [
            'uncertainty',
            'complexity',
            'multimorbidity',
            'frailty',
            'grey area',
            'no clear answer',
            'safety netting',
            'ambiguity',
            'competing priorities',
          ],
        },
        {
          id: 'gpc.2.4',
          name: 'Clinical skills',
          description:
            'Assessing, diagnosing and managing patients well, including recognising and treating the acutely ' +
            'unwell and planning care towards the end of life.',
          behaviours: [
            'Recognises a deteriorating patient early and starts treatment',
            'Reaches a differential diagnosis and reviews it as results arrive',
          ],
          keywords: [
            'deteriorating patient',
            'news2',
            'differential diagnosis',
            'acutely unwell',
            'sepsis',
            'end of life care',
            'clinical examination',
            'medication review',
          ],
        },
      ],
    },
    {
      id: 'gpc.3',
      name: 'Professional knowledge',
      description: 'Knowing the professional, legal and organisational frame that medicine works within.',
      elements: [
        {
          id: 'gpc.3.1',
          name: 'Professional requirements',
          description:
            'Understanding what the regulator and the profession expect, including revalidation, appraisal and ' +
            'the duties set out in professional guidance.',
          behaviours: [
            'Prepares for an appraisal or review with reflections mapped to professional standards',
            'Checks professional guidance when unsure how to act',
          ],
          keywords: [
            'gmc guidance',
            'revalidation',
            'appraisal',
            'arcp',
            'portfolio',
            'professional standards',
            'good medical practice',
            'registration',
          ],
        },
        {
          id: 'gpc.3.2',
          name: 'National legislative requirements',
          description:
            'Knowing the laws that shape everyday practice, such as those on capacity, mental health, ' +
            'safeguarding, data protection and death certification.',
          behaviours: [
            'Applies mental capacity law correctly when a patient refuses treatment',
            'Follows data protection rules when sharing information with another agency',
          ],
          keywords: [
            'mental capacity act',
            'mental health act',
            'deprivation of liberty',
            'data protection',
            'gdpr',
            'death certificate',
            'coroner',
            'legal duty',
            'equality act',
          ],
        },
        {
          id: 'gpc.3.3',
          name: 'The health service and healthcare system in the four countries',
          description:
            'Understanding how health services are organised, funded and governed across the UK’s four nations, ' +
            'and how that shapes local care.',
          behaviours: [
            'Explains how a local service is commissioned and funded',
            'Notes how arrangements differ for a patient moving between UK nations',
          ],
          keywords: [
            'commissioning',
            'integrated care system',
            'health board',
            'four nations',
            'nhs structure',
            'funding',
            'governance',
            'clinical governance',
            'nhs england',
            'nhs scotland',
            'nhs wales',
          ],
        },
      ],
    },
    {
      id: 'gpc.4',
      name: 'Capabilities in health promotion and illness prevention',
      description: 'Helping people and communities stay well, not only treating illness once it arrives.',
      elements: [
        {
          id: 'gpc.4.1',
          name: 'Capabilities in health promotion and illness prevention',
          description:
            'Using contacts with patients and communities to prevent illness, reduce health inequalities and ' +
            'support healthier lives.',
          behaviours: [
            'Uses a routine consultation to discuss smoking or alcohol in a supportive way',
            'Considers the social factors behind a patient’s repeated admissions',
          ],
          keywords: [
            'health promotion',
            'prevention',
            'smoking cessation',
            'alcohol',
            'obesity',
            'vaccination',
            'screening',
            'health inequalities',
            'making every contact count',
            'social determinants',
          ],
        },
      ],
    },
    {
      id: 'gpc.5',
      name: 'Capabilities in leadership and team working',
      description: 'Leading and working in teams for the good of patients, at every career stage.',
      elements: [
        {
          id: 'gpc.5.1',
          name: 'Capabilities in leadership and team working',
          description:
            'Understanding yourself as a leader and a team member, working across professions, influencing ' +
            'others and contributing to how services are run.',
          behaviours: [
            'Leads a team on a busy shift and adapts style to the situation',
            'Takes part in a service meeting and contributes a clinician’s view',
          ],
          keywords: [
            'leadership',
            'led the team',
            'team working',
            'leadership style',
            'followership',
            'chaired',
            'management meeting',
            'interprofessional',
            'team leader',
          ],
        },
      ],
    },
    {
      id: 'gpc.6',
      name: 'Capabilities in patient safety and quality improvement',
      description: 'Keeping patients safe and making care better through systematic improvement.',
      elements: [
        {
          id: 'gpc.6.1',
          name: 'Capabilities in patient safety and quality improvement',
          description:
            'Recognising and reporting risks, learning from incidents, understanding human factors and taking ' +
            'part in structured improvement work.',
          behaviours: [
            'Reports an incident and joins the review that follows',
            'Runs a quality improvement project with measured tests of change',
          ],
          keywords: [
            'incident reporting',
            'datix',
            'near miss',
            'human factors',
            'quality improvement',
            'audit',
            'pdsa',
            'safety culture',
            'learning from incidents',
            'morbidity and mortality',
          ],
        },
      ],
    },
    {
      id: 'gpc.7',
      name: 'Capabilities in safeguarding vulnerable groups',
      description: 'Protecting children and adults who are at risk of harm, abuse or neglect.',
      elements: [
        {
          id: 'gpc.7.1',
          name: 'Capabilities in safeguarding vulnerable groups',
          description:
            'Noticing signs that a child or adult may be at risk, acting on them through the right channels and ' +
            'sharing information appropriately.',
          behaviours: [
            'Makes a safeguarding referral after noticing worrying signs and discusses it with the lead',
            'Asks sensitively about domestic abuse when something does not add up',
          ],
          keywords: [
            'safeguarding',
            'child protection',
            'safeguarding referral',
            'domestic abuse',
            'neglect',
            'vulnerable adult',
            'modern slavery',
            'exploitation',
            'safeguarding lead',
          ],
        },
      ],
    },
    {
      id: 'gpc.8',
      name: 'Capabilities in education and training',
      description: 'Teaching, supervising and assessing others, and helping them learn.',
      elements: [
        {
          id: 'gpc.8.1',
          name: 'Capabilities in education and training',
          description:
            'Planning and delivering teaching, giving useful feedback, supervising and assessing colleagues, and ' +
            'creating a good place to learn.',
          behaviours: [
            'Delivers a teaching session and asks for feedback on it',
            'Completes a workplace-based assessment with specific, constructive feedback',
          ],
          keywords: [
            'teaching session',
            'bedside teaching',
            'medical students',
            'simulation',
            'workplace-based assessment',
            'feedback to trainee',
            'teaching feedback',
            'lesson plan',
            'supervised learning event',
          ],
        },
      ],
    },
    {
      id: 'gpc.9',
      name: 'Capabilities in research and scholarship',
      description: 'Using, questioning and contributing to the evidence that medicine relies on.',
      elements: [
        {
          id: 'gpc.9.1',
          name: 'Capabilities in research and scholarship',
          description:
            'Appraising evidence critically, understanding how research is done and governed, and sharing ' +
            'knowledge through writing and presenting.',
          behaviours: [
            'Critically appraises a paper at journal club and draws out what it means for practice',
            'Presents a poster or writes up a case for publication',
          ],
          keywords: [
            'journal club',
            'critical appraisal',
            'research',
            'publication',
            'poster presentation',
            'literature review',
            'statistics',
            'research ethics',
            'case report',
          ],
        },
      ],
    },
  ],
};
