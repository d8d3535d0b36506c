// The product name at the top of the navigation.
import { Typography } from 'antd';

const MARK = { display: 'inline-grid', placeItems: 'center', width: 28, height: 28, borderRadius: 8 };

export function Brand({ inline = false }: { inline?: boolean }) {
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 10, padding: inline ? 0 : '18px 24px 10px' }}>
      <span aria-hidden style={{ ...MARK, background: '#0f766e', color: '#fff', fontWeight: 700 }}>
        R
      </span>
      <Typography.Text strong style={{ fontSize: 18 }}>
        Rapport
      </Typography.Text>
    </div>
  );
}
