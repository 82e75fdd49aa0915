/**
 * Text colours for light badges and alerts: Mantine's shade 9 on a light tint of the same colour
 * falls just under WCAG AA (about 4:1), these stay above 6:1.
 */
export const toneText = {
  green: '#1b5e20',
  orange: '#8a3300',
  red: '#9b1c1c',
  blue: '#174a7c',
  gray: '#343a40',
  dark: '#212529',
  grape: '#6a1b7a',
  yellow: '#6b4e00',
} as const;

export type Tone = keyof typeof toneText;
