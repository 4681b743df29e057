/**
 * A rupiah field: the seller may type "15000", "15.000" or "Rp 15.000"; when the field loses focus it
 * shows "Rp15.000". Parsing stays in utils/money.ts (one parser for the whole extension).
 */
import type { InputHTMLAttributes } from 'react';
import { tidyRupiah } from '../editor/product-form';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> & {
  value: string;
  onChange: (value: string) => void;
};

export function RupiahInput({ value, onChange, onBlur, ...rest }: Props) {
  return (
    <input
      type="text"
      inputMode="numeric"
      autoComplete="off"
      placeholder="Rp15.000"
      {...rest}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      onBlur={(e) => {
        const tidy = tidyRupiah(value);
        if (tidy !== value) onChange(tidy);
        onBlur?.(e);
      }}
    />
  );
}
