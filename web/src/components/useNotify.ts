// Toasts for the outcome of an action, in the console's language.
import { App, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyFieldError, errorText } from './errors';

export function useNotify() {
  const { message } = App.useApp();
  const { t } = useTranslation();
  const error = (e: unknown) => void message.error(errorText(t, e));
  return {
    success: (text: string) => void message.success(text),
    error,
    /** An error handler for a form: under the field the API named, else as a toast. */
    formError:
      <T extends string>(form: FormInstance, fields: readonly T[]) =>
      (e: unknown) => {
        if (!applyFieldError(form, e, t, fields)) error(e);
      },
  };
}
