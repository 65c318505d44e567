/**
 * Situations that show each element, in Lantern's own words, used as extra training documents next to the
 * framework's description, behaviours and keywords. Each line is one short document.
 */
export const SITUATIONS: Record<string, readonly string[]> = {
  'mlcf.1.1': [
    'I realised my mood was affecting the team and how I came across when I was tired or stressed',
    'Feedback from colleagues showed me a habit I had not noticed, and I thought about why I do it',
    'I noticed my own reaction, my anxiety and my assumptions, before they drove what I said',
  ],
  'mlcf.1.2': [
    'I was exhausted and overcommitted, so I planned my week, took breaks and said no to extra work',
    'I organised my time, priorities and jobs list so I could cope with the workload and stay well',
    'I protected my rest, sleep and leave, and kept my commitments realistic',
  ],
  'mlcf.1.3': [
    'I identified a gap in my knowledge and skills, read up, went on a course and practised',
    'I asked for feedback, reflected on a case and changed how I work as a result',
    'My learning plan and portfolio set out what I want to get better at this year',
  ],
  'mlcf.1.4': [
    'I told the truth about an error, apologised to the patient and reported it in my own name',
    'I refused to sign or do something that was wrong, even under pressure from seniors',
    'I challenged unfair treatment, discrimination or disrespect and declared an interest',
  ],
  'mlcf.2.1': [
    'I made contact with people in other hospitals, teams and organisations and built links across the region',
    'I joined a national group and met colleagues beyond my own department to share ideas',
    'I introduced myself to the community team, commissioners and other services we depend on',
  ],
  'mlcf.2.2': [
    'I repaired a strained working relationship by listening, apologising and agreeing how we would work',
    'I built trust with a colleague, a patient or a family over time by keeping in touch',
    'I handled a disagreement respectfully so we could keep working together',
  ],
  'mlcf.2.3': [
    'I asked the quiet members of the team for their views and acted on their ideas',
    'I made sure nurses, students and patients could speak and that their contribution was credited',
    'I invited people who are usually left out of the meeting to contribute',
  ],
  'mlcf.2.4': [
    'The team worked together with clear roles, supported each other and shared the work',
    'I played my part in the team, covered a colleague and helped the team function under pressure',
    'We held a huddle and a debrief so everyone knew the plan and could speak up',
  ],
  'mlcf.3.1': [
    'I drew up a plan with a timeline, milestones and named people so the service was ready',
    'I prepared in advance for winter, a new rota, a new clinic or a retirement',
    'I scheduled the teaching programme and thought through what could go wrong',
  ],
  'mlcf.3.2': [
    'I looked at costs, the budget and spending, and used beds, staff, slots and equipment efficiently',
    'I reduced waste, such as unnecessary tests, and redirected money to where it helps patients',
    'I made the case for resources and shared scarce capacity fairly',
  ],
  'mlcf.3.3': [
    'I delegated tasks, gave people clear roles and supported staff I was responsible for',
    'I organised cover for absence and managed the juniors on a busy shift',
    'I dealt with a staff member’s problem, supported them and set clear expectations',
  ],
  'mlcf.3.4': [
    'I set standards and targets, monitored performance and gave feedback when they were not met',
    'I addressed a colleague’s poor performance, lateness or behaviour directly and followed it up',
    'We reviewed the figures each month and held people to what was agreed',
  ],
  'mlcf.4.1': [
    'A near miss or incident was reported, investigated and learned from to prevent harm',
    'I escalated a deteriorating patient and made a process safer with a checklist',
    'We looked at a medication error, a fall or a missed result and changed the system',
  ],
  'mlcf.4.2': [
    'I questioned the data and looked closely at how the audit figures were collected',
    'I critically appraised a paper, compared results and analysed the complaints and incidents',
    'I looked for the real cause behind the numbers before accepting the headline',
  ],
  'mlcf.4.3': [
    'I suggested a new idea, tested a small change and improved how the service works',
    'We piloted a new way of working, measured it and spread it to other wards',
    'I encouraged colleagues to try their ideas for improvement and innovation',
  ],
  'mlcf.4.4': [
    'I led people through a major change, such as merging wards, moving sites or a new system',
    'I helped staff cope with the loss and uncertainty of change and involved them in shaping it',
    'I dealt with resistance to a large change across the organisation',
  ],
  'mlcf.5.1': [
    'I understood the national policy, politics, finances and population changes that affect our service',
    'I looked at the wider system, demand and pressures to see why change is needed',
    'I explained the context and the future our department needs to plan for',
  ],
  'mlcf.5.2': [
    'I used research evidence and guidelines to decide what to do and wrote a guideline',
    'I looked up the evidence, applied it to the patient and updated our practice',
    'I stopped a treatment the evidence does not support and explained why',
  ],
  'mlcf.5.3': [
    'I made a difficult decision, weighing the options, risks and benefits, and documented my reasoning',
    'I decided between competing priorities when there was not enough for everyone',
    'I made a judgement call with incomplete information and took responsibility for it',
  ],
  'mlcf.5.4': [
    'I evaluated whether the change worked by measuring outcomes before and after',
    'We looked back after a year at the results and what patients and staff said',
    'I checked whether the improvement was sustained and what impact it had',
  ],
  'hlm.1.1': [
    'I stood up for patients and the values of the service, even when it was uncomfortable',
    'I reminded the team why the work matters and what we are here for',
    'I questioned a practice that did not fit our values of dignity, honesty and fairness',
  ],
  'hlm.2.1': [
    'I noticed a colleague was struggling, asked how they were and made sure they were supported',
    'I looked after the wellbeing of the team after a distressing event',
    'I showed compassion and care for staff, patients and families under pressure',
  ],
  'hlm.3.1': [
    'I gathered data and information from different sources and analysed it before acting',
    'I looked at the audit, the evidence and the figures to understand the problem',
    'I thought through the options and risks carefully before making a decision',
  ],
  'hlm.4.1': [
    'I linked our service with other teams, hospitals, GPs, social care and the community',
    'I worked across organisational boundaries so patients did not fall between services',
    'I understood how other parts of the system work and built shared pathways',
  ],
  'hlm.5.1': [
    'I explained clearly where we are heading and why the change is needed',
    'I described a picture of the future that people could understand and share',
    'I communicated the plan and the direction to the whole team',
  ],
  'hlm.6.1': [
    'I involved the whole team, valued their contributions and made it safe to speak up',
    'I brought people together, gave everyone a role and built team spirit',
    'I listened to the team’s ideas and acted on them',
  ],
  'hlm.7.1': [
    'I set clear expectations and standards and held people accountable for meeting them',
    'I gave direct feedback on performance and followed up what was agreed',
    'I took responsibility for the results and challenged behaviour that fell short',
  ],
  'hlm.8.1': [
    'I taught, coached and mentored others and helped them grow in confidence and skill',
    'I supported a trainee’s development, gave them stretching work and feedback',
    'I built the team’s capability for the future through training and supervision',
  ],
  'hlm.9.1': [
    'I persuaded and negotiated with senior people and other departments to get agreement',
    'I built support for a proposal by understanding what others cared about',
    'I influenced decision makers with data and made the case to the board',
  ],
};
