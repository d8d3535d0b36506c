// The console's look: Ant Design's defaults with Rapport's teal and a calmer layout background.
import type { ThemeConfig } from 'antd';

export const appTheme: ThemeConfig = {
  token: {
    colorPrimary: '#0f766e',
    colorLink: '#0f766e',
    // Set by hand: the tints Ant Design derives from this teal come out grey.
    colorPrimaryBg: '#e3f3f0',
    colorPrimaryBgHover: '#cdeae4',
    // Darker than Ant Design's defaults so that secondary text, form help and errors keep a
    // 4.5:1 contrast (WCAG AA) on white and on the page background.
    colorTextSecondary: '#4f5957',
    colorTextTertiary: '#5f6967',
    colorTextDescription: '#5f6967',
    colorError: '#c62828',
    borderRadius: 8,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'PingFang SC', 'PingFang TC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Microsoft JhengHei', 'Noto Sans CJK SC', 'Noto Sans CJK TC', sans-serif",
  },
  components: {
    Layout: { bodyBg: '#f5f7f7', headerBg: '#ffffff', siderBg: '#ffffff', headerPadding: '0 16px' },
  },
};
