import type { ReactNode } from 'react';
import type { IconId } from '@/lib/forecast/wmo';

type Props = { icon: IconId; label: string; className?: string };

// A cloud of three bumps whose flat base starts at (x, y); at scale 1 it is 18 wide and 14 high,
// spanning x-4 to x+14 and y-14 to y.
const cloud = (x: number, y: number, scale = 1) => {
  const n = (value: number) => Number((value * scale).toFixed(2));
  return (
    `M${x} ${y}h${n(9.5)}a${n(4.5)} ${n(4.5)} 0 0 0 ${n(0.99)} ${n(-8.89)}` +
    `a${n(5.5)} ${n(5.5)} 0 1 0 ${n(-10.96)} ${n(0.92)}a${n(4)} ${n(4)} 0 0 0 ${n(0.47)} ${n(7.97)}Z`
  );
};
// Three strokes crossing at (x, y): a snowflake.
const flake = (x: number, y: number) =>
  `M${x} ${y - 2}v4M${x - 1.7} ${y - 1}l3.4 2M${x - 1.7} ${y + 1}l3.4-2`;

const sunColour = 'text-amber-600';
const cloudColour = 'text-slate-500';
const waterColour = 'text-sky-600';
// A cloud in front of the sun hides the rays behind it: filled with the widget's background.
const inFront = 'fill-white';

const smallSun = (
  <g className={sunColour}>
    <circle cx="8" cy="8" r="3" />
    <path d="M8 2v1M8 13v1M2 8h1M13 8h1M3.8 3.8l.7.7M11.5 11.5l.7.7M3.8 12.2l.7-.7M12.2 3.8l-.7.7" />
  </g>
);

/** Our own icon set, drawn on a 24-unit grid; each part takes its colour from its class. */
const shapes: Record<IconId, ReactNode> = {
  sun: (
    <g className={sunColour}>
      <circle cx="12" cy="12" r="4" />
      <path d="M12 2v2M12 20v2M2 12h2M20 12h2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
    </g>
  ),
  'partly-cloudy': (
    <>
      {smallSun}
      <path d={cloud(12.2, 21, 0.7)} className={`${cloudColour} ${inFront}`} />
    </>
  ),
  cloud: <path d={cloud(7, 19)} className={cloudColour} />,
  fog: (
    <>
      <path d={cloud(7.75, 14.5, 0.85)} className={cloudColour} />
      <path d="M4 18h16M7 21.5h10" className={cloudColour} />
    </>
  ),
  drizzle: (
    <>
      <path d={cloud(7.75, 14.5, 0.85)} className={cloudColour} />
      <path d="M8 18v.5M12 18v.5M16 18v.5M10 21.5v.5M14 21.5v.5" className={waterColour} />
    </>
  ),
  rain: (
    <>
      <path d={cloud(7.75, 14.5, 0.85)} className={cloudColour} />
      <path d="M8 17l-1 4M12 17l-1 4M16 17l-1 4" className={waterColour} />
    </>
  ),
  showers: (
    <>
      {smallSun}
      <path d={cloud(12.2, 16.5, 0.7)} className={`${cloudColour} ${inFront}`} />
      <path d="M12 19l-1 3M15.5 19l-1 3M19 19l-1 3" className={waterColour} />
    </>
  ),
  snow: (
    <>
      <path d={cloud(7.75, 14.5, 0.85)} className={cloudColour} />
      <path
        d={`${flake(7, 20)}${flake(12, 20)}${flake(17, 20)}`}
        strokeWidth={1.25}
        className={waterColour}
      />
    </>
  ),
  thunder: (
    <>
      <path d={cloud(7.75, 14.5, 0.85)} className={cloudColour} />
      <path d="M13 15l-3 4h4l-3 4" className={sunColour} />
    </>
  ),
};

/** A weather icon with a text alternative: the day's label ("Light rain") is its name. */
export function WeatherIcon({ icon, label, className }: Props) {
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      className={className}
    >
      {shapes[icon]}
    </svg>
  );
}
