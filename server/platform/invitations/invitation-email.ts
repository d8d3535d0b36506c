// The invitation email, in the workspace's default language.
import type { Language } from '../../../common/roles';
import type { Mail } from '../mail/mailer';

const TEXT: Record<
  Language,
  (ws: string, inviter: string, link: string) => { subject: string; body: string }
> = {
  en: (ws, inviter, link) => ({
    subject: `${inviter} invited you to ${ws} on Rapport`,
    body: `${inviter} invited you to join ${ws} on Rapport.\n\nAccept the invitation (valid for 7 days):\n${link}\n`,
  }),
  es: (ws, inviter, link) => ({
    subject: `${inviter} te ha invitado a ${ws} en Rapport`,
    body: `${inviter} te ha invitado a unirte a ${ws} en Rapport.\n\nAcepta la invitación (válida 7 días):\n${link}\n`,
  }),
  'zh-CN': (ws, inviter, link) => ({
    subject: `${inviter} 邀请您加入 Rapport 上的 ${ws}`,
    body: `${inviter} 邀请您加入 Rapport 上的 ${ws}。\n\n接受邀请（7 天内有效）：\n${link}\n`,
  }),
  'zh-TW': (ws, inviter, link) => ({
    subject: `${inviter} 邀請您加入 Rapport 上的 ${ws}`,
    body: `${inviter} 邀請您加入 Rapport 上的 ${ws}。\n\n接受邀請（7 天內有效）：\n${link}\n`,
  }),
};

export function invitationEmail(opts: {
  to: string;
  language: Language;
  workspace: string;
  inviter: string;
  link: string;
}): Mail {
  const t = TEXT[opts.language](opts.workspace, opts.inviter, opts.link);
  return { to: opts.to, subject: t.subject, text: t.body };
}
