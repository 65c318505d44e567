import { describe, expect, it } from 'vitest';
import { allElements, FRAMEWORKS, findDomain, findElement, frameworkById } from '../../lib/frameworks';
import { Framework } from '../../lib/frameworks/schema';

function mustFind(id: string): Framework {
  const framework = frameworkById(id);
  if (!framework) throw new Error(`No framework ${id}`);
  return framework;
}

const allIds = FRAMEWORKS.flatMap((framework) => [
  framework.id,
  ...framework.domains.flatMap((domain) => [domain.id, ...domain.elements.map((element) => element.id)]),
]);

describe('shipped frameworks', () => {
  it.each(FRAMEWORKS.map((framework) => [framework.id, framework] as const))('%s matches the schema', (_, data) => {
    expect(() => Framework.parse(data)).not.toThrow();
  });

  it('never uses the same id twice, across all frameworks', () => {
    expect(new Set(allIds).size).toBe(allIds.length);
  });

  it('nests every id inside its parent: element in domain, domain in framework', () => {
    for (const framework of FRAMEWORKS) {
      for (const domain of framework.domains) {
        expect(domain.id.startsWith(`${framework.id}.`)).toBe(true);
        for (const element of domain.elements) expect(element.id.startsWith(`${domain.id}.`)).toBe(true);
      }
    }
  });

  it('describes every domain, element and behaviour in words, never leaving one blank', () => {
    for (const framework of FRAMEWORKS) {
      expect(framework.source.note.trim()).not.toBe('');
      for (const domain of framework.domains) {
        expect(domain.description.trim().length).toBeGreaterThanOrEqual(20);
        for (const element of domain.elements) {
          expect(element.description.trim().length).toBeGreaterThanOrEqual(20);
          for (const behaviour of element.behaviours) expect(behaviour.trim()).not.toBe('');
        }
      }
    }
  });

  it('gives each element 6–15 distinct lower-case keywords for the suggestion engine', () => {
    for (const element of allElements()) {
      expect(element.keywords.length, element.id).toBeGreaterThanOrEqual(6);
      expect(element.keywords.length, element.id).toBeLessThanOrEqual(15);
      expect(new Set(element.keywords).size, element.id).toBe(element.keywords.length);
      for (const keyword of element.keywords) expect(keyword, element.id).toBe(keyword.toLowerCase().trim());
    }
  });
});

describe('Medical Leadership Competency Framework', () => {
  const mlcf = mustFind('mlcf');

  it('has five domains of four elements each', () => {
    expect(mlcf.domains).toHaveLength(5);
    for (const domain of mlcf.domains) expect(domain.elements).toHaveLength(4);
  });

  it.each([
    ['mlcf.1', 'Demonstrating personal qualities'],
    ['mlcf.1.1', 'Developing self awareness'],
    ['mlcf.1.2', 'Managing yourself'],
    ['mlcf.1.3', 'Continuing personal development'],
    ['mlcf.1.4', 'Acting with integrity'],
    ['mlcf.2', 'Working with others'],
    ['mlcf.2.1', 'Developing networks'],
    ['mlcf.2.2', 'Building and maintaining relationships'],
    ['mlcf.2.3', 'Encouraging contribution'],
    ['mlcf.2.4', 'Working within teams'],
    ['mlcf.3', 'Managing services'],
    ['mlcf.3.1', 'Planning'],
    ['mlcf.3.2', 'Managing resources'],
    ['mlcf.3.3', 'Managing people'],
    ['mlcf.3.4', 'Managing performance'],
    ['mlcf.4', 'Improving services'],
    ['mlcf.4.1', 'Ensuring patient safety'],
    ['mlcf.4.2', 'Critically evaluating'],
    ['mlcf.4.3', 'Encouraging improvement and innovation'],
    ['mlcf.4.4', 'Facilitating transformation'],
    ['mlcf.5', 'Setting direction'],
    ['mlcf.5.1', 'Identifying the contexts for change'],
    ['mlcf.5.2', 'Applying knowledge and evidence'],
    ['mlcf.5.3', 'Making decisions'],
    ['mlcf.5.4', 'Evaluating impact'],
  ])('names %s "%s", as published', (id, name) => {
    const found = id.split('.').length === 2 ? findDomain(id)?.domain : findElement(id)?.element;
    expect(found?.name).toBe(name);
  });
});

