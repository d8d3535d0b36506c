// The survey page's HTML: structure and accessibility of every question type, what is hidden and
// disabled, piping, escaping, errors, and the fields a browser would post back (no database).
import { describe, expect, it } from 'vitest';
import type { Answers, SurveyDefinition } from '../../../common/survey/definition';
import { surveyDefinitionSchema } from '../../../common/survey/definition';
import { storeVisitInput, storeVisitSurvey } from '../../../common/survey/fixtures';
import { readAnswers } from '../../../common/survey/form-fields';
import { tenQuestionSurvey } from './fixtures';
import type { SurveyPageView } from './render-page';
import { renderNotice, renderSurveyPage } from './render-page';
import { contrast, themeColours } from './theme';

function view(overrides: Partial<SurveyPageView> = {}): SurveyPageView {
  return {
    key: 'k3y',
    definition: tenQuestionSurvey,
    language: 'en',
    pageId: 'first',
    endingId: null,
    answers: {},
    hidden: { store: 'Jing’an' },
    errors: {},
    sessionKey: 'session-key-123456',
    mode: 'live',
    actionUrl: '/s/k3y?lang=en',
    intakeUrl: '/s/k3y/responses',
    assets: { scriptUrl: '/s/assets/survey.abc.js', styleUrl: '/s/assets/survey.abc.css' },
    resume: { emailAvailable: false },
    ...overrides,
  };
}

/** The HTML of one element found by a start tag pattern, up to its matching end tag. */
function element(html: string, startTag: RegExp, tag: string): string {
  const start = html.search(startTag);
  if (start < 0) return '';
  const re = new RegExp(`<${tag}[\\s>]|</${tag}>`, 'g');
  re.lastIndex = start + 1;
  let depth = 1;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    depth += m[0].startsWith('</') ? -1 : 1;
    if (depth === 0) return html.slice(start, m.index + m[0].length);
  }
  return html.slice(start);
}
const section = (html: string, page: string) =>
  element(html, new RegExp(`<section[^>]*data-page="${page}"`), 'section');
const question = (html: string, id: string) =>
  element(html, new RegExp(`<fieldset[^>]*id="q-${id}"`), 'fieldset');

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
const attr = (tag: string, name: string) => {
  const m = new RegExp(`\\s${name}(="([^"]*)")?[\\s>]`).exec(tag);
  return m ? decode(m[2] ?? '') : undefined;
};

/** The [name, value] pairs a browser would post from this HTML (all of it enabled). */
function successfulControls(html: string): [string, string][] {
  const pairs: [string, string][] = [];
  const controls = /<input\b[^>]*>|<select\b[^>]*>[\s\S]*?<\/select>|<textarea\b[^>]*>[\s\S]*?<\/textarea>/g;
  for (const m of html.match(controls) ?? []) {
    const open = /^<[^>]*>/.exec(m)![0];
    const name = attr(open, 'name');
    if (name === undefined) continue;
    if (m.startsWith('<input')) {
      const type = attr(open, 'type') ?? 'text';
      if ((type === 'radio' || type === 'checkbox') && attr(open, 'checked') === undefined) continue;
      pairs.push([name, attr(open, 'value') ?? (type === 'checkbox' ? 'on' : '')]);
    } else if (m.startsWith('<select')) {
      const option = /<option\b([^>]*)\sselected[^>]*>([^<]*)</.exec(m);
      if (option) pairs.push([name, attr(`<o ${option[1]} >`, 'value') ?? decode(option[2]!)]);
    } else {
      pairs.push([name, decode(m.replace(/^<textarea[^>]*>\n?/, '').replace(/<\/textarea>$/, ''))]);
    }
  }
  return pairs;
}
const getter = (pairs: [string, string][]) => (name: string) =>
  pairs.filter(([n]) => n === name).map(([, v]) => v);

