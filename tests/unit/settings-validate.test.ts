import { describe, expect, it } from 'vitest';
import { CPD_TARGET_MAX, MAX_ROLES, Preferences } from '../../lib/settings/schema';
import {
  CPD_TARGET_MESSAGE,
  parseCpdTarget,
  parseDesignatedBody,
  parseGmcNumber,
  parsePersonName,
  parseRoles,
  parseSettingDate,
} from '../../lib/settings/validate';

describe('the yearly CPD target as typed', () => {
  it.each(['-5', '1e9', '1001', '', 'abc', '0x10', '50 hours'])('refuses “%s” with the schema’s bounds', (text) => {
    expect(parseCpdTarget(text)).toEqual({ ok: false, message: 'Enter a number of hours or credits from 0 to 1,000.' });
  });

  it.each([
    ['0', 0],
    ['40', 40],
    [' 12.5 ', 12.5],
    [String(CPD_TARGET_MAX), CPD_TARGET_MAX],
  ])('takes “%s”', (text, value) => {
    expect(parseCpdTarget(text)).toEqual({ ok: true, value });
  });

  it('refuses what the browser could not read as a number', () => {
    expect(parseCpdTarget('', true)).toEqual({ ok: false, message: CPD_TARGET_MESSAGE });
  });

  it('accepts exactly what the preferences schema keeps', () => {
    for (const text of ['-5', '1e9', '0', '1000', '1000.5']) {
      const result = parseCpdTarget(text);
      const stored = Preferences.parse({ cpdTarget: Number(text) }).cpdTarget;
      expect(result.ok).toBe(stored === Number(text));
    }
  });
});

describe('appraisal and revalidation dates as typed', () => {
  it('takes a real date, and an empty field as no date', () => {
    expect(parseSettingDate('2027-03-31')).toEqual({ ok: true, value: '2027-03-31' });
    expect(parseSettingDate('')).toEqual({ ok: true, value: undefined });
  });

  it.each(['2027-02-30', '31/03/2027', 'soon'])('refuses “%s”', (text) => {
    expect(parseSettingDate(text).ok).toBe(false);
  });

  it('refuses a part-typed date the browser could not read, rather than clearing the saved one', () => {
    expect(parseSettingDate('', true)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Enter a whole date/),
    });
  });
});

describe('roles as typed', () => {
  it('drops blank lines and repeats', () => {
    expect(parseRoles('Consultant\n\n  Clinical lead \nConsultant')).toEqual({
      ok: true,
      value: ['Consultant', 'Clinical lead'],
    });
  });

  it('refuses a role too long to keep, rather than cutting it short', () => {
    const result = parseRoles(`Consultant\n${'x'.repeat(121)}`);
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Keep each role to 120 characters: .* has 121\.$/),
    });
  });

  it('refuses more roles than can be kept, rather than dropping some', () => {
    const text = Array.from({ length: MAX_ROLES + 1 }, (_, at) => `Role ${at}`).join('\n');
    expect(parseRoles(text)).toEqual({ ok: false, message: 'List up to 30 roles, one a line: there are 31.' });
  });
});

describe('personal details as typed', () => {
  it('saves a name or designated body trimmed, and clears it when emptied', () => {
    expect(parsePersonName('  Dr Ada Quokka ')).toEqual({ ok: true, value: 'Dr Ada Quokka' });
    expect(parseDesignatedBody('   ')).toEqual({ ok: true, value: undefined });
  });

  it('says how long a name may be rather than cutting it short', () => {
    expect(parsePersonName('x'.repeat(121))).toEqual({
      ok: false,
      message: 'Keep this to 120 characters (it has 121), or clear the field to leave it unset.',
    });
  });

  it('takes a seven-digit GMC number, spaces allowed, and explains anything else', () => {
    expect(parseGmcNumber('765 4321')).toEqual({ ok: true, value: '7654321' });
    expect(parseGmcNumber('')).toEqual({ ok: true, value: undefined });
    expect(parseGmcNumber('GMC123')).toEqual({
      ok: false,
      message: 'Enter your seven-digit GMC reference number, or clear the field to leave it unset.',
    });
  });

  it('drops a stored GMC number that is not seven digits, keeping the rest of the preferences', () => {
    expect(Preferences.parse({ gmcNumber: '12', fullName: 'Dr Ada Quokka' })).toMatchObject({
      gmcNumber: undefined,
      fullName: 'Dr Ada Quokka',
    });
  });
});
