// A <select> whose long list of options goes into the page when the browser is idle, or at once
// when someone reaches for it (pointer down or focus, both before the list can open or take a key).
// Until then it holds only the chosen option: 200 <option>s cost a screen ~12 ms of style and
// layout on this machine before anything is painted, for a picker nobody has opened yet.
import { useEffect, useState, type FocusEvent, type PointerEvent, type SelectHTMLAttributes } from 'react';
import { flushSync } from 'react-dom';
import { whenIdle } from './when-idle';

export interface SelectOption {
  value: string;
  label: string;
}

/** Lists this long are drawn at once. */
const EAGER = 40;

type Props = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'children'> & {
  value: string;
  options: readonly SelectOption[];
  /** A first option with the empty value ("Choose…"). */
  placeholder?: string;
};

export function LazySelect({ value, options, placeholder, onFocus, onPointerDown, ...rest }: Props) {
  const [all, setAll] = useState(options.length <= EAGER);
  useEffect(() => (all ? undefined : whenIdle(() => setAll(true))), [all]);
  const reach = () => {
    if (!all) flushSync(() => setAll(true));
  };
  const shown = all ? options : options.filter((o) => o.value === value);
  return (
    <select
      {...rest}
      value={value}
      onPointerDown={(event: PointerEvent<HTMLSelectElement>) => {
        reach();
        onPointerDown?.(event);
      }}
      onFocus={(event: FocusEvent<HTMLSelectElement>) => {
        reach();
        onFocus?.(event);
      }}
    >
      {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
      {shown.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
