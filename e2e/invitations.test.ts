// Inviting someone by link: an admin makes the invitation, the invitee opens the link in another
// browser, chooses a name and a password, and lands in the workspace.
import { expect, inject, it } from 'vitest';
import { newPage, signIn, useBrowser } from './browser';

const server = inject('rapport');
const browser = useBrowser();

it('invites a new person who joins through the link', async () => {
  const admin = await newPage(browser());
  await signIn(admin, server);
  await admin.getByRole('link', { name: 'Invitations' }).click();
  await admin.getByRole('button', { name: 'Invite someone' }).click();
  const form = admin.getByRole('dialog', { name: 'Invite someone' });
  await form.getByLabel('Email').fill('mei.lin@example.com');
  await form.getByRole('button', { name: 'Invite' }).click();

  const ready = admin.getByRole('dialog', { name: 'Invitation ready' });
  const linkBox = ready.getByTestId('invitation-link');
  await linkBox.waitFor();
  // No SMTP in the test server: the console says the link was not emailed.
  expect(await ready.textContent()).toContain('No email was sent');
  const link = new URL(await linkBox.inputValue());
  expect(link.pathname).toMatch(/^\/invite\/[\w-]+$/);

  // The link's origin comes from the server's PUBLIC_URL; the test server listens on a random
  // port, so open the same path on the address it printed.
  const invitee = await newPage(browser());
  await invitee.goto(server.url + link.pathname);
  await invitee.getByRole('heading', { name: 'Join Lumen Tea (demo)' }).waitFor();
  expect(await invitee.getByText('mei.lin@example.com').count()).toBe(1);
  await invitee.getByLabel('Your name').fill('Mei Lin');
  await invitee.getByLabel('Choose a password').fill('a long enough password');
  await invitee.getByRole('button', { name: 'Accept and join' }).click();

  await invitee.waitForURL(/\/w\/[0-9a-f-]+\//);
  const switcher = invitee.getByRole('button', { name: /^Workspace: / });
  expect(await switcher.textContent()).toContain('Lumen Tea (demo)');
  await invitee.getByRole('button', { name: 'Account menu for Mei Lin' }).waitFor();
  // An agent may look at the tree but not at admin pages: a friendly refusal, not a crash.
  await invitee.getByRole('link', { name: 'API keys' }).click();
  await invitee.getByText('Your role does not allow this').waitFor();
  expect(await invitee.getByRole('button', { name: 'Create API key' }).count()).toBe(0);

  // The admin sees the invitation accepted and the new member with the default role.
  await admin.keyboard.press('Escape');
  await admin.reload();
  await admin.getByRole('row').filter({ hasText: 'mei.lin@example.com' }).getByText('Accepted').waitFor();
  await admin.getByRole('link', { name: 'Members & roles' }).click();
  const row = admin.getByRole('row').filter({ hasText: 'Mei Lin' });
  await row.waitFor();
  expect(await row.textContent()).toContain('mei.lin@example.com');

  await admin.context().close();
  await invitee.context().close();
});
