import { Badge, type BadgeProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { type Tone, toneText } from './tones';

/** A light badge whose text keeps AA contrast on its tint. */
export function ToneBadge({ tone, children, ...props }: Omit<BadgeProps, 'color' | 'c'> & { tone: Tone; children: ReactNode }) {
  return (
    <Badge variant="light" color={tone === 'dark' ? 'gray' : tone} c={toneText[tone]} {...props}>
      {children}
    </Badge>
  );
}
