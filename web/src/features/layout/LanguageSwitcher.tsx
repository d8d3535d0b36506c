// Pick the console language; when signed in, it is saved to the account (PATCH /me) so that it
// follows the person to other browsers.
import { GlobalOutlined } from '@ant-design/icons';
import { Button, Dropdown, Grid } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe, useUpdateMe } from '../../api/me';
import { LANGUAGES, type Language } from '../../api/types';
import { useNotify } from '../../components/useNotify';
import { currentLanguage, LANGUAGE_NAMES } from '../../i18n/index';

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const { data: me } = useMe();
  const updateMe = useUpdateMe();
  const notify = useNotify();
  const wide = Grid.useBreakpoint().md ?? false;
  const current = currentLanguage();

  const choose = async (lang: Language) => {
    await i18n.changeLanguage(lang);
    if (me && me.user.locale !== lang) updateMe.mutate({ locale: lang }, { onError: notify.error });
  };

  return (
    <Dropdown
      trigger={['click']}
      menu={{
        selectable: true,
        selectedKeys: [current],
        items: LANGUAGES.map((l) => ({ key: l, label: <span lang={l}>{LANGUAGE_NAMES[l]}</span> })),
        onClick: ({ key }) => void choose(key as Language),
      }}
    >
      <Button
        type="text"
        icon={<GlobalOutlined />}
        aria-label={`${t('layout.language')}: ${LANGUAGE_NAMES[current]}`}
        data-testid="language-switcher"
      >
        {wide && LANGUAGE_NAMES[current]}
      </Button>
    </Dropdown>
  );
}
