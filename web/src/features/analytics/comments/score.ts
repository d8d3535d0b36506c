// The colour of a response's score tag: good, middling or bad on its question's scale (NPS groups
// as in PRODUCT.md; CSAT 4–5 satisfied; CES 5–7 agreeing). A rating's scale varies: neutral.
import type { CommentItem } from '../../../api/analytics-comments';
import type { TagColor } from '../../../components/ColorTag';

export function scoreColor(score: NonNullable<CommentItem['score']>): TagColor {
  const bands: Record<string, [number, number] | undefined> = { nps: [9, 7], csat: [4, 3], ces: [5, 4] };
  const band = bands[score.type];
  if (!band) return 'grey';
  const [good, middling] = band;
  return score.value >= good ? 'green' : score.value >= middling ? 'gold' : 'red';
}
