// The page behind an invitation's unsubscribe link, in the invitation's language: it says which
// address will get no more invitations and asks for a press of the button (a POST). Opening it
// changes nothing, because mail scanners open every link in a mail before the person does. It wears
// the survey page's stylesheet, so it looks like the survey it came from.
import { attrs, markup } from '../../survey-page/html';
import { themeStyle } from '../../survey-page/theme';
import { pageLanguage } from '../../survey-page/texts';

interface PageTexts {
  askTitle: string;
  askMessage: string;
  button: string;
  doneTitle: string;
  doneMessage: string;
  unknownTitle: string;
  unknownMessage: string;
}

const TEXTS: Record<string, PageTexts> = {
  en: {
    askTitle: 'Unsubscribe',
    askMessage: '{{workspace}} will stop sending survey invitations to {{address}}.',
    button: 'Unsubscribe',
    doneTitle: 'You are unsubscribed',
    doneMessage: '{{workspace}} will not send more survey invitations to {{address}}.',
    unknownTitle: 'Link not found',
    unknownMessage: 'Please check the link in your message.',
  },
  es: {
    askTitle: 'Darse de baja',
    askMessage: '{{workspace}} dejará de enviar invitaciones a encuestas a {{address}}.',
    button: 'Darme de baja',
    doneTitle: 'Se ha dado de baja',
    doneMessage: '{{workspace}} no enviará más invitaciones a encuestas a {{address}}.',
    unknownTitle: 'Enlace no encontrado',
    unknownMessage: 'Compruebe el enlace de su mensaje.',
  },
  'zh-CN': {
    askTitle: '退订',
    askMessage: '{{workspace}}将不再向 {{address}} 发送问卷邀请。',
    button: '确认退订',
    doneTitle: '您已退订',
    doneMessage: '{{workspace}}不会再向 {{address}} 发送问卷邀请。',
    unknownTitle: '链接无效',
    unknownMessage: '请检查消息中的链接。',
  },
  'zh-TW': {
    askTitle: '取消訂閱',
    askMessage: '{{workspace}}將不再向 {{address}} 寄送問卷邀請。',
    button: '確認取消訂閱',
    doneTitle: '您已取消訂閱',
    doneMessage: '{{workspace}}不會再向 {{address}} 寄送問卷邀請。',
    unknownTitle: '連結無效',
    unknownMessage: '請檢查訊息中的連結。',
  },
};

export type UnsubscribePageState =
  | { kind: 'ask'; actionUrl: string; workspace: string; address: string }
  | { kind: 'done'; workspace: string; address: string }
  | { kind: 'unknown' };

export function renderUnsubscribePage(opts: {
  language: string;
  styleUrl: string;
  state: UnsubscribePageState;
}): string {
  const language = pageLanguage(opts.language);
  const t = TEXTS[language] ?? TEXTS.en!;
  const { state } = opts;
  const fill = (text: string) =>
    state.kind === 'unknown' ? text : fillPage(text, state.workspace, state.address);
  const title = state.kind === 'ask' ? t.askTitle : state.kind === 'done' ? t.doneTitle : t.unknownTitle;
  const message = fill(
    state.kind === 'ask' ? t.askMessage : state.kind === 'done' ? t.doneMessage : t.unknownMessage,
  );
  // The form sends what a mail client's one-click POST sends, so both take the same road.
  const form =
    state.kind === 'ask'
      ? markup`<form method="post" action="${state.actionUrl}"><input type="hidden" name="List-Unsubscribe" value="One-Click"><div class="nav"><button type="submit" class="btn pri">${t.button}</button></div></form>`
      : '';
  return markup`<!doctype html>
<html${attrs({ lang: language })}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title}</title>
<link rel="stylesheet" href="${opts.styleUrl}">
</head>
<body${attrs({ style: themeStyle(undefined) })}>
<main class="sv"><section class="end"${attrs({ role: state.kind === 'done' ? 'status' : undefined })}><h1 class="pt">${title}</h1><p class="em">${message}</p>${form}</section></main>
</body>
</html>
`.value;
}

/** One pass, so a workspace called "{{address}}" stays itself. */
const fillPage = (text: string, workspace: string, address: string) =>
  text.replace(/\{\{(workspace|address)\}\}/g, (_m, key: string) =>
    key === 'workspace' ? workspace : address,
  );
