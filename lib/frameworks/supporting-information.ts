import type { Framework } from './schema';

/** The six types of supporting information a doctor brings to appraisal for revalidation, in the usual order. */
export const supportingInformation: Framework = {
  id: 'si',
  name: 'Supporting information for appraisal and revalidation',
  shortName: 'Supporting information',
  publisher: 'General Medical Council and Academy of Medical Royal Colleges',
  edition: 'GMC guidance on supporting information for appraisal and revalidation',
  year: 2012,
  source: {
    note:
      'The six types checked against the GMC page "Supporting information for appraisal and revalidation" (which ' +
      'says "Feedback from patients or those to whom you provide medical services" and "Compliments and ' +
      'complaints") and against the shorter names used by the Umbrella Revalidation and Faculty of Public Health ' +
      'revalidation pages, which we follow here. The year is when revalidation began; it was not checked against ' +
      'a dated edition. Descriptions are our own.',
    url: 'https://www.gmc-uk.org/registration-and-licensing/managing-your-registration/revalidation/guidance-on-supporting-information-for-appraisal-and-revalidation/supporting-information-for-appraisal-and-revalidation',
  },
  audience: ['consultant', 'mentor'],
  domains: [
    {
      id: 'si.1',
      name: 'Supporting information',
      description:
        'The evidence a doctor gathers, reflects on and discusses at appraisal to show they are keeping up the ' +
        'standards of good practice across all their work.',
      elements: [
        {
          id: 'si.1.1',
          name: 'Continuing professional development',
          description:
            'Learning of any kind since training, formal or informal, together with reflection on what changed ' +
            'in practice because of it.',
          behaviours: [
            'Records a course with a short note on what will be done differently',
            'Links learning to a goal in the personal development plan',
          ],
          keywords: [
            'cpd',
            'cpd points',
            'course',
            'conference',
            'webinar',
            'e-learning',
            'study day',
            'personal development plan',
            'learning log',
            'reading',
          ],
        },
        {
          id: 'si.1.2',
          name: 'Quality improvement activity',
          description:
            'Work that reviews and improves the quality of your own practice or service, with evidence of what ' +
            'changed and whether it helped.',
          behaviours: [
            'Completes an audit cycle and shows the effect of the change made',
            'Documents a case review discussed with peers and the learning from it',
          ],
          keywords: [
            'audit',
            're-audit',
            'quality improvement',
            'case review',
            'outcome data',
            'benchmarking',
            'prescribing review',
            'pdsa',
            'morbidity and mortality',
          ],
        },
        {
          id: 'si.1.3',
          name: 'Significant events',
          description:
            'Events that did or could have harmed patients, which you were involved in, with your reflection on ' +
            'them and what was learned.',
          behaviours: [
            'Reflects on an incident and describes the changes that followed',
            'Presents a significant event analysis at a practice or department meeting',
          ],
          keywords: [
            'significant event',
            'significant event analysis',
            'sea',
            'serious incident',
            'learning event',
            'incident report',
            'datix',
            'near miss',
            'never event',
          ],
        },
        {
          id: 'si.1.4',
          name: 'Feedback from colleagues',
          description:
            'Structured views from people you work with about your practice and behaviour, and how you responded ' +
            'to them.',
          behaviours: [
            'Completes a colleague survey and discusses the themes at appraisal',
            'Acts on a pattern in colleague feedback and checks whether it changed',
          ],
          keywords: [
            'colleague feedback',
            'multi-source feedback',
            'msf',
            '360 feedback',
            'colleague questionnaire',
            'peer feedback',
            'team feedback',
          ],
        },
        {
          id: 'si.1.5',
          name: 'Feedback from patients',
          description:
            'Structured views from patients, or those you provide services to, about their experience of your ' +
            'care, and what you made of it.',
          behaviours: [
            'Collects patient questionnaires and reflects on the lowest-scoring area',
            'Changes how a clinic runs after patient comments',
          ],
          keywords: [
            'patient feedback',
            'patient questionnaire',
            'patient survey',
            'friends and family test',
            'patient experience',
            'service user feedback',
            'patient comments',
          ],
        },
        {
          id: 'si.1.6',
          name: 'Review of complaints and compliments',
          description:
            'Complaints and compliments that concern you or your team, with reflection on what they teach and ' +
            'any changes made.',
          behaviours: [
            'Reflects on a complaint without defensiveness and names what will change',
            'Shares a compliment with the team and notes what went well',
          ],
          keywords: [
            'complaint',
            'compliment',
            'thank-you card',
            'pals',
            'complaint response',
            'ombudsman',
            'patient letter',
            'praise',
          ],
        },
      ],
    },
  ],
};
