// An error handler for the distribution forms: the API's message under the field its path names
// (settings.templates.en.body…, see field-errors.ts), else a toast.
import type { FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { errorText } from '../../components/errors';
import { useNotify } from '../../components/useNotify';
import { formFieldFor } from './field-errors';

export function useFieldErrors() {
  const { t } = useTranslation();
  const notify = useNotify();
  return (form: FormInstance) => (e: unknown) => {
    const field =
      isApiError(e) && e.field
        ? formFieldFor(
            e.field,
            form.getFieldsError().map((f) => f.name),
          )
        : null;
    if (field) form.setFields([{ name: field, errors: [errorText(t, e)] }]);
    else notify.error(e);
  };
}