describe('renderSurveyPage: the document', () => {
  const html = renderSurveyPage(view());

  it('is a whole, mobile-ready document in the chosen language', () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="en" dir="ltr">/);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toContain('<title>About your visit to Jing’an</title>');
    expect(html).toContain('<link rel="stylesheet" href="/s/assets/survey.abc.css">');
    expect(html).toContain('<script src="/s/assets/survey.abc.js" defer></script>');
    expect(renderSurveyPage(view({ language: 'es' }))).toMatch(/<html lang="es"/);
    expect(html).not.toMatch(/<script(?![^>]*(src=|type="application\/json"))/);
  });

  it('holds one POST form with the session, page and language, and a honeypot', () => {
    expect(html.match(/<form\b/g)).toHaveLength(1);
    expect(html).toContain('<form id="sv-form" method="post" action="/s/k3y?lang=en" novalidate>');
    expect(html).toContain('<input type="hidden" name="_s" value="session-key-123456">');
    expect(html).toContain('<input type="hidden" name="_p" value="first">');
    expect(html).toContain('<input type="hidden" name="_l" value="en">');
    const honeypot = /<div class="hp"[^>]*>.*?<\/div>/.exec(html)![0];
    expect(honeypot).toContain('aria-hidden="true"');
    expect(honeypot).toMatch(
      /<input type="text" id="sv-website" name="website" tabindex="-1" autocomplete="off">/,
    );
  });

  it('shows the current page and hides every other one inside a disabled fieldset', () => {
    expect(section(html, 'first')).toMatch(/^<section class="pg" data-page="first"><fieldset class="pf">/);
    for (const page of ['middle', 'last']) {
      expect(section(html, page)).toMatch(
        new RegExp(`^<section class="pg" data-page="${page}" hidden><fieldset class="pf" disabled>`),
      );
    }
  });

  it('offers Next (Submit on the last page of the path) and Back except on the first page', () => {
    expect(html).toContain('<button type="submit" class="btn pri" name="_nav" value="next">Next</button>');
    expect(html).toMatch(/<button type="submit" class="btn sec" name="_nav" value="back" hidden>/);
    const middle = renderSurveyPage(view({ pageId: 'middle', answers: { nps: 3 } }));
    expect(middle).toMatch(/value="back">Back</);
    expect(renderSurveyPage(view({ pageId: 'last' }))).toMatch(/value="next">Submit</);
    // NPS 9 jumps from the first page to the last: the first page is then one of two.
    expect(renderSurveyPage(view({ answers: { nps: 9 } }))).toContain('aria-valuetext="Page 1 of 2"');
    expect(html).not.toContain('email_resume');
    expect(renderSurveyPage(view({ resume: { emailAvailable: true } }))).toMatch(
      /<button type="submit" class="lnk" name="_nav" value="email_resume">Email me a link<\/button>/,
    );
  });

  it('shows progress as a progressbar', () => {
    const middle = renderSurveyPage(view({ pageId: 'middle', answers: { nps: 3 } }));
    expect(middle).toMatch(
      /role="progressbar" aria-label="Progress" aria-valuemin="0" aria-valuemax="100" aria-valuenow="33" aria-valuetext="Page 2 of 3"/,
    );
    expect(middle).toContain('style="width:33%"');
  });

  it('puts the theme in a style attribute and the script configuration in inert JSON', () => {
    expect(html).toContain('<body style="--a:#fbbf24;--ao:#000000;--ai:');
    const json = /<script type="application\/json" id="rapport-survey">([^<]*)<\/script>/.exec(html)![1]!;
    const config = JSON.parse(json);
    expect(config).toMatchObject({ key: 'k3y', page: 'first', session: 'session-key-123456', mode: 'live' });
    expect(config.texts.next).toBe('Next');
    expect(config.definition.pages).toHaveLength(3);
  });

  it('renders every ending hidden, and the chosen one when there is no page', () => {
    expect(html).toMatch(/<section class="end" data-ending="fans" hidden>/);
    const ended = renderSurveyPage(view({ pageId: null, endingId: 'end' }));
    expect(ended).not.toContain('<form');
    expect(ended).toMatch(
      /<section class="end" data-ending="end"><h1 class="pt" tabindex="-1">Thank you<\/h1><p class="em">We read every answer.<\/p>/,
    );
    expect(ended).toMatch(/<div class="prog" hidden>/);
    // With no ending given, the logic picks one; text is piped there too.
    const fan = renderSurveyPage(view({ pageId: null, endingId: null, answers: { nps: 10 } }));
    expect(fan).toMatch(
      /data-ending="fans"><h1[^>]*><span data-tpl="Thanks, fan from \{\{h:store\}\}!">Thanks, fan from Jing’an!<\/span>/,
    );
  });

  it('marks a preview and shows a notice', () => {
    const preview = renderSurveyPage(view({ mode: 'preview', notice: 'We sent you a link' }));
    expect(preview).toContain('<p class="pv">Preview – answers are not saved</p>');
    expect(preview).toContain('<p class="note" role="status">We sent you a link</p>');
  });
});

