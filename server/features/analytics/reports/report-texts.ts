// The fixed wording of PDF and DOCX reports and of their emails, in the four languages of the
// product. The report model carries data only (survey and question texts already in the report's
// language); everything a reader sees besides that comes from here.

export const REPORT_LANGUAGES = ['en', 'es', 'zh-CN', 'zh-TW'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

const en = {
  reportTitle: 'Survey report',
  period: 'Period',
  allTime: 'All responses to date',
  responses: 'Complete responses',
  generated: 'Generated',
  keyFigures: 'Key figures',
  question: 'Question',
  metric: 'Metric',
  value: 'Value',
  ci95: '95% CI',
  base: 'n',
  details: 'Details',
  metric_nps: 'NPS',
  metric_csat: 'CSAT',
  metric_ces: 'CES',
  metric_mean: 'Mean',
  part_promoters: 'Promoters',
  part_passives: 'Passives',
  part_detractors: 'Detractors',
  part_mean: 'Mean',
  part_agreeing: 'Agreeing (5–7)',
  trend_week: 'Trend by week',
  trend_month: 'Trend by month',
  interval: '95% interval',
  league: 'Stores',
  store: 'Store',
  current: 'This period',
  previous: 'Previous period',
  change: 'Change',
  distributions: 'Distribution of answers',
  share: 'Share',
  choices: 'Most chosen answers',
  first: 'Most chosen',
  second: 'Second',
  lowBase: 'n<30',
  noData: 'No answers in this period.',
  noStores: 'No responses linked to a store in this period.',
  howToReadTitle: 'How to read this report',
  howToRead:
    'Each figure is shown with its 95% confidence interval and its base n (the answers counted). ' +
    '▲ / ▼: the change against the previous period is statistically significant at the 95% level. ' +
    'n<30: fewer than 30 answers, too few to rely on; no change is marked significant on such a base. ' +
    'NPS = % promoters (9–10) − % detractors (0–6); CSAT = % answering 4 or 5 of 5; ' +
    'CES: the mean on 1–7 and the % agreeing (5–7).',
  weekly: 'weekly',
  monthly: 'monthly',
  mailSubject: '{name}: survey report, {period}',
  mailBody:
    'Attached is the {frequency} report of "{name}" for {period}.\n\n' +
    'Sent by Rapport. To change or stop it, open the survey\'s analytics and choose "Reports".',
};
export type ReportTexts = typeof en;

const es: ReportTexts = {
  reportTitle: 'Informe de la encuesta',
  period: 'Periodo',
  allTime: 'Todas las respuestas hasta hoy',
  responses: 'Respuestas completas',
  generated: 'Generado',
  keyFigures: 'Cifras clave',
  question: 'Pregunta',
  metric: 'Métrica',
  value: 'Valor',
  ci95: 'IC 95 %',
  base: 'n',
  details: 'Detalle',
  metric_nps: 'NPS',
  metric_csat: 'CSAT',
  metric_ces: 'CES',
  metric_mean: 'Media',
  part_promoters: 'Promotores',
  part_passives: 'Pasivos',
  part_detractors: 'Detractores',
  part_mean: 'Media',
  part_agreeing: 'De acuerdo (5–7)',
  trend_week: 'Evolución semanal',
  trend_month: 'Evolución mensual',
  interval: 'Intervalo del 95 %',
  league: 'Tiendas',
  store: 'Tienda',
  current: 'Este periodo',
  previous: 'Periodo anterior',
  change: 'Cambio',
  distributions: 'Distribución de las respuestas',
  share: 'Porcentaje',
  choices: 'Respuestas más elegidas',
  first: 'La más elegida',
  second: 'Segunda',
  lowBase: 'n<30',
  noData: 'No hay respuestas en este periodo.',
  noStores: 'No hay respuestas asociadas a una tienda en este periodo.',
  howToReadTitle: 'Cómo leer este informe',
  howToRead:
    'Cada cifra se muestra con su intervalo de confianza del 95 % y su base n (las respuestas contadas). ' +
    '▲ / ▼: el cambio respecto al periodo anterior es estadísticamente significativo al 95 %. ' +
    'n<30: menos de 30 respuestas, demasiado pocas para fiarse; con esa base ningún cambio se marca como significativo. ' +
    'NPS = % promotores (9–10) − % detractores (0–6); CSAT = % que responde 4 o 5 de 5; ' +
    'CES: la media en 1–7 y el % de acuerdo (5–7).',
  weekly: 'semanal',
  monthly: 'mensual',
  mailSubject: '{name}: informe de la encuesta, {period}',
  mailBody:
    'Adjuntamos el informe {frequency} de «{name}» para {period}.\n\n' +
    'Enviado por Rapport. Para cambiarlo o detenerlo, abra el análisis de la encuesta y elija «Informes».',
};

const zhCN: ReportTexts = {
  reportTitle: '调查报告',
  period: '统计期间',
  allTime: '截至目前的全部答卷',
  responses: '完整答卷',
  generated: '生成时间',
  keyFigures: '核心指标',
  question: '题目',
  metric: '指标',
  value: '数值',
  ci95: '95% 置信区间',
  base: '样本量 n',
  details: '明细',
  metric_nps: '净推荐值 NPS',
  metric_csat: '满意度 CSAT',
  metric_ces: '费力度 CES',
  metric_mean: '平均分',
  part_promoters: '推荐者',
  part_passives: '被动者',
  part_detractors: '贬损者',
  part_mean: '平均分',
  part_agreeing: '同意 (5–7)',
  trend_week: '按周趋势',
  trend_month: '按月趋势',
  interval: '95% 区间',
  league: '门店排名',
  store: '门店',
  current: '本期',
  previous: '上期',
  change: '变化',
  distributions: '答案分布',
  share: '占比',
  choices: '最常选择的答案',
  first: '第一',
  second: '第二',
  lowBase: 'n<30',
  noData: '本期没有答卷。',
  noStores: '本期没有关联门店的答卷。',
  howToReadTitle: '阅读说明',
  howToRead:
    '每个数值均附 95% 置信区间和样本量 n（计入的回答数）。' +
    '▲ / ▼：与上期相比的变化在 95% 水平上统计显著。' +
    'n<30：回答少于 30 个，样本太小，不宜据此判断；此类样本的变化不标记为显著。' +
    'NPS = 推荐者（9–10 分）占比 − 贬损者（0–6 分）占比；CSAT = 选择 4 或 5 分（满分 5）的占比；' +
    'CES：1–7 分的平均分及同意（5–7 分）的占比。',
  weekly: '每周',
  monthly: '每月',
  mailSubject: '{name}：调查报告（{period}）',
  mailBody:
    '附件是「{name}」{period}的{frequency}报告。\n\n由 Rapport 发送。如需修改或停止，请打开该调查的分析页面，选择「报告」。',
};

const zhTW: ReportTexts = {
  reportTitle: '調查報告',
  period: '統計期間',
  allTime: '截至目前的全部問卷',
  responses: '完整問卷',
  generated: '產生時間',
  keyFigures: '核心指標',
  question: '題目',
  metric: '指標',
  value: '數值',
  ci95: '95% 信賴區間',
  base: '樣本數 n',
  details: '明細',
  metric_nps: '淨推薦值 NPS',
  metric_csat: '滿意度 CSAT',
  metric_ces: '費力度 CES',
  metric_mean: '平均分',
  part_promoters: '推薦者',
  part_passives: '被動者',
  part_detractors: '批評者',
  part_mean: '平均分',
  part_agreeing: '同意 (5–7)',
  trend_week: '每週趨勢',
  trend_month: '每月趨勢',
  interval: '95% 區間',
  league: '門市排名',
  store: '門市',
  current: '本期',
  previous: '上期',
  change: '變化',
  distributions: '答案分佈',
  share: '占比',
  choices: '最常選擇的答案',
  first: '第一',
  second: '第二',
  lowBase: 'n<30',
  noData: '本期沒有問卷。',
  noStores: '本期沒有關聯門市的問卷。',
  howToReadTitle: '閱讀說明',
  howToRead:
    '每個數值均附 95% 信賴區間與樣本數 n（計入的回答數）。' +
    '▲ / ▼：與上期相比的變化在 95% 水準上統計顯著。' +
    'n<30：回答少於 30 個，樣本太小，不宜據此判斷；此類樣本的變化不標示為顯著。' +
    'NPS = 推薦者（9–10 分）占比 − 批評者（0–6 分）占比；CSAT = 選擇 4 或 5 分（滿分 5）的占比；' +
    'CES：1–7 分的平均分及同意（5–7 分）的占比。',
  weekly: '每週',
  monthly: '每月',
  mailSubject: '{name}：調查報告（{period}）',
  mailBody:
    '附件是「{name}」{period}的{frequency}報告。\n\n由 Rapport 寄送。如需修改或停止，請開啟該調查的分析頁面，選擇「報告」。',
};

const TABLE: Record<ReportLanguage, ReportTexts> = { en, es, 'zh-CN': zhCN, 'zh-TW': zhTW };

/**
 * The report language for any language tag: an exact match, then Traditional Chinese for
 * zh-Hant/zh-HK/zh-MO, Simplified for any other zh, Spanish for any es-*, else English.
 */
export function reportLanguage(tag: string | undefined): ReportLanguage {
  if (!tag) return 'en';
  const exact = REPORT_LANGUAGES.find((l) => l.toLowerCase() === tag.toLowerCase());
  if (exact) return exact;
  const lower = tag.toLowerCase();
  if (/^zh-(hant|hk|mo|tw)/.test(lower)) return 'zh-TW';
  if (lower.startsWith('zh')) return 'zh-CN';
  if (lower.startsWith('es')) return 'es';
  return 'en';
}

export function reportTexts(language: string | undefined): ReportTexts {
  return TABLE[reportLanguage(language)];
}

/** Fills {name}-style placeholders. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
