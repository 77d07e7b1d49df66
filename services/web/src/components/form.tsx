import type { ComponentChildren } from 'preact';
import type { ApiProblem } from '../http/api-client.ts';
import type { PageContext } from '../http/page-context.ts';

/** Messages by field name (`email`, `address.wardCode`); `_form` is about the whole form. */
export type FieldErrors = Record<string, string>;

/**
 * The API's problem mapped onto a form: each `errors[].path` (`/body/address/wardCode`) becomes
 * the field it names (`address.wardCode`); a problem without fields is about the whole form.
 * `rename` maps an API field to the form's own name where they differ.
 */
export function fieldErrorsOf(problem: ApiProblem, rename: Record<string, string> = {}): FieldErrors {
  const errors: FieldErrors = {};
  for (const error of problem.errors ?? []) {
    const field = error.path.replace(/^\/(body|querystring|params)\//, '').replace(/\//g, '.');
    const name = rename[field] ?? field;
    errors[name] ??= error.message;
  }
  if (Object.keys(errors).length === 0) errors._form = problem.detail ?? problem.title;
  return errors;
}

/** The id a field's input has, which the error summary links to. */
export const fieldId = (name: string) => `field-${name.replace(/[^\w-]/g, '-')}`;

/** At the top of a form that came back: what is wrong, each linking to its field. */
export function ErrorSummary({ ctx, errors, labels }: { ctx: PageContext; errors: FieldErrors; labels: Record<string, string> }) {
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabIndex={-1} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{ctx.t.common.errors.summaryTitle}</h2>
      <ul>
        {entries.map(([name, message]) => (
          <li>
            {name === '_form' ? (
              message
            ) : (
              <a href={`#${fieldId(name)}`}>{labels[name] ? `${labels[name]}: ${message}` : message}</a>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function CsrfField({ ctx }: { ctx: PageContext }) {
  return <input type="hidden" name="_csrf" value={ctx.csrfToken()} />;
}

interface FieldProps {
  name: string;
  label: string;
  error?: string | undefined;
  hint?: string;
}

function FieldFrame({ name, label, error, hint, children }: FieldProps & { children: ComponentChildren }) {
  const id = fieldId(name);
  return (
    <div class={error ? 'field field-invalid' : 'field'}>
      <label for={id}>{label}</label>
      {hint ? (
        <p class="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      {children}
    </div>
  );
}

const describedBy = (name: string, props: FieldProps) =>
  [props.hint ? `${fieldId(name)}-hint` : '', props.error ? `${fieldId(name)}-error` : ''].filter(Boolean).join(' ') || undefined;

export function TextField(
  props: FieldProps & {
    value?: string | number | null | undefined;
    type?: 'text' | 'email' | 'password' | 'tel' | 'number' | 'date' | 'url' | 'search';
    autoComplete?: string;
    required?: boolean;
    inputMode?: 'numeric' | 'tel' | 'email' | 'decimal' | 'text';
    min?: number;
    max?: number;
    maxLength?: number;
    multiline?: boolean;
    /** A multiline field's height in lines. */
    rows?: number;
  },
) {
  const common = {
    id: fieldId(props.name),
    name: props.name,
    required: props.required,
    'aria-invalid': props.error ? ('true' as const) : undefined,
    'aria-describedby': describedBy(props.name, props),
    maxLength: props.maxLength,
  };
  return (
    <FieldFrame {...props}>
      {props.multiline ? (
        <textarea {...common} rows={props.rows ?? 5}>
          {props.value ?? ''}
        </textarea>
      ) : (
        <input
          {...common}
          type={props.type ?? 'text'}
          value={props.type === 'password' ? undefined : (props.value ?? undefined)}
          autoComplete={props.autoComplete}
          inputMode={props.inputMode}
          min={props.min}
          max={props.max}
        />
      )}
    </FieldFrame>
  );
}

export function SelectField(
  props: FieldProps & {
    value?: string | null | undefined;
    options: { value: string; label: string }[];
    placeholder?: string;
    required?: boolean;
    /** For the ward picker: the id of the select this one fills. */
    wardsTarget?: string;
  },
) {
  return (
    <FieldFrame {...props}>
      <select
        id={fieldId(props.name)}
        name={props.name}
        required={props.required}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(props.name, props)}
        data-wards-target={props.wardsTarget}
      >
        {props.placeholder !== undefined ? <option value="">{props.placeholder}</option> : null}
        {props.options.map((option) => (
          <option value={option.value} selected={option.value === props.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