describe('renderSurveyPage: questions', () => {
  const all = (pageId: string, answers: Answers = {}) =>
    renderSurveyPage(view({ pageId, answers: { nps: 3, ...answers } }));

  it('groups scales in a fieldset with a legend, radios 0–10 for NPS, stars with a text alternative', () => {
    const nps = question(all('first'), 'nps');
    expect(nps).toMatch(
      /^<fieldset class="q" id="q-nps" data-q="nps" aria-describedby="e-nps"><legend class="ql"><span class="qt">How likely are you to recommend us\?<\/span> <span class="req">Required<\/span><\/legend>/,
    );
    expect(nps.match(/type="radio" name="q.nps"/g)).toHaveLength(11);
    expect(nps).toContain('<div class="sc n11">');
    expect(nps).toContain('<input type="radio" name="q.nps" value="3" checked required>');
    const stars = question(all('first'), 'stars');
    expect(stars).toContain('<div class="sc n5 st">');
    expect(stars).toContain('<i aria-hidden="true">★</i><i class="sr">2 of 5</i>');
  });

  it('renders choices with "other" text, checkboxes with their hint, ranking as labelled selects', () => {
    const visit = question(all('first'), 'visit');
    expect(visit).toContain('<input type="radio" name="q.visit" value="__other" required>');
    expect(visit).toContain(
      '<input type="text" class="ot" name="q.visit.other" value="" aria-label="Other, please say" maxlength="500">',
    );
    const issues = question(all('middle'), 'issues');
    expect(issues).toContain('aria-describedby="h-issues e-issues"');
    expect(issues).toContain('<p class="hint" id="h-issues">Choose up to 2</p>');
    expect(issues).toContain('<input type="checkbox" name="q.issues" value="wait">');
    const order = question(all('middle'), 'order');
    expect(order).toContain(
      '<label for="i-order-taste">TASTE</label><select id="i-order-taste" name="q.order.taste">',
    );
    expect(order).toContain(
      '<option value="">–</option><option>1</option><option>2</option><option>3</option>',
    );
  });

  it('labels each matrix radio by its row and column', () => {
    const grid = question(all('middle'), 'grid');
    expect(grid).toContain('<table class="mx">');
    expect(grid).toContain('<th scope="row" id="m-grid-speed">SPEED</th>');
    expect(grid).toContain('<th scope="col" id="m-grid--2">Good</th>');
    expect(grid).toContain(
      '<input type="radio" name="q.grid.speed" value="3" required aria-labelledby="m-grid-speed m-grid--2"><span class="b">Good</span>',
    );
  });

  it('gives single inputs a label, and importance/performance two groups', () => {
    const comment = question(all('last'), 'comment');
    expect(comment).toMatch(
      /^<fieldset class="q" id="q-comment" data-q="comment"><label class="ql" for="i-comment">/,
    );
    expect(comment).toContain(
      '<textarea rows="4" id="i-comment" name="q.comment" maxlength="500" aria-describedby="e-comment">\n</textarea>',
    );
    const ip = question(all('middle'), 'ip');
    expect(ip.match(/<fieldset class="sub"><legend>/g)).toHaveLength(2);
    expect(ip).toContain('name="q.ip.importance"');
    expect(ip).toContain('<legend>Performance</legend>');
  });

  it('renders contact fields with autocomplete, and consent as a labelled checkbox', () => {
    const last = all('last', { ok: true });
    const reach = question(last, 'reach');
    expect(reach).toContain(
      '<label class="sl" for="i-reach-email">Email</label><input id="i-reach-email" name="q.reach.email" value="" type="email" autocomplete="email" maxlength="254">',
    );
    expect(reach).toContain('type="tel" autocomplete="tel"');
    const ok = question(last, 'ok');
    expect(ok).toContain(
      '<label class="ck" for="i-ok"><input type="checkbox" id="i-ok" name="q.ok" value="yes" checked',
    );
  });

  it('hides and disables the questions whose display logic is false', () => {
    expect(question(all('middle', { nps: 8 }), 'issues')).toMatch(
      /^<fieldset class="q" id="q-issues" data-q="issues" hidden disabled/,
    );
    expect(question(all('middle', { nps: 3 }), 'issues')).toMatch(
      /^<fieldset class="q" id="q-issues" data-q="issues" aria-describedby/,
    );
    expect(question(all('last'), 'reach')).toMatch(/hidden disabled/);
    expect(question(all('last', { ok: true }), 'reach')).not.toMatch(/hidden disabled/);
  });

  it('pipes answers and hidden fields, keeping the template for the script', () => {
    const last = all('last', { nps: 4 });
    expect(last).toContain('<span data-tpl="You gave us {{q:nps}}. Why?">You gave us 4. Why?</span>');
    expect(all('first')).toContain(
      '<span data-tpl="About your visit to {{h:store}}">About your visit to Jing’an</span>',
    );
  });

  it('shows errors in place, linked with aria-describedby and aria-invalid, and summarized on top', () => {
    const html = renderSurveyPage(
      view({ errors: { visit: { code: 'required' }, nps: { code: 'out_of_range' } } }),
    );
    const visit = question(html, 'visit');
    expect(visit).toContain('aria-describedby="e-visit"');
    expect(visit).toContain('<p class="err" id="e-visit">Please answer this question.</p>');
    expect(visit).toMatch(/value="dine_in" required aria-invalid="true"/);
    expect(html).toContain(
      '<div class="es" role="alert" tabindex="-1"><p>Please check these answers:</p><ul><li><a href="#q-nps">How likely are you to recommend us?: This value is outside the allowed range.</a></li><li><a href="#q-visit">',
    );
    expect(
      question(
        renderSurveyPage(
          view({ pageId: 'middle', answers: { nps: 3 }, errors: { grid: { code: 'required' } } }),
        ),
        'grid',
      ),
    ).toContain('Please answer every row.');
    const zh = renderSurveyPage(view({ language: 'zh-CN', errors: { visit: { code: 'nonsense' } } }));
    expect(question(zh, 'visit')).toContain('<p class="err" id="e-visit">请检查此回答。</p>');
  });

  it('posts back exactly the answers it was given, for every question type', () => {
    const answers: Answers = {
      nps: 3,
      stars: 4,
      visit: { other: 'By "bike" & <foot>' },
      issues: { picks: ['wait', 'staff'], other: 'noise' },
      grid: { welcome: 1, speed: 3 },
      order: ['service', 'price', 'taste'],
      ip: { importance: 5, performance: 2 },
      comment: 'Line one\nline <two>',
      ok: true,
      reach: { email: 'a@b.co', phone: '+1 555 0100' },
    };
    const pages = tenQuestionSurvey.pages;
    for (const page of pages) {
      const html = section(renderSurveyPage(view({ pageId: page.id, answers })), page.id);
      const read = readAnswers(page.questions, getter(successfulControls(html)));
      const expected = Object.fromEntries(page.questions.map((q) => [q.id, answers[q.id]]));
      expect(read, page.id).toEqual(expected);
    }
  });

  it('writes back a raw answer the server refused, so it can be corrected', () => {
    const html = renderSurveyPage(
      view({ pageId: 'last', answers: { ok: true, reach: { email: 'not-an-email' } } as never }),
    );
    expect(question(html, 'reach')).toContain('value="not-an-email"');
  });
});