describe('Healthcare Leadership Model', () => {
  const hlm = mustFind('hlm');

  it('has the nine published dimensions, each a domain with one element of the same name', () => {
    expect(hlm.domains.map((domain) => domain.name)).toEqual([
      'Inspiring shared purpose',
      'Leading with care',
      'Evaluating information',
      'Connecting our service',
      'Sharing the vision',
      'Engaging the team',
      'Holding to account',
      'Developing capability',
      'Influencing for results',
    ]);
    for (const domain of hlm.domains) {
      expect(domain.elements.map((element) => [element.id, element.name])).toEqual([[`${domain.id}.1`, domain.name]]);
    }
  });

  it('carries its four-level scale, from Essential to Exemplary', () => {
    expect(hlm.scale?.map((level) => [level.level, level.label])).toEqual([
      [1, 'Essential'],
      [2, 'Proficient'],
      [3, 'Strong'],
      [4, 'Exemplary'],
    ]);
  });
});

describe('Good medical practice', () => {
  it('has the four 2024 domains', () => {
    expect(mustFind('gmp').domains.map((domain) => domain.name)).toEqual([
      'Knowledge, skills and development',
      'Patients, partnership and communication',
      'Colleagues, culture and safety',
      'Trust and professionalism',
    ]);
  });

  it.each([
    ['gmp2013.1', 'gmp.1'],
    ['gmp2013.2', 'gmp.3'],
    ['gmp2013.3', 'gmp.2'],
    ['gmp2013.4', 'gmp.4'],
  ])('still counts entries tagged with the 2013 domain %s, under %s', (oldId, newDomainId) => {
    expect(findElement(oldId)?.domain.id).toBe(newDomainId);
    expect(findDomain(oldId)?.domain.id).toBe(newDomainId);
  });
});

describe('Generic professional capabilities framework', () => {
  const gpc = mustFind('gpc');

  it('has nine domains and is meant for doctors in training', () => {
    expect(gpc.domains).toHaveLength(9);
    expect(gpc.audience).toEqual(['in-training']);
  });

  it('uses the published sub-headings of Professional skills as its elements', () => {
    expect(gpc.domains[1]?.elements.map((element) => element.name)).toEqual([
      'Practical skills',
      'Communication and interpersonal skills',
      'Dealing with complexity and uncertainty',
      'Clinical skills',
    ]);
  });
});

describe('Supporting information for appraisal', () => {
  it('lists the six types in order under one domain', () => {
    const si = mustFind('si');
    expect(si.domains.map((domain) => domain.id)).toEqual(['si.1']);
    expect(si.domains[0]?.elements.map((element) => [element.id, element.name])).toEqual([
      ['si.1.1', 'Continuing professional development'],
      ['si.1.2', 'Quality improvement activity'],
      ['si.1.3', 'Significant events'],
      ['si.1.4', 'Feedback from colleagues'],
      ['si.1.5', 'Feedback from patients'],
      ['si.1.6', 'Review of complaints and compliments'],
    ]);
  });
});

describe('finding elements', () => {
  it('finds an element with its framework and domain', () => {
    const found = findElement('mlcf.4.1');
    expect([found?.framework.id, found?.domain.id, found?.element.name]).toEqual([
      'mlcf',
      'mlcf.4',
      'Ensuring patient safety',
    ]);
  });

  it('resolves every alias to an element that exists', () => {
    for (const framework of FRAMEWORKS) {
      for (const [alias, target] of Object.entries(framework.aliases ?? {})) {
        expect(allIds, alias).toContain(target);
        expect(findElement(alias)?.framework.id, alias).toBe(framework.id);
      }
    }
  });

  it('returns nothing for an id it does not know', () => {
    expect(findElement('mlcf.9.9')).toBeUndefined();
    expect(findElement('nonsense')).toBeUndefined();
  });

  it('lists elements for one framework or for all of them', () => {
    expect(allElements('mlcf')).toHaveLength(20);
    expect(allElements('hlm')).toHaveLength(9);
    expect(allElements()).toHaveLength(
      FRAMEWORKS.reduce((sum, f) => sum + f.domains.reduce((n, d) => n + d.elements.length, 0), 0),
    );
    expect(allElements('no-such-framework')).toEqual([]);
  });
});
