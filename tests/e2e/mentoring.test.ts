import { afterEach, describe, expect, it } from 'vitest';
import { type Launched, launchWithExtension, makeProfile, openLantern } from './harness';
import { LanternPage } from './lantern';

let profiles = [makeProfile(), makeProfile()];
const running: Launched[] = [];

afterEach(async () => {
  for (const launched of running.splice(0)) {
    expect(launched.outsideRequests, 'requests that left the extension').toEqual([]);
    await launched.context.close();
  }
  for (const profile of profiles) profile.dispose();
  profiles = [makeProfile(), makeProfile()];
});

async function start(index: number): Promise<LanternPage> {
  const launched = await launchWithExtension(profiles[index]?.dir ?? '');
  running.push(launched);
  return new LanternPage(await openLantern(launched));
}

describe('mentoring with no server', () => {
  it('shares a summary, the mentor comments, and the feedback comes back to the entry', async () => {
    const mentee = await start(0);
    await mentee.writeEntry('Chairing the M&M meeting', 'Kept it blame-free.');
    await mentee.runCommand('Mentoring: Share with Mentor…');
    await mentee.page.getByLabel('Your name, as your mentor will see it').fill('Dr Amira Shah');
    const shared = mentee.page.waitForEvent('download');
    await mentee.page.getByRole('button', { name: 'Download share file' }).click();
    const shareFile = `${profiles[0]?.dir}/share.json`;
    await (await shared).saveAs(shareFile);

    const mentor = await start(1);
    await mentor.runCommand('Mentoring: Open Shared Bundle…');
    await mentor.page.getByLabel('Shared summary file').setInputFiles(shareFile);
    await mentor.page.getByRole('heading', { name: 'Dr Amira Shah' }).waitFor();
    await mentor.page
      .getByText(/cannot check who sent it/)
      .first()
      .waitFor();
    await mentor.page.getByLabel('Comment on “Chairing the M&M meeting”').fill('Good, keep that tone.');
    await mentor.page
      .getByRole('listitem')
      .filter({ hasText: 'Chairing the M&M meeting' })
      .getByRole('button', { name: 'Add comment' })
      .click();
    await mentor.page.getByLabel('Suggest a development goal').fill('Lead a QI project');
    await mentor.page.getByRole('button', { name: 'Suggest goal' }).click();
    await mentor.page.getByText('Suggested goal: Lead a QI project').waitFor();
    await mentor.runCommand('Mentoring: Export Feedback…');
    await mentor.page.getByLabel('Your name, as your mentee will see it').fill('Dr Patel');
    const feedback = mentor.page.waitForEvent('download');
    await mentor.page.getByRole('button', { name: 'Export feedback file' }).click();
    const feedbackFile = `${profiles[1]?.dir}/feedback.json`;
    await (await feedback).saveAs(feedbackFile);

    await mentee.runCommand('Mentoring: Import Feedback…');
    await mentee.page.getByLabel('Feedback file').setInputFiles(feedbackFile);
    await mentee.page.getByText('Good, keep that tone.').waitFor();
    await mentee.page.getByRole('button', { name: 'Add to my development plan' }).click();
    await mentee.runCommand('Summary: Review Development Plan');
    await mentee.page.getByRole('heading', { name: 'Lead a QI project' }).waitFor();
  });
});
