// Once we know who is signed in, switch to the language they chose (if they chose one).
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/me';

export function LanguageSync() {
  const { data: me } = useMe();
  const { i18n } = useTranslation();
  const saved = me?.user.locale;
  useEffect(() => {
    if (saved && saved !== i18n.language) void i18n.changeLanguage(saved);
  }, [saved, i18n]);
  return null;
}