describe('renderSurveyPage: escaping', () => {
  const evil = '<img src=x onerror=alert(1)>';
  const input = storeVisitInput();
  input.pages[0]!.questions[0]!.title = { en: evil };
  input.pages[0]!.questions[1]! = {
    ...input.pages[0]!.questions[1]!,
    options: [{ id: 'a', label: { en: `"><script>alert(2)</script>` } }],
  } as never;
  input.endings[2]!.title = { en: `${evil}{{h:store}}` };
  const def: SurveyDefinition = surveyDefinitionSchema.parse(input);
  const html = renderSurveyPage(
    view({
      definition: def,
      pageId: 'score',
      hidden: { store: '</script><script>alert(3)</script>' },
      answers: { visit_type: { other: '"><b>x</b>' } },
      notice: '<b>n</b>',
      sessionKey: '"><x',
      actionUrl: '/s/k?x="><y',
    }),
  );

  it('leaves no markup from survey texts, hidden values, answers or the view', () => {
    expect(html.match(/<img/g)).toEqual(['<img']);
    expect(html).toContain('<img class="logo" src="https://cdn.example.com/logo.png" alt="Logo">');
    expect(html).not.toContain('<b>');
    expect(html).toContain('<input type="hidden" name="_s" value="&quot;&gt;&lt;x">');
    expect(html).toContain('action="/s/k?x=&quot;&gt;&lt;y"');
    expect(html).toContain('name="q.visit_type.other" value="&quot;&gt;&lt;b&gt;x&lt;/b&gt;"');
    expect(html).toContain('<p class="note" role="status">&lt;b&gt;n&lt;/b&gt;</p>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(html.match(/<script/g)).toHaveLength(2); // the script tag and the JSON configuration
    expect(html.match(/<\/script>/g)).toHaveLength(2);
  });

  it('keeps the JSON configuration inert and intact', () => {
    const json = /<script type="application\/json" id="rapport-survey">([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(json).not.toContain('<');
    expect(JSON.parse(json).hidden.store).toBe('</script><script>alert(3)</script>');
  });
});

describe('renderNotice', () => {
  it('renders a small localized page with its title and message escaped', () => {
    const html = renderNotice({
      language: 'zh-TW',
      title: '此問卷已關閉',
      message: '<i>bye</i>',
      assets: { styleUrl: '/s/assets/survey.x.css' },
    });
    expect(html).toMatch(/<html lang="zh-TW"/);
    expect(html).toContain('<title>此問卷已關閉</title>');
    expect(html).toContain('<h1 class="pt">此問卷已關閉</h1><p class="em">&lt;i&gt;bye&lt;/i&gt;</p>');
    expect(html).not.toContain('<script');
  });
});

describe('theme colours', () => {
  it.each(['#0f766e', '#fbbf24', '#ffffff', '#000000', '#777777', '#b91c1c', 'bad'])(
    'keep text readable for the accent %s',
    (accent) => {
      const c = themeColours(accent);
      expect(contrast(c.accent, c.onAccent)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(c.ink, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('uses the store-visit accent as given', () => {
    expect(themeColours(storeVisitSurvey.theme.accent)).toEqual({
      accent: '#b91c1c',
      onAccent: '#ffffff',
      ink: '#b91c1c',
    });
  });
});
