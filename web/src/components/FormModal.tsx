// A dialog around a form. The form lives inside the dialog and is made afresh each time it opens,
// so that it starts from its initial values (a form store kept by the page would carry the last
// entries over, and React's StrictMode double mount would wipe its initial values).
import { Form, Modal, type FormInstance } from 'antd';
import type { ReactNode } from 'react';

interface Props<T> {
  open: boolean;
  /** Prefixes the fields' ids, so that they never clash with another form on the page. */
  name: string;
  title: ReactNode;
  okText: string;
  pending: boolean;
  initialValues?: Partial<T>;
  /** Wider than Ant Design's default for forms with a gallery or a grid. */
  width?: number;
  onCancel: () => void;
  /** Gets the form too, to put the API's field errors under the right fields. */
  onFinish: (values: T, form: FormInstance<T>) => void;
  children: ReactNode;
}

function FormShell<T>({
  name,
  initialValues,
  onFinish,
  children,
}: Pick<Props<T>, 'name' | 'initialValues' | 'onFinish' | 'children'>) {
  const [form] = Form.useForm<T>();
  return (
    <Form<T>
      form={form}
      name={name}
      layout="vertical"
      initialValues={initialValues}
      onFinish={(values) => onFinish(values, form)}
    >
      {children}
    </Form>
  );
}

export function FormModal<T>({
  open,
  name,
  title,
  okText,
  pending,
  initialValues,
  width,
  onCancel,
  onFinish,
  children,
}: Props<T>) {
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      width={width}
      onCancel={onCancel}
      confirmLoading={pending}
      okButtonProps={{ htmlType: 'submit' }}
      destroyOnHidden
      modalRender={(dom) => (
        <FormShell<T> name={name} initialValues={initialValues} onFinish={onFinish}>
          {dom}
        </FormShell>
      )}
    >
      {children}
    </Modal>
  );
}
